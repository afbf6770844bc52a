"""Days a text names that are not the event's: its history („seit 1998“), a day it was moved away
from („vom 26. April auf den Herbst verlegt“), the old date beside the new one, a news dateline or
a report's stamp, a past meeting before the next one."""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, PAST_TENSE, WD_ALT
from netdir.normalize.when_mentions import Mention, mention_day
from netdir.normalize.when_value import infer_year, safe_date
from netdir.normalize.when_words import (
    MONTHS,
    full_year,
)

# "Seit dem 22. Januar 1997 gibt es den Seniorentreff", "Seit Oktober 2024 findet … einmal
# monatlich … statt", "since 2009": when something began, told as its history.
_SINCE = lazy_re.compile(
    r"\b(?:seit|since)\s+(?:dem\s+|the\s+)?(?:(?P<d>\d{1,2})(?:\.\s*|\s+|(?:st|nd|rd|th)\s+))?"
    r"(?:(?P<mn>" + MONTH_ALT + r")\.?,?\s+|(?P<m>\d{1,2})\.\s*)?(?P<y>(?:19|20)\d\d)\b",
    FLAGS,
)
_CLAUSE = lazy_re.compile(r"[^.!?;]*")
_SINCE_PAST = lazy_re.compile(r"\b(?:verstarb|verstarben|starb|starben)\b", FLAGS)
_SINCE_EVENT = lazy_re.compile(
    r"\b(?:seit|since)\s+(?:der|dem|the)\s+(?:[^\W\d]+\s+){1,3}?(?:am|vom|on)\s+(?P<date>"
    r"(?P<d>\d{1,2})\.\s*(?:(?P<m>\d{1,2})\.|(?P<mn>"
    + MONTH_ALT
    # ("am 28.03.15": a two-digit year right after the month's dot, round 234)
    + r")\.?)\s*(?:(?P<y>(?:19|20)\d\d)|(?<=\.)(?P<y2>\d\d)(?![\d:.]\d))?)",
    FLAGS,
)
# A stop that ends a sentence: "!", "?", ";" or a dot after a word (not a day's or month's dot).
_SENTENCE_STOP = lazy_re.compile(r"[!?;]|(?<=[^\W\d])\.(?=\s)")
# "Seit Ende Oktober gab es keine Aufführungen": a yearless part of a month after "seit" is when
# a state began (a day after "seit" may be a recent one the text is about: "seit dem 30. April
# wieder möglich").
_SINCE_MONTH_PART = lazy_re.compile(
    r"\b(?:seit|since)\s+(?:(?:ende|anfang|mitte|beginn|end\s+of|early|late|mid-?)\s+)?(?:"
    + MONTH_ALT
    + r")\b(?!\.?\s*\d)",
    FLAGS,
)


def without_history(text: str, reference: date) -> str:
    """The text with its "seit …" dates blanked where they are history, not an offering's day: a
    month or year that began before the reference, or a day more than a year before it ("Seit
    dem 18.4. ist das Barcamp vorbei" and "seit dem 30. April wieder möglich" name recent days
    that stay the text's dates)."""
    for match in reversed(list(_SINCE_MONTH_PART.finditer(text))):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    for match in reversed(list(_SINCE_EVENT.finditer(text))):
        # "Seit der letzten Hauptversammlung am 10.03.2023 verstarben 6 Mitglieder": a past
        # event named as the start of a count
        month = int(match["m"]) if match["m"] else MONTHS[match["mn"].lower()]
        if match["y"]:
            year = int(match["y"])
        elif match["y2"]:
            year = full_year(match["y2"], reference)
        else:
            year = infer_year(month, int(match["d"]), reference)
        day = safe_date(year, month, int(match["d"]))
        clause = _CLAUSE.match(text, match.end())
        stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, match.start())]
        before = text[stops[-1] if stops else 0 : match.start()]
        told_past = (
            clause is not None
            and (
                PAST_TENSE.search(clause.group(0)) is not None
                or _SINCE_PAST.search(clause.group(0)) is not None
            )
        ) or (
            # "berichteten … von den zahlreichen Aktivitäten seit der letzten Hauptversammlung am
            # 28.03.15." (round 234): the report of what happened since, told before the mark
            PAST_TENSE.search(before) is not None
        )
        if day is not None and day < reference and told_past:
            # ("Seit dem Anwendertreffen am 25. September 2015 tritt die Gruppe als
            # Mitveranstalterin auf": a present state, the meeting's day stays the text's)
            span = match.span("date")
            text = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    for match in reversed(list(_SINCE.finditer(text))):
        year = int(match["y"])
        month = MONTHS[match["mn"].lower()] if match["mn"] else int(match["m"] or 1)
        if match["d"] is None or not 1 <= month <= 12:
            # ("stellt sich seit Mai 2018 Christian Fritsch dieser … Aufgabe", written on 1 May
            # 2018: a state begun this month is history too)
            past = (year, month) <= (reference.year, reference.month)
        else:
            day = safe_date(year, month, int(match["d"]))
            past = day is not None and day < reference - timedelta(days=365)
        if past:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


_MOVED_TO = lazy_re.compile(
    # ("Der neue Termin für den offenen Spieletreff ist Samstag, der 18. Januar 2025": what was
    # moved named between)
    r"(?:\b(?:neue[rn]?\s+termin(?:\s+(?:f(?:ü|ue)r|des|der|zum|zur)\s+[^.!?;\d]{0,60}?)?|ersatztermin|nachholtermin|verschoben\s+(?:auf|zum)|verlegt\s+(?:auf|zum)"
    r"|new\s+date|rescheduled\s+(?:to|for))\b\s*:?\s*(?:ist|is)?\s*(?:der|den|am|on|to)?\s*"
    # "Rescheduled the September 4 meeting at 2:00 PM to September 17", "rescheduling the meeting
    # that was previously scheduled for Thursday, October 27, to Wednesday, October 26"; "… and
    # has now formally recessed and continued to 15 June": a meeting continued to a later day
    r"|\b(?:rescheduled|rescheduling|postponed|moved|continued)\b[^.!?;]{0,90}?\bto\s+"
    # "… is cancelled and the next P&Z meeting will be Monday, December 6, 2010"
    r"|\bnext\s+(?:[\w&-]+\s+){0,3}?(?:meeting|session)\s+(?:will\s+be|is)\s+(?:held\s+)?(?:on\s+)?"
    # "10-18-23 Regular City Council Meeting date change to 10-25-23", "… date has been changed
    # and it will be on October 25, 2023 instead"
    r"|\b(?:date\s+)?chang(?:e|es|ed)\s+to\s+"
    r"|\b(?:changed|moved)\b[^.!?;]{0,60}?\b(?:will\s+(?:now\s+)?be|is\s+now)\s+(?:held\s+)?(?:on\s+)?)"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*(?:der\s+|den\s+)?)?$",
    FLAGS,
)
# "… wurde das Maibaumaufstellen auf den 4.Mai verlegt": the day right between "auf" and the verb
# of moving is the new one (the day named before it, "für den 1. Mai", the old).
# A period's first day before the mention, which is its last ("auf den 16./17. Juni", "vom 8.–9.
# Juli"): the move or the plan is said of the whole period.
_PERIOD_HEAD = r"(?:\d{1,2}\.?\s*(?:[-–/]|bis)\s*)?"
_MOVED_ONTO_BEFORE = lazy_re.compile(
    r"\bauf\s+(?:den\s+|dem\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*(?:den\s+)?)?" + _PERIOD_HEAD + "$",
    FLAGS,
)
# "… den Termin vom 18. Juni auf den 11. Juni zu verschieben": the infinitive too; "Termin wurde
# auf Freitag, den 08.06.2012 um 20.00 Uhr verschoben": the new day's clock between.
_MOVED_VERB_AFTER = lazy_re.compile(
    r"^\s*(?:(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\s*)?)?(?:zu\s+)?"
    r"(?:verschoben|verlegt|verschieben|verlegen)\b",
    FLAGS,
)
# "… für das Konzert am 28. März bereits der 26. September 2020 als Ersatztermin gefunden": the
# day named as the make-up date (after it) is the new one.
_REPLACEMENT_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:als|zum|is\s+the|as\s+the)\s+(?:neuer?n?\s+)?"
    r"(?:ersatztermin|nachholtermin|ausweichtermin|(?<=neuer\s)termin|(?<=neuen\s)termin"
    r"|make-up\s+date|new\s+date)\b",
    FLAGS,
)
# "Die Vorstellung am Freitag, 21. August, ist wegen Regen ausgefallen. Sie wird am Sonntag, 23.
# August, um 19:00 Uhr nachgeholt": a day made up for one called off before it (with its clock
# between); "wird am 29. November nachgeholt" alone is no move and keeps its day anyway.
_MADE_UP_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\s*)?)?nachgeholt\b", FLAGS
)
_CALLED_OFF_BEFORE = lazy_re.compile(
    r"\b(?:ausgefallen|abgesagt|entfällt|entfallen|fällt\s+(?:\w+\s+){0,3}?aus|fiel\s+(?:\w+\s+){0,3}?aus)\b",
    FLAGS,
)
_OLD_DATE_BEFORE = lazy_re.compile(
    # ("wie ursprünglich geplant vom 23. Dezember bis zum 2. Januar geschlossen": as planned)
    r"(?<!wie\s)\b(?:ursprünglich|eigentlich)\b[^.!?()]{0,40}?(?:am|für(?:\s+den)?|vom)\s+(?:(?:" + WD_ALT
    + r")\.?,?\s*)?" + _PERIOD_HEAD + "$"
    # "The … event that was originally scheduled for January 16th, 2026", "was postponed from
    # October 1st to October 15th": the day given up (English)
    # ("as originally planned" keeps its day; "was originally" does not: a word ending in "as")
    r"|(?<!\bas\s)\b(?:originally|previously)\b[^.!?()]{0,40}?\b(?:for|on)\s+(?:(?:" + WD_ALT
    + r")\.?,?\s*)?$"
    r"|\b(?:postponed|rescheduled|moved)\s+from\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?$"
    # "Verschiebung der Gemeindeversammlung vom 13. Mai 2020", "anstelle der Gemeindeversammlung
    # vom 27. November 2020 eine Urnenabstimmung am 13. Dezember 2020": the day given up
    r"|\b(?:verschiebung|anstelle|anstatt)\s+(?:der|des|dem|von)\b[^.!?()\d]{0,50}?\b(?:vom|am)\s+"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?$"
    # "Ohne die Spieltagsverschiebung vom 07. Januar auf den 25. März", "die Verschiebung vom 3.
    # Mai": a move named by its noun (alone or in a compound), the old day right after it
    r"|verschiebung\s+vom\s+(?:(?:" + WD_ALT + r")\.?,?\s*)?$",
    FLAGS,
)  # fmt: skip
# ("die geplante Vernissage am 29. März 2020 auf zunächst unbestimmte Zeit verschoben": moved
# to no day at all)
_OLD_DATE_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:(?:wird|wurde|werden|wurden|ist|sind)\s+)?auf\s+"
    r"(?:den|die|das|einen|eine|(?:[^\W\d]+\s+)?unbestimmte)\s+"
    r"[^.!?\d]{0,40}?\b(?:verschoben|verlegt)\b"
    # "die für den 16. April geplante Mitgliederversammlung erneut zu verschieben": the day the
    # meeting was planned for, to be moved (to no day this sentence names; round 5's "für den
    # 31. März geplante Bürgerversammlung, auf unbestimmte Zeit verschoben" keeps its day)
    r"|^\s*(?:geplante|vorgesehene|angesetzte)[nrs]?\s+[^.!?\d]{0,60}?\b(?:zu\s+)?"
    r"(?:verschieben|verlegen)\b"
    # "… originally scheduled for January 16th, 2026 has been postponed to a later date"
    r"|^[^.!?\d]{0,60}?\b(?:postponed|rescheduled|moved)\s+(?:to\s+a\s+later\s+date|until\s+further"
    r"\s+notice|indefinitely)\b"
    # "The May 12th in-person Fargo Skywarn Class has been marked as postponed on the … calendar":
    # put off to no day this sentence names
    r"|^[^.!?\d]{0,60}?\b(?:has|have)\s+been\s+(?:(?:marked|listed)\s+as\s+)?postponed\b"
    r"(?!\s*(?:to|until|till|for)\b)"
    # „Wir haben auf den ursprünglich vorgesehenen Termin 7.5. verzichtet, weil …“ (round 236):
    # a day renounced
    r"|^\s*(?:\([^()]{0,30}\)\s*)?verzichtet\b"
    # "Bitte beachten: 4.-6.3.16 ist verschoben auf 11.-13.3.16" (round 245): the day moved away
    # from, "verschoben auf" right after it
    r"|^\s*,?\s*(?:(?:ist|sind|wird|werden|wurde|wurden)\s+)?(?:verschoben|verlegt)\s+(?:auf|zum)\s"
    # „Das Heimspiel gegen Höhenrain, welches für den 9.10. geplant war, wurde verschoben. Damit
    # findet das nächste Heimspiel nun am 16.10 … statt“ (round 293): the day something was planned
    # for before it was moved or called off
    r"|^\s*(?:geplant|vorgesehen|angesetzt)\s+war\s*,\s*(?:wurde|ist)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:verschoben|verlegt|abgesagt)\b",
    FLAGS,
)
# "Am 21.4. und am 2.6. trafen wir uns. Das nächste Mal ist am 15.9.": the next meeting named
# after meetings told in the past.
_NEXT_MEETING = lazy_re.compile(
    r"\b(?:(?:das|beim)\s+n(?:ä|ae)chste(?:n)?\s+mal|(?:der|das|die|den|unser|unsere|zum|zur)\s+"
    # ("Die nächste Vorstandssitzung wird am 24. Januar 2020 stattfinden": a compound's last part)
    r"n(?:ä|ae)chste[nrs]?\s+[^\W\d]*(?:treffen|termin|sitzung|stammtisch|zusammenkunft|versammlung)"
    r"|the\s+next\s+(?:meeting|session|gathering|time))\b",
    FLAGS,
)


def from_next_meeting(text: str) -> str:
    """The text from its "next meeting" on, when the dates before it were told in the past."""
    cue = _NEXT_MEETING.search(text)
    if cue is None or cue.start() == 0 or PAST_TENSE.search(text, 0, cue.start()) is None:
        return text
    rest = text[cue.start() :]
    return rest if any(char.isdigit() for char in rest) else text


# "Der Termin hierfür wurde auf den 10. Juli festgelegt. Als Ersatztermin der 24. Juli.": a day
# set, then its backup (a rain date) — nothing was moved, the set day stays the event's
_BACKUP_AFTER_SET_DAY = lazy_re.compile(
    r"\d\.?[^.!?\d]{0,40}?\b(?:festgelegt|festgesetzt|terminiert|angesetzt)\b\s*[.!?;,]?\s*"
    r"(?:als\s+|und\s+als\s+)?(?:ersatz|ausweich)termin\w*\s*:?\s*(?:ist\s+)?(?:der|den|am)?\s*$",
    FLAGS,
)


def moved_onto(text: str, mention: Mention) -> bool:
    """The mention is the day an event was moved to ("Neuer Termin ist der …", "verschoben auf
    …", "auf den 4.Mai verlegt", "… ist ausgefallen. Sie wird am Sonntag, 23. August, um 19:00
    Uhr nachgeholt")."""
    before = text[: mention.start]
    if "ermin" in before and _BACKUP_AFTER_SET_DAY.search(before[-160:]) is not None:
        return False
    after = text[mention.end : mention.end + 40]
    return bool(
        _MOVED_TO.search(before)
        or _REPLACEMENT_AFTER.match(after)
        or (_MOVED_ONTO_BEFORE.search(before[-40:]) and _MOVED_VERB_AFTER.match(after))
        or (_MADE_UP_AFTER.match(after) and _CALLED_OFF_BEFORE.search(before) is not None)
    )


# "Der nächste Workshop findet nicht wie geplant vom 16.–17. März in Berlin, sondern vom 11.–12.
# Mai in Erlangen statt", "will not be held on March 3, but on March 10": the day denied before
# "sondern"/"but" is the old one, the day after it the event's.
_NOT_ON_BEFORE = lazy_re.compile(
    r"\b(?:nicht\s+(?:wie\s+(?:ursprünglich\s+|zunächst\s+)?(?:geplant|vorgesehen|angekündigt)\s+)?"
    r"(?:am|vom|von)|not\s+(?:be\s+held\s+)?(?:on|from))\s+(?:(?:"
    + WD_ALT
    + r")\.?,?\s*(?:den\s+)?)?"
    r"(?:\d{1,2}\.?\s*(?:[-–]|bis)\s*)?$",  # a range's first day before the mention
    FLAGS,
)
_BUT_LATER = lazy_re.compile(r"[^.!?;]{0,80}?(?:,\s*|\s)(?:sondern|but)\b", FLAGS)


def is_old_date(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 60) : mention.start]
    after = text[mention.end : mention.end + 60]
    if ("nicht" in before or "not" in before) and _NOT_ON_BEFORE.search(before):
        # the rest of a range ("vom 16.–17. März") lies between the mention and "sondern"
        return _BUT_LATER.match(text, mention.end, mention.end + 100) is not None
    return bool(_OLD_DATE_BEFORE.search(before) or _OLD_DATE_AFTER.match(after))


# Nothing or a weekday before a text's opening date; a few words of a heading between it and
# the next date.
_OPENING_WEEKDAY = lazy_re.compile(r"\s*(?:(?:" + WD_ALT + r")\.?,?\s*)?$", FLAGS)
_HEADING_GAP = lazy_re.compile(r"\s+(?-i:[A-ZÄÖÜ])[^\W\d]+(?:\s+[^\W\d]+){0,5}\s+$", FLAGS)
_SENTENCE_AFTER = lazy_re.compile(r"\s+(?:Am|Vom|Ab|Bis|Die|Der|Das|Im|In)\s")
_SENTENCE_START = lazy_re.compile(r"\s(?:Die|Der|Das|Wir|Am|Im)\s")
_AM_BEFORE = lazy_re.compile(r"\b(?:am|on)\s+$")
_DATELINE_PLACE = lazy_re.compile(r"^[A-ZÄÖÜ][\w.\- ]{1,30},\s*$")
_DATELINE_END = lazy_re.compile(r"\s*(?:\d{2,4}\b)?\s*(?:\([^()]{1,12}\))?\s*[.:]\s+\S")


def opens_with_dateline(text: str, mentions: list[Mention], reference: date) -> bool:
    """ "21.3.2025: … öffnen Bibliotheken … am Freitag, den 4. April 2025": a news post opens with
    its own date and a colon; a later date on or after it is the event's. (A lone "22.12.:
    Demonstration" stays the event's date, and so does one whose later date lies before it:
    "9. November: Gedenken an X, geboren am 3. Mai 1920".)"""
    if len(mentions) < 2:
        return False
    opening = mentions[0]
    # "Klagenfurt, 16. 12. 24 (pgk). Am Heiligen Abend, dem 24. Dezember, …": a press dateline
    press_dateline = bool(
        _DATELINE_PLACE.match(text[: opening.start]) and _DATELINE_END.match(text, opening.end)
    )
    # "21. Februar 2025 Am 3. April 2025 treffen sich …": a post's full date, then a sentence
    # naming another full date
    stamp = (
        opening.start == 0
        and opening.year is not None
        and mentions[1].year is not None
        and _SENTENCE_AFTER.match(text, opening.end) is not None
    )
    # "09. Juli 2020 Hi@HSZG - Virtueller Hochschulinfoabend Die HSZG informiert am 15.07. ab
    # 18:30 Uhr …": a post's full date, its headline, then a sentence naming the event's day
    teaser = (
        not stamp
        and opening.start == 0
        and opening.year is not None
        and mentions[1].year is None
        and _AM_BEFORE.search(text, 0, mentions[1].start) is not None
        and _SENTENCE_START.search(text, opening.end, mentions[1].start) is not None
    )
    first, later = (mention_day(m, reference) for m in mentions[:2])
    if (
        first is not None
        and later is not None
        and opening.year is not None
        and timedelta(0) < first - later <= timedelta(days=60)
        and _OPENING_WEEKDAY.match(text, 0, opening.start) is not None
        and _HEADING_GAP.match(text, opening.end, mentions[1].start) is not None
    ):
        # "Freitag, 25. August 2017 Pfarrfest 15. August 2017": a report's post date, then a
        # heading naming the earlier day it reports on (a listing's row names no earlier day
        # after its own).
        return True
    if (
        (opening.start > 0 or not text.startswith(":", opening.end))
        and not press_dateline
        and not stamp
        and not teaser
    ):
        return False
    return first is not None and later is not None and later >= first


# "19.11.2018 Am 14. und 15. November 2018 trafen sich …", "08.07.2015 Über 1.300 Kongressbesucher
# waren es …": a news item's full numeric date, then a sentence that reports in the past.
_REPORT_STAMP = lazy_re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}\s+[A-ZÄÖÜ]")


def opens_a_report(text: str, mentions: list[Mention]) -> bool:
    """The text opens with its stamp: a full numeric date before a report told in the past (the
    report's own day, if any, comes later)."""
    if not mentions or not _REPORT_STAMP.match(text):
        return False
    opening = mentions[0]
    if opening.start > 0:
        return False
    return PAST_TENSE.search(text, opening.end, opening.end + 200) is not None
