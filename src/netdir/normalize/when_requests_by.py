"""A request to apply or send something by a day: that day is a deadline, no event's.

A students' union writes „Bald sind Gremienwahlen! Beantrage die Briefwahl bis zum 02.09.2020 um
14 Uhr hier“ and „Schicke den ausgefüllten Steckbrief bis zum 1. Juni an asta.htw.students@…“
(round 223): a clause opening with the imperative of applying for, sending or handing in
(„Beantrage“, „Schickt“, „Sendet“, „Reicht … ein“, „Meldet euch“), then „bis (zum)“ right before the
day. Read as the end of something open, the day became an event's last day.

So is a day something must arrive by, requests are asked by or an offer is extended to (round
245, 246): „(muss bis 30. November eingehen)“, „Anfragen bitte bis 21.04. an …“, „Der
Frühbucherrabatt für MBZ wird verlängert auf 08.11.2021“; and a day to wait until (round 247):
„bitten wir Sie sich bis zum 3. Juni 2022 zu gedulden“.

And so is a day something is handed in, proposed or applied with by, or a decision is announced
or settled by (rounds 254-256, a course's and a project call's timetables): „Abgabe in Moodle bis
28.10.2012, 23:55“, „Vorschlag Gruppe … bis zum 14.05.14“, „… Bewerbung mit Lebenslauf … bis zum
12.01.2023 per E-Mail“, „bis 5. September 2025 | Benachrichtigung der Finalist*innen …“, „06.07.14,
23:59: spätester Übergabetermin …“, „11.04.17, 10:00 Uhr | Gruppeneinteilung steht fest …“, „Bitte
treten Sie bis Dienstag, 26.09.23, dem Prüfungskursraum bei“.

And so is a day a reply, the data asked for or motions must come by (round 313, a cooperative's
invitations to its general assemblies): „Bitte ergänze Deine Angaben bis zum 10. Juli 2014.“,
„Bitte teile uns bis zum 11.08.2014 über dieses Formular mit, ob Du teilnimmst“, „Wenn irgend
möglich, antworte uns daher bitte bis zum 05.06.2015.“, „Erhalten wir bis zum 10. Juli keine
Angaben von Dir, …“, „Beschlussanträge und Anträge zur Änderung der Tagesordnung kannst Du bis zum
24.03.2017 (Ausschlussfrist 24 Uhr …) … einreichen.“
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, has_any

_SUBMIT_CUES = ("submit", "send", "hand in", "turn in", "upload")

_REQUEST_BY_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:]\s*|\n\s*)(?:(?:bitte\s+)?(?=(?-i:[A-ZÄÖÜ]))(?:beantrag(?:e|t)|schick(?:e|t)"
    r"|send(?:e|et)|reich(?:e|t)|meld(?:e|et)\s+(?:dich|euch))"
    # („Bitte treten Sie bis Dienstag, 26.09.23, dem Prüfungskursraum bei“: the polite imperative)
    r"|bitte\s+(?:treten|melden)\s+sie)\b[^.!?;\n]{0,100}?"
    r"\bbis\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?"
    rf"(?:(?:{GERMAN_WEEKDAY_ALT}),?\s+)?$",
    FLAGS,
)
# „Bitte ergänze Deine Angaben bis zum 10. Juli 2014.“, „Bitte teile uns bis zum 11.08.2014 über
# dieses Formular mit, …“, „Wenn irgend möglich, antworte uns daher bitte bis zum 05.06.2015.“
# (round 313): the imperative of completing one's data, telling or answering us — after a clause's
# start, a comma or „bitte“ (a lower-case „antworte“ is an imperative there; „Teile der …“ is no
# verb without „uns“, „Ergänzt wird …“ is a passive)
_REPLY_BY_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;:,]\s*|\n\s*|\bbitte\s+)(?:ergänz(?:e|t)\b(?!\s+(?:wird|werden|wurde)\b)"
    r"|(?:teil(?:e|t)|gib|gebt)\s+(?:uns|mir)\b|antworte(?:t)?\b)"
    r"[^.!?;\n]{0,100}?\bbis\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?"
    rf"(?:(?:{GERMAN_WEEKDAY_ALT}),?\s+)?$",
    FLAGS,
)
#: Lower-case pieces the cue needs (``when_roles.may_hold_roles`` asks for them).
REQUEST_HINTS = (
    "beantrag", "schick", "sende", "reich", "melde", "treten sie", "ergänz", "teile uns",
    "teilt uns", "teile mir", "antworte", "gib uns", "gebt uns",
)  # fmt: skip


def requested_by(before: str) -> bool:
    """Whether the date after ``before`` ends a request to apply or send by it („Beantrage die
    Briefwahl bis zum …“)."""
    tail = before[-140:]
    if "bis" not in tail[-24:].lower():
        return False
    return _REQUEST_BY_BEFORE.search(tail) is not None or _REPLY_BY_BEFORE.search(tail) is not None


# "(muss bis 30. November eingehen)": what must arrive by the day
_MUST_BY_BEFORE = lazy_re.compile(
    r"\b(?:muss|müssen|sollte|sollten)\s+(?:[^\W\d]+\s+){0,3}?bis\s+(?:zum\s+|spätestens\s+)?$",
    FLAGS,
)
_ARRIVE_AFTER = lazy_re.compile(
    r"\s*(?:eingehen|eingegangen\s+sein|vorliegen|zugehen|eintreffen|bei\s+uns\s+sein)\b", FLAGS
)
# "Anfragen bitte bis 21.04. an …": requests, replies or wishes asked for by the day
_PLEASE_BY_BEFORE = lazy_re.compile(
    r"\b(?:anfragen|anträge|rückmeldungen|zusagen|absagen|wünsche|vorschläge|beiträge)\s+bitte\s+bis"
    r"\s+(?:zum\s+|spätestens\s+)?$",
    FLAGS,
)
# "Der Frühbucherrabatt … wird verlängert auf 08.11.2021": a discount's or a period's last day moved
_EXTENDED_TO_BEFORE = lazy_re.compile(
    r"\b[^\W\d]*(?:rabatt|frist)\b[^.!?;\d]{0,40}?\bverlängert\s+(?:auf|bis)\s+(?:zum\s+|den\s+)?$",
    FLAGS,
)
# "bitten wir Sie sich bis zum 3. Juni 2022 zu gedulden": how long to wait for an answer
_WAIT_UNTIL_AFTER = lazy_re.compile(r"\s*(?:zu\s+)?gedulden\b", FLAGS)
# „Abgabe in Moodle bis 28.10.2012, 23:55“, „Vorschlag Gruppe … bis zum 14.05.14“: what is handed
# in, proposed or applied with by the day
_HANDED_IN_BY_BEFORE = lazy_re.compile(
    r"\b(?:abgabe|einreichung|bewerbung(?:en)?|vorschlag|vorschläge|beschreibung|exposé|ausarbeitung"
    # („Beschlussanträge und Anträge zur Änderung der Tagesordnung kannst Du bis zum 24.03.2017 …
    # einreichen“ (round 313): motions for a general assembly)
    r"|\w*anträge|\w*antrag"
    # („Umsetzung der DSGVO bis zum 25.05.2018“ (round 314, an agenda item): work to be done by)
    r"|umsetzung|erledigung|fertigstellung"
    # („… Bewerbung mit Lebenslauf, Zeugnissen, Empfehlungsschreiben etc. bis zum 12.01.2023“: an
    # abbreviation's dot before more words)
    r"|hausarbeit)\b(?:[^.!?;:|\d\n]|\.(?=\s[a-zäöüß])){0,80}?\bbis\s+(?:spätestens\s+)?(?:zum\s+)?$",
    FLAGS,
)
# „bis 5. September 2025 | Benachrichtigung der Finalist*innen …“: who is told by the day
# „Bei Eingang bis 19. Dezember garantieren wir die Zustellung des Mitgliedszertifikats bis zum 24.
# Dezember“ (round 306, a cooperative's gift offer): what must arrive by the first day („Eingang“,
# receipt) and what is delivered by the second („Zustellung“, „Lieferung“) — a receipt's and a
# delivery's last days, no event's
_RECEIVED_BY_BEFORE = lazy_re.compile(
    r"\b(?:\w*eingang|zustellung|lieferung|auslieferung)\b(?:[^.!?;:|\d\n]){0,60}?"
    r"\bbis\s+(?:spätestens\s+)?(?:zum\s+)?$",
    FLAGS,
)
# „Erhalten wir bis zum 10. Juli keine Angaben von Dir, gehen wir davon aus, …“ (round 313): what we
# must have received by the day, or else
_NONE_RECEIVED_BEFORE = lazy_re.compile(
    r"\b(?:erhalten|bekommen)\s+wir\s+(?:von\s+\w+\s+)?bis\s+(?:spätestens\s+)?(?:zum\s+)?$", FLAGS
)
_NONE_RECEIVED_AFTER = lazy_re.compile(r"\s*(?:keine?[nrs]?|nichts)\b", FLAGS)
_NOTIFIED_BY_AFTER = lazy_re.compile(
    r"\s*[|,:]\s*(?:benachrichtigung|bekanntgabe|rückmeldung|mitteilung)\b", FLAGS
)
# „06.07.14, 23:59: spätester Übergabetermin …“, „11.04.17, 10:00 Uhr | Gruppeneinteilung steht
# fest …“: the latest time to hand over, a decision settled by the day (its clock between)
_LATEST_AFTER = lazy_re.compile(
    r"(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[|:,]\s*(?:spätester?|letzter?)\s+\w*(?:termin|frist)\b"
    r"|(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*\|\s*[^|.!?]{0,40}?\b(?:steht|stehen)\s+fest\b",
    FLAGS,
)
# „Nach Verteilung der Themen haben die TeilnehmerInnen bis 24. Nov. Zeit zu recherchieren“ (round
# 267, a seminar's page): the time given until the day to get something done
_TIME_UNTIL_AFTER = lazy_re.compile(r"\s*Zeit\b(?=[^.!?;]{0,80}?\bzu\b)", FLAGS)
_UNTIL_BEFORE = lazy_re.compile(r"\bbis\s+(?:zum\s+|spätestens\s+)?$", FLAGS)
# "Submit your Pong clone … to Mathias Lux via e-mail until April 18th, 2021, midnight", "Zip your
# whole project and send it to … until Friday 24.3. 2017 midnight" (round 267, a course's
# exercises): a clause asking to hand something in, „until“ or „by“ right before the day — the
# English of „Abgabe … bis“
_SUBMIT_UNTIL_BEFORE = lazy_re.compile(
    r"\b(?:submit|send|hand\s+in|turn\s+in|upload)\b(?:[^.!?;\n]|\.(?=[a-z])){0,120}?"
    r"\b(?:until|by|before|no\s+later\s+than)\s+"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:the\s+)?$",
    FLAGS,
)
#: Lower-case pieces ``due_by`` needs (``when_roles.may_hold_roles`` asks for them).
DUE_HINTS = (
    "muss", "müssen", "sollte", "bitte bis", "verlängert", "gedulden", "abgabe", "einreichung",
    "bewerbung", "vorschl", "beschreibung", "benachrichtigung", "bekanntgabe", "spätest", " fest",
    "zeit zu", "submit", "send ", "hand in", "turn in", "upload", "eingang", "zustellung",
    "lieferung", "antr", "erhalten wir", "bekommen wir", "umsetzung", "erledigung", "fertigstellung",
)  # fmt: skip


def due_by(before: str, after: str) -> bool:
    """Whether the date between these texts is a day something must arrive by, requests are asked
    by or a discount is extended to („muss bis … eingehen“, „Anfragen bitte bis …“)."""
    tail = before[-100:]
    if "bis" in tail[-30:].lower() and "edulden" in after[:20] and _WAIT_UNTIL_AFTER.match(after):
        return True
    if "bis" in tail[-30:].lower() and (
        (_MUST_BY_BEFORE.search(tail) is not None and _ARRIVE_AFTER.match(after) is not None)
        or _PLEASE_BY_BEFORE.search(tail) is not None
    ):
        return True
    if "verlängert" in tail.lower() and _EXTENDED_TO_BEFORE.search(tail) is not None:
        return True
    if "bis" in tail[-30:].lower() and (
        _HANDED_IN_BY_BEFORE.search(tail) is not None
        or _NOTIFIED_BY_AFTER.match(after) is not None
        or _RECEIVED_BY_BEFORE.search(tail) is not None
        or (
            _NONE_RECEIVED_BEFORE.search(tail) is not None
            and _NONE_RECEIVED_AFTER.match(after) is not None
        )
    ):
        return True
    if (
        "bis" in tail[-30:].lower()
        and "Zeit" in after[:12]
        and _UNTIL_BEFORE.search(tail[-30:]) is not None
        and _TIME_UNTIL_AFTER.match(after) is not None
    ):
        return True  # „haben … bis 24. Nov. Zeit zu recherchieren“
    if (
        has_any(before[-160:].lower(), _SUBMIT_CUES)
        and _SUBMIT_UNTIL_BEFORE.search(before[-160:]) is not None
    ):
        return True  # "send it to … until Friday 24.3. 2017 midnight"
    head = after[:60].lower()
    return ("spätest" in head or "letzt" in head or " fest" in head) and (
        _LATEST_AFTER.match(after) is not None
    )
