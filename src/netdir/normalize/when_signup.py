"""Sentences that make a date the last day to sign up, reply or take part: "Anmeldung bis …",
"Teilnahme … bis zum …", "Bitte bis zum … Bescheid geben", "Anmeldungen sind bis … möglich", a
sign-up verb after "bis <date>" ("sollte sich bis zum 15. September … anmelden"; a run's end, "Der
Kurs läuft bis 15. Dezember, bitte vorher anmelden", is no such day). ``when_roles.role_of_date``
asks it among its deadline cues. Split from ``when_roles.py``; the rules are unchanged.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.sentence_ends import CLAUSE_END
from netdir.normalize.when_words import (
    WEEKDAY_ABBREVIATIONS,
    alternation,
    has_any,
    optional_weekday,
)

_FLAGS = re.IGNORECASE
#: How far before a date a sign-up's opening may start (its subject can be long).
SIGNUP_REACH = 120
# "muss bis 25. Mai 2018 umgesetzt sein", "bis 30. Juni eingereicht werden": a date after "bis"
# followed by a participle and "sein"/"werden" is when something must be done by.
# ("bis am Montag, 20. März 2023 … zugestellt": the Swiss "bis am", a weekday between)
UNTIL_BEFORE = lazy_re.compile(
    r"\bbis\s+(?:zum\s+|am\s+|spätestens\s+)?" + optional_weekday("den", "dem") + "$", _FLAGS
)
# "Die Anmeldung für einen Stand ist ab sofort bis zum 13. April 2025 … möglich": a sign-up noun
# earlier in the clause, then "bis" right before the date (no other day between).
_SIGNUP_UNTIL = lazy_re.compile(
    # "Die Teilnahme ist bis zum 15. Dezember möglich": the last day to take part (a contest's)
    # "Der Call for Papers ist eröffnet und läuft bis zum 05. Mai", "Die T-Shirt Reservierung läuft
    # bis zum 21. Mai": the last day to hand in a talk or to order
    # "Essensbestellungen bitte bis Mittwoch, 04.09.2024 an:", "Wir bitten um Vorbestellung bis zum
    # 06.10.2024 bei: …": the noun also closes a compound (a dinner's orders, pre-orders)
    # ("Zusätzliche Rücktrittsmöglichkeit bis 15.4.2020": the last day to withdraw; "Anmeldung über
    # rad-net.de und my.raceresult.com bis Ende August": a domain's dot ends no sentence, round 245/246)
    # („Dann bewirb dich noch ganz schnell bis zum 30. September für den Prototype Fund“, round
    # 292: the last day to apply, told as a call)
    # („Die Ausschreibung für dieses Projekt läuft noch bis Montag, den 25. Januar 2016“, round
    # 295: a call for applicants, the weekday's „den“ before the day)
    r"\b(?:[a-zäöüß]*(?:anmeldung|reservierung|bestellung|bewerbung|ausschreibung)(?:en)?"
    r"|registration|teilnahme"
    r"|bewirb\s+dich|bewerbt\s+euch|bewerben\s+sie\s+sich"
    # ("Die Kündigung der Mitgliedschaft hat bis 31.12. des laufenden Jahres … zu erfolgen": the
    # last day to give notice)
    r"|[a-zäöüß]*rücktritt[a-zäöüß]*|stornierung|kündigung"
    # („Der CfP für den Open Infrastructure Orbit läuft noch bis 7.12.“, round 290: abbreviated)
    r"|call\s+for\s+(?:papers|proposals|participation)|(?-i:CfP|CFP))\b(?:[^.!?;\d]|\.(?=[a-z]))"
    r"{0,60}?\b(?:bis|until|by)\s+"
    # "Die Anmeldung zum Fachtag ist bis Montag, 31. Oktober 2011 möglich": a weekday between;
    # "Anmeldung noch vor den Sommerferien bis am 5. Juli:": the Swiss "bis am"
    r"(?:zum\s+|am\s+|spätestens\s+|the\s+)?(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*(?:den\s+)?)?$",
    _FLAGS,
)
# "Anmeldung in der Stadtbibliothek Vegesack ab 01.Oktober.": a sign-up noun, a place or a way
# between, then "ab" right before the date — the day sign-up opens (not "Anmeldung ab 8:30 Uhr",
# a desk's opening on the event's day: ``signed_up_by`` checks that no clock follows the date).
_SIGNUP_FROM = lazy_re.compile(
    # ("Anmeldungen für 2018: ab dem 11.11.2017 online": the year signed up for between)
    r"\b(?:[a-zäöüß]*anmeldung|registrierung|einschreibung)(?:en)?\b(?:[^.!?;\d]|(?<!\d)\d{4}(?!\d)){0,60}?\bab\s+"
    r"(?:dem\s+)?$",
    _FLAGS,
)
_CLOCK_AFTER = lazy_re.compile(r"^[^.!?;\d]{0,12}?\d{1,2}(?:[:.]\d{2})?\s*uhr\b", _FLAGS)
SIGNUP_UNTIL_CUES = (
    "anmeldung",
    "registration",
    "teilnahme",
    "call for",
    "cfp",
    "reservierung",
    "bestellung",
    "ausschreibung",
    "rücktritt",
    "stornierung",
    "kündigung",
    "bewerb",
    "bewirb",
)
# "Alle Anmeldungen für die Angebote … sind … vom 2. bis 16. Juli im Rathaus möglich",
# "Anmeldungen sind am kommendem Montag, 7. April, möglich": sign-up as the clause's subject (not
# "Nach Anmeldung ist am 3. Mai eine Führung möglich"), "möglich" closing the clause after the date.
_SIGNUP_SUBJECT_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:]\s*|\b(?:alle|die|eine|ihre|deine|eure)\s+)(?<!nach\s)(?<!mit\s)(?<!ohne\s)"
    r"(?:anmeldung(?:en)?|registrierung(?:en)?|einschreibung(?:en)?)\b[^.!?;\d]{0,140}"
    r"(?:(?<!\d)\d{1,2}\.\s*(?:bis|-|–)\s*)?$",
    _FLAGS,
)
# "meldet euch bitte hier bis Dienstag, den 3. Mai, in der Umfrage an", "trage sich bis 3.10.
# bitte hier ein", "kann sich bis zum 06.06.2020, 11 Uhr, über den folgenden Link eintragen":
# someone signs themselves up (a reflexive verb before "bis"), and the clause ends in the verb's
# particle or infinitive after the date.
_SIGNUP_SUBJECT_UNTIL = lazy_re.compile(
    r"\b(?:meldet|meldest|melde|melden|trage|trägt|tragt|tragen|kann|kannst|könnt|können)\s+"
    r"(?:ihr\s+|sie\s+|du\s+)?(?:euch|dich|sich)\b[^.!?;\d]{0,40}?\bbis\s+(?:zum\s+|spätestens\s+)?"
    # "tragen sich bitte spätestens bis zum Morgen des 20.06.2022 ein": a part of that day
    r"(?:(?:morgen|vormittag|mittag|nachmittag|abend)\s+des\s+)?"
    + optional_weekday("den", "dem")
    + r"$",
    _FLAGS,
)
# "Wer sich bis 28.12. per WhatsApp an … mit Angabe der fehlenden Posten … meldet, kommt in die
# Verlosung": whoever reports by the day — a relative clause „Wer sich bis …“ closed by its verb
# however long the clause between (the day is the last to report, no event's).
_WHO_UNTIL = lazy_re.compile(
    r"\bwer\s+sich\s+(?:[^\W\d]+\s+){0,2}?bis\s+(?:zum\s+|spätestens\s+)?"
    + optional_weekday("den", "dem")
    + r"$",
    _FLAGS,
)
_WHO_VERB_LATER = lazy_re.compile(
    r"^[^.!?;]{0,240}?\b(?:meldet|anmeldet|zurückmeldet|einträgt|registriert|bewirbt)\s*(?:,|$)",
    _FLAGS,
)
_SIGNUP_PARTICLE_AFTER = lazy_re.compile(
    # ("Bitte tragt euch bis zum 15. Mai hier ein, damit wir …": a clause after the particle)
    r"^[^.!?;]{0,100}?\b(?:an|ein|anmelden|eintragen|registrieren|einschreiben)\s*(?:[.!?:;]|$"
    r"|,\s*(?:damit|sodass|so\s+dass|um|weil|denn|da)\b)",
    _FLAGS,
)
_POSSIBLE_AFTER = lazy_re.compile(r"^[^.!?;]{0,100}?\bmöglich\b", _FLAGS)
# "Bis zum 13.05. (Tag der Mitgliederversammlung) ist die Anmeldung exklusiv für Vereinsmitglieder
# (+ ggfs. Lebenspartner) möglich": "bis" before the date, the sign-up and "möglich" after it
# (an abbreviation's dot ends no clause).
_SIGNUP_POSSIBLE_AFTER = lazy_re.compile(
    r"^(?:[^.!?;]|(?<=ggf)\.|(?<=ggfs)\.|(?<=bzw)\.|(?<=evtl)\.|(?<=inkl)\.|(?<=ca)\.){0,80}?"
    r"\b(?:ist|sind)\s+(?:die\s+|eine\s+)?(?:anmeldung(?:en)?|registrierung(?:en)?|einschreibung(?:en)?"
    r"|buchung(?:en)?)\b"
    r"(?:[^.!?;]|(?<=ggf)\.|(?<=ggfs)\.|(?<=bzw)\.|(?<=evtl)\.|(?<=inkl)\.|(?<=ca)\.){0,100}?\bmöglich\b",
    _FLAGS,
)
# "freuen uns über eine kurze Rückmeldung per Mail bis zum Freitag, den 2. Februar", "Schreibt mir
# bitte bis 10. März 2017, 13.37 Uhr eine Mail", "euch bis zum 3. April hier in den Kommentaren
# anzumelden", "Wir freuen uns bis zum 25.07. … über zahlreiche Vortragseinreichungen", "Wer sich
# vor dem 01.12. anmeldet", "Anmeldungen bitte innerhalb 10. März … vornehmen" (South Tyrol's
# "innerhalb", by): "bis"/"vor dem" right before the date and a reply, a sign-up or a
# submission named in the same sentence (not a range's end: no day before "bis").
_UNTIL_OR_BEFORE = lazy_re.compile(
    r"(?<![\d.]\s)(?<![\d.])\b(?:bis|vor\s+dem|innerhalb)\s+(?:zum\s+|spätestens\s+)?"
    + optional_weekday("den", "dem")
    + r"$",
    _FLAGS,
)
_REPLY_WORDS = lazy_re.compile(
    # („Bei Nachmeldungen bis zum 04. Juni 2014 wird ein Aufschlag … erhoben“: a late entry's)
    r"\b(?:\w*anmeld\w*|anzumelden|\w*rückmeld\w*|nachmeld\w*|meldet|melden|einreichung\w*|\w*einreichungen"
    r"|e-?mail|mail"
    # „die Bilder selbst bis zum 29.9. an <asphalt@…> zu schicken“ (round 236): a submission sent
    r"|\w*schick(?:en|t|e|st)|\w*send(?:en|et|e)|übermitteln|übermittelt)\b",
    _FLAGS,
)
_REPLY_WORD_HINTS = ("meld", "einreich", "mail", "schick", "send", "übermittel")
# "vom 22. Juli bis 16. August geschlossen und nur per Email … zu erreichen": a range's end.
# "Der Kurs läuft bis 15. Dezember, bitte vorher anmelden": sign-up before a run's end.
_EARLIER_SIGNUP = lazy_re.compile(r"\b(?:vorher|zuvor|vorab)\b", _FLAGS)
_RANGE_START_BEFORE = lazy_re.compile(r"\d\.|\d\s*[-–/]|\b(?:vom|von|zwischen|ab)\b", _FLAGS)
# "sollte sich bis zum 15. September beim Kinderzentrum unter der Rufnummer 342500 anmelden":
# the clause after "bis <date>" ends in a sign-up verb (a capital "Anmelden" opens a note of its
# own: ``_SIGNUP_NOTE_AFTER``).
# ("bis zum 7. Februar im Pfarrbüro (Telefon 3789), oder unter kirchhain@vcp-kurhessen.info
# anmelden": a comma before "oder"/"und" and the dots of an address stay inside the clause)
_SIGNUP_VERB_LATER = lazy_re.compile(
    r"^(?:[^.!?;,]|,(?=\s*(?:oder|und)\b)|\.(?=[\w-])){0,120}?"
    r"\b(?-i:anmelden|registrieren|einschreiben|bewerben|melden)\b"
)
# "… 1/19 is the last day to Pre-Register", "… will be the last day to sign up": the date is the
# last day to sign up, register or apply.
_LAST_DAY_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:is|will\s+be)\s+the\s+last\s+day\s+(?:to|for)\s+(?:pre-?)?(?:regist|sign|apply|enrol)",
    _FLAGS,
)
# "Bis 14.07.2024 ist der Schulshop für Ihre Bestellung geöffnet": open for orders (or for
# sign-up) until the day — the last day to order, no event's run.
_OPEN_FOR_ORDERS_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,80}?\bfür\s+(?:ihre|eure|deine|die|eine)\s+"
    r"(?:vor)?(?:bestellung|anmeldung|reservierung)(?:en)?\s+(?:geöffnet|offen)\b",
    _FLAGS,
)
#: How far before a date its cue may start (characters).
CUE_REACH = 40
# Where the clause before a date begins: after a stop or semicolon that follows neither a digit
# nor a dot, and a space. Unlike sentence_ends.CLAUSE_END (which ends the clause after the date)
# the second dot of „..“ begins none.
_CLAUSE_START = lazy_re.compile(r"(?<![\d.])[.!?;]\s")


def signed_up_by(before: str, after: str) -> bool:
    """Whether the sentence around the date makes it the last day to sign up, reply or take part
    ("Anmeldung bis …", "Bitte bis zum … zurückmelden", "Anmeldungen sind bis … möglich", "bis
    zum 15. September … anmelden")."""
    wide = before[-SIGNUP_REACH:]
    lowered_wide = wide.lower()
    if has_any(lowered_wide, SIGNUP_UNTIL_CUES) and _SIGNUP_UNTIL.search(wide):
        return True
    if (
        "ab " in before[-CUE_REACH:]
        and _SIGNUP_FROM.search(wide)
        and _CLOCK_AFTER.match(after) is None
    ):
        return True  # "Anmeldung in der Stadtbibliothek Vegesack ab 01.Oktober.": sign-up opens
    if (
        "er sich" in before[-CUE_REACH:]
        and _WHO_UNTIL.search(before[-CUE_REACH:])
        and _WHO_VERB_LATER.match(after)
    ):
        return True  # "Wer sich bis 28.12. per WhatsApp … meldet, kommt in die Verlosung"
    if (
        "bis" in before[-CUE_REACH:]
        and _SIGNUP_SUBJECT_UNTIL.search(before[-2 * CUE_REACH :])
        and _SIGNUP_PARTICLE_AFTER.match(after)
    ):
        return True
    if (
        "bis" in before[-CUE_REACH:]
        or "vor dem" in before[-CUE_REACH:]
        or "innerhalb" in before[-CUE_REACH:]
    ) and _UNTIL_OR_BEFORE.search(before[-CUE_REACH:]):
        head = _CLAUSE_START.split(before[-SIGNUP_REACH:])[-1]
        sentence = head + CLAUSE_END.split(after[:SIGNUP_REACH])[0]
        if (
            not _RANGE_START_BEFORE.search(head)
            and not _EARLIER_SIGNUP.search(sentence)
            and has_any(sentence.lower(), _REPLY_WORD_HINTS)
            and _REPLY_WORDS.search(sentence)
        ):
            return True
    if (
        "möglich" in after[:SIGNUP_REACH]
        and has_any(
            before[-2 * SIGNUP_REACH :].lower(), ("anmeldung", "registrierung", "einschreibung")
        )
        and _SIGNUP_SUBJECT_BEFORE.search(before[-2 * SIGNUP_REACH :])
        and _POSSIBLE_AFTER.match(after)
    ):
        return True
    if (
        "möglich" in after[: SIGNUP_REACH + 80]
        and UNTIL_BEFORE.search(before[-CUE_REACH:]) is not None
        and _SIGNUP_POSSIBLE_AFTER.match(after) is not None
    ):
        return True  # "Bis zum 13.05. ist die Anmeldung … möglich"
    if (
        ("ffnet" in after[:SIGNUP_REACH] or "offen" in after[:SIGNUP_REACH])
        and UNTIL_BEFORE.search(before[-CUE_REACH:]) is not None
        and _OPEN_FOR_ORDERS_AFTER.match(after) is not None
    ):
        return True  # "Bis 14.07.2024 ist der Schulshop für Ihre Bestellung geöffnet"
    if "last day" in after[:40] and _LAST_DAY_AFTER.match(after):
        return True  # "Saturday 1/19 is the last day to Pre-Register for classes"
    following = after[:SIGNUP_REACH]
    return (
        has_any(following, ("meld", "registrieren", "bewerben", "einschreiben"))
        and UNTIL_BEFORE.search(before[-CUE_REACH:]) is not None
        and _SIGNUP_VERB_LATER.match(after) is not None
    )
