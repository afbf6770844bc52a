"""The start time a block states in its prose, not beside its day.

German club pages date an item in one place (a date panel, a bold day) and say when it starts
in the sentence under it: "Wir treffen uns um 17:30 Uhr am Eingang …", "Beginn 9:00 Uhr",
"in der Teutschen Schule, Beginn 18:00 Uhr", "Treff: 12:30 Uhr, Beginn: 13 Uhr, Ort: …",
"Das Konzert beginnt um 16 Uhr (Einlass: 15 Uhr)", or right after the day in the same line
("Am <b>24.9.15</b> um <b>19:30 Uhr</b>"). A start word ("Beginn", "beginnt") outranks a
meeting word ("treffen uns", "Treffpunkt", "Abfahrt"): people meet before the start. Doors
("Einlass"), sign-up deadlines ("Anmeldung bis 18 Uhr") and opening hours are no start. A
card's line may open with the hours it runs ("Von 9 bis 13 Uhr, mit vielen kreativen Ideen."
under an association's „Kinder–Weihnachtsbasteln“): that span times the day, when it is not
opening hours ("… geöffnet").
"""

from __future__ import annotations

import re
from itertools import pairwise

from netdir import lazy_re
from netdir.extract.bracketed_hours import hours_in_brackets
from netdir.extract.calendar_days import day_and_month
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.from_hour_spans import from_hour_span
from netdir.extract.next_sentence_clock import clock_opening_the_next_sentence
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.sentence_ends import sentences
from netdir.extract.taking_place_clocks import taking_place_clock
from netdir.extract.where_then_when import where_then_when

# "17:30 Uhr", "9.30 Uhr", "13 Uhr", "17:30": a clock time; an hour alone needs "Uhr" — or an
# "h" for it, with or without its minutes („um 19 h 30“, „jeweils um 17 h“).
_CLOCK = (
    r"(?P<clock>\d{1,2}[:.]\d{2}(?:\s?Uhr)?(?![\d.])|\d{1,2}\s?Uhr\b"
    r"|\d{1,2}\s?h(?:\s?[0-5]\d)?(?![\w.:]))"
)
_AT = r"\s*:?\s*(?:(?:ist|jeweils|erst|schon|bereits)\s+)?(?:(?:um|ab|gegen)\s+)?"
# "Beginn 9:00 Uhr", "Konzertbeginn: 16 Uhr", "Spielbeginn um 14 Uhr", "beginnt um 16 Uhr",
# "Start: 10 Uhr", "Anpfiff 15:30 Uhr".
_START = lazy_re.compile(
    rf"(?:\b\w*beginn\b|\bbeginn(?:t|en)\b|\bstart(?:et|en)?\b|\banpfiff\b){_AT}{_CLOCK}", re.I
)
# „Beginn der von Pfarrer Siebert … zelebrierten Messe ist um 11 Uhr“: the start of the named
# event, its clock at the end of the sentence.
_START_OF_THE = lazy_re.compile(
    rf"\bbeginn\s+(?:der|des)\b[^.!?]{{1,120}}?\bist\s+(?:um|ab|gegen)\s+{_CLOCK}", re.I
)
# "Beginn selbstständig", "Beginn nach dem Gottesdienst": the start is stated, but not as a
# clock time; a meeting time after it ("anschließend Treffpunkt 10:00 Uhr") is a later part.
_START_WORD = lazy_re.compile(r"\b\w*beginn\b|\bbeginn(?:t|en)\b", re.I)
# "Wir treffen uns um 17:30 Uhr", "Treffpunkt ist um 8 Uhr am …", "Treff: 12:30 Uhr",
# "Abfahrt 9:15 Uhr": where people meet, a few words before the clock at most.
_MEET = lazy_re.compile(
    r"(?:\btreffen\s+(?:wir\s+)?uns\b|\btreff(?:punkt)?\b|\babfahrt\b)"
    rf"(?:\s+[\w.,-]+){{0,4}}?{_AT}{_CLOCK}",
    re.I,
)
# What a clock time ends, opens or closes that no one starts at.
_NOT_A_START = lazy_re.compile(
    r"\b(?:bis|einlass|anmeld\w*|anmeldeschluss|geöffnet|öffnungszeit\w*|ende|schluss)\W*$", re.I
)
# „Regelmäßig trifft sich eine Geschichtsgruppe, in der Regel am 2. Donnerstag im Monat um 18:30
# Uhr, in der Bücherhalle …“ over the meetings' days: the group's rule gives the clock of each.
RULE_AT = lazy_re.compile(
    r"\b(?:jede[nrs]?|am|an\s+jedem)\s+(?:(?:\d\.|erste[nr]?|zweite[nr]?|dritte[nr]?|vierte[nr]?"
    r"|letzte[nr]?)(?:\s+(?:und|u\.|&)\s+(?:\d\.|erste[nr]?|zweite[nr]?|dritte[nr]?|vierte[nr]?"
    r"|letzte[nr]?))?\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    r"s?(?:\s+(?:im|des|eines)\s+Monats?)?\s*,?\s*(?:um|ab)\s+" + _CLOCK,
    re.I,
)
_MAX_LINE = 300
# „Von 9 bis 13 Uhr, …“, „9–13 Uhr im Pfarreitreff“: a line that opens with a span of hours.
_SPAN_OPENS_THE_LINE = lazy_re.compile(
    r"^\s*(?:von\s+)?(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:-|–|—|bis)\s*\d{1,2}(?:[:.]\d{2})?"
    r"\s?Uhr)\b",
    re.I,
)
_OPEN_HOURS = lazy_re.compile(r"\b(?:geöffnet|geschlossen|öffnungszeit\w*|sprechzeit\w*)\b", re.I)
# "Am <b>24.9.15</b> um <b>19:30 Uhr</b>": the day's own line goes on with its time — across
# the verb or relative pronoun of its sentence („am Montag, dem 24. August, wird um 11 Uhr …“,
# „am Freitag, dem 28. August, findet um 20 Uhr … statt“, „am Sonntag, dem 30. August, der um
# 11 Uhr beginnt“).
# The day's sentence may also go on across a dash („also am 18.01. – um 19:00 in den Räumen …“)
# or name the place first, the clock after it („findet am 20.02.2020 in den Räumen des CCCHH
# (Zeiseweg 9) ab 19 Uhr statt“): then „um“/„ab“ must say that the clock is when it starts.
# A verb and its subject may stand between, three words at most („Am Donnerstag, dem 24.10. hält
# Stefan Kaufmann ab 19 Uhr eine Einführung …“).
# An invitation may stand between („Am 13. Mai 2026 lädt das Projekt KI-Regio zur
# Podiumsdiskussion „…“ ab 14:15 Uhr ins Audimax … ein“): the clock it invites to is the start.
_AFTER_THE_DAY = lazy_re.compile(
    r"(?:\.?\s*[,–—-]?\s*(?:(?:wird|findet|beginnt|startet|der|die|das)\s+)?(?:(?:um|ab|von)\s+)?"
    rf"|\s+{PLACE_PREPOSITION}\s+[^.!?\n]{{1,80}}?\s(?:um|ab)\s+"
    r"|\s+(?:lädt|laden|lade)\s[^.!?\n]{1,160}?\s(?:um|ab)\s+"
    # „Am Donnerstag, dem 24.10. hält Stefan Kaufmann ab 19 Uhr …“, „am 4.7. haben wir ab 17:00
    # die Ehre …“: the verb and its subject, then the clock
    r"|\s+(?:[^\W\d][\w-]*\s+){1,3}?(?:um|ab)\s+)" + _CLOCK,
    re.I,
)


# „10 h“, „19 h 30“: a clock written with an „h“ for the hour.
_H_CLOCK = lazy_re.compile(r"^(?P<h>\d{1,2})\s?h(?:\s?(?P<mi>[0-5]\d))?$")


def prose_time(lines: list[str], date_text: str) -> str | None:
    """The start time the block's lines state for its day; None when they state none or
    name another day beside it (a trip's "Am 30. fahren wir um 9 Uhr zurück"). A clock written
    with an „h“ („19 h 30“) is given as „19:30 Uhr“, as the date's text continues."""
    clock = _prose_time(lines, date_text)
    if clock is None or (written := _H_CLOCK.match(clock.strip())) is None:
        return clock
    minutes = written["mi"]
    return f"{written['h']}:{minutes} Uhr" if minutes else f"{written['h']} Uhr"


def _prose_time(lines: list[str], date_text: str) -> str | None:
    day = day_and_month(date_text)
    for line in lines:
        at = line.find(date_text)
        if at >= 0:
            after = _AFTER_THE_DAY.match(line, at + len(date_text))
            if after is not None:
                return _with_its_end(line, after)
        # The same day written another way ("Samstag 17. Juni 2023" above, "am Sa. 17.6.2023
        # ab 14.00h im Depot Ost" in the prose) goes on with its time just as well.
        for match in _same_day(line, date_text, day, at):
            after = _AFTER_THE_DAY.match(line, match.end())
            if after is not None:
                return _with_its_end(line, after)
    said = lines
    # Another day bars the sentence that names it, not its paragraph: „Abfahrt 8.00 Uhr ab
    # Sundern, Rathausplatz, … . Anmeldung bis zum 16. September …“ — the deadline's sentence.
    lines = [
        sentence
        for line in lines
        if len(line) <= _MAX_LINE
        for sentence in sentences(line)
        if not _other_day(sentence, date_text, day)
    ]
    for pattern in (_START, _START_OF_THE, _MEET):
        for line in lines:
            for match in pattern.finditer(line):
                if not _NOT_A_START.search(line[: match.start("clock")]):
                    return match["clock"]
        if pattern is _START_OF_THE and any(_START_WORD.search(line) for line in lines):
            return None
    # „Ab 19:30 Uhr findet die Jahreshauptversammlung statt“, „… halten wir ab 18 Uhr wieder
    # unser Bierfest ab“: a sentence that says the event is held, and when from.
    if (held := taking_place_clock(lines)) is not None:
        return held
    # The group's rule „am 2. Donnerstag im Monat um 18:30 Uhr“ in a paragraph of any length
    # (an association's description of its regular meeting) over the days it lists.
    for line in said:
        for sentence in sentences(line):
            if (ruled := RULE_AT.search(sentence)) and not _other_day(sentence, date_text, day):
                return ruled["clock"]
    # „Von 9 bis 13 Uhr, mit vielen kreativen Ideen.“ under the day: a line that opens with its
    # span of hours says when the event runs (not opening hours: „… geöffnet“).
    for line in lines:
        span = _SPAN_OPENS_THE_LINE.match(line)
        if span is not None and not _OPEN_HOURS.search(line[span.end() :]):
            return span["clock"]
    # „Stop in to Mugar Library from 2:00-3:00 for office hours“: English prose's span of hours
    # after „from“, handed on with its „from“ (``from_hour_spans``).
    if (from_span := from_hour_span(lines)) is not None:
        return from_span
    # „Exkursion des NABU am Hammerwoog beim Hotel Blechhammer ab 19:25“: a short line that says
    # where, then from when (``where_then_when``).
    for line in lines:
        if (told := where_then_when(line)) is not None:
            return told.clock
    # „Am Samstag, 7. Juni 2025 besuchen wir … . Um 14 Uhr haben wir …“: no word of starting or
    # meeting, the hour opens the sentence after the day's.
    opening = next(
        (
            found.clock
            for line in said
            if (found := clock_opening_the_next_sentence(line, date_text)) is not None
        ),
        None,
    )
    if opening is not None:
        return opening
    # „Two-hour study session (6:01-8:04 PM) on the …“: the span a bracket of the row's prose
    # gives, when no other clock was said (``bracketed_hours``).
    return _clock_continuing_the_day(said, date_text) or hours_in_brackets(said)


# „Am 2. Oktober 2015“ / „findet um 19 h 30 eine Lesung … statt“, „Lesungen am 9. und 23.11.2013 …“
# / „jeweils um 17 h, in der Methfesselstr. 84“: the line under the day's heading goes on with the
# day's sentence, a small word or two and then its clock.
_CONTINUED_AT = lazy_re.compile(rf"^(?:[a-zäöüß]\w*\s+){{0,2}}?(?:um|ab)\s+{_CLOCK}")


def _clock_continuing_the_day(lines: list[str], date_text: str) -> str | None:
    """The clock that opens the line right under the line holding ``date_text``."""
    for above, below in pairwise(lines):
        if date_text in above and (found := _CONTINUED_AT.match(below)) is not None:
            return found["clock"]
    return None


# „9. Dez. 24, 19:30 - 22:00“: the clock after the day starts a span of hours; its end is the
# event's (the day's own line, not a sentence further down).
_SPAN_END = lazy_re.compile(r"\s*(?:-|–|—|bis)\s*\d{1,2}[:.]\d{2}(?:\s?Uhr)?(?![\d.])", re.I)


def _with_its_end(line: str, after: re.Match[str]) -> str:
    """The clock the day's line goes on with, and the end of its span when one follows."""
    end = _SPAN_END.match(line, after.end())
    return after["clock"] if end is None else line[after.start("clock") : end.end()]


def _same_day(
    line: str, date_text: str, day: tuple[int, int] | None, at: int = -1
) -> list[re.Match[str]]:
    """The dates of a line that name the block's day in other words than its date text (the
    title's „15.3.18“ as „am 15.3. ab 19 Uhr“ in the prose), not the date text itself where the
    line holds it (at ``at``)."""
    if day is None:
        return []
    own = range(at, at + len(date_text)) if at >= 0 else range(0)
    return [
        match
        for match in DATE_LIKE.finditer(line)
        if match.start() not in own
        and match.group(0) != date_text
        and day_and_month(match.group(0)) == day
    ]


def _other_day(line: str, date_text: str, day: tuple[int, int] | None) -> bool:
    return any(
        match.group(0) not in date_text and (day is None or day_and_month(match.group(0)) != day)
        for match in DATE_LIKE.finditer(line)
    )
