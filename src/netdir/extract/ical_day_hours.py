"""An all-day calendar entry whose description opens with the day's hours, or names its place.

A town's events calendar enters a late-night shopping evening as an all-day entry on one day
and writes when and where in the first line of its description: „Do 17–22 Uhr, Dr.-Walter-
Lübcke-Platz / Egenberger Parkplatz“. The entry's day stays the calendar's; the hours are the
day's clock (the record's date text, which the normalizer gives a day-only start), and what
follows the hours after a comma or dash is the place when the entry names none. Only a
one-day entry, only a first line that is hours (a weekday may open it) and at most a place.

A multi-day all-day entry may give the hours of each of its days in a sentence of its
description: „Open 09:00–17:00 both days.“ (a fair on 28 and 29 October): the run opens at the
first day's clock and closes at the last day's.

An all-day entry without a place may name it on a line of its description of its own: an
address („Burg Hayn, Fahrgasse 52“), or a street or square and a town the gazetteer knows
(„Wassergasse, Langen“; „Hooschebaa-Fest, Lindenplatz Sprendlingen“, the part after the name).
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.context import clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import is_address
from netdir.normalize.place import known_town
from netdir.normalize.when_grammar import WD_ALT
from netdir.records import RawRecord

WHERE = "ical:DESCRIPTION first line (hours)"
PLACE_LINE = "ical:DESCRIPTION place line"
CLOCK_RANGE_LINE = "ical:DESCRIPTION line (clock range)"
_PLACE_LINES = 3  # the lines of a description read for a place (or a clock range)
_MAX_PLACE = 80
# „Wassergasse“, „Lindenplatz“, „Dr.-Walter-Lübcke-Platz“: a street's or a square's name.
_STREET = lazy_re.compile(
    r"\w(?:gasse|straße|strasse|str\.|weg|platz|allee|ring|damm|ufer|markt)\b", re.IGNORECASE
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
_HOURS_LINE = lazy_re.compile(
    rf"^(?:(?:{WD_ALT})\.?,?\s+)?"
    rf"(?P<hours>(?:{_CLOCK}\s*(?:[-–]|bis)\s*{_CLOCK}|(?:ab|um)\s+{_CLOCK})\s*Uhr)"
    r"(?:\s*[,;–-]\s*(?P<place>[^,;]\S.{1,78}))?\s*$",
    re.IGNORECASE,
)

# „08:00–18:00. Danish-language event.“, „14:00–16:30 (arrival from 13:30).“, „09:00–18:00 CEST.“:
# a line that opens with two clocks written with their minutes, then ends or goes on as a remark.
_CLOCK_RANGE_LINE = lazy_re.compile(
    r"^(?P<start>(?:[01]?\d|2[0-3]):[0-5]\d)\s*[-–]\s*(?P<end>(?:[01]?\d|2[0-4]):[0-5]\d)"
    r"(?:\s*(?:Uhr|h|[A-Z]{2,4}))?\s*(?:[.,;(]|$)"
)


EACH_DAY_LINE = "ical:DESCRIPTION sentence (each day's hours)"
# „Open 09:00–17:00 both days.“: a clock range written with its minutes and, in the same
# sentence, words saying it holds on every day of the run.
_CLOCK_RANGE = lazy_re.compile(
    r"(?<![\d:.])(?P<start>(?:[01]?\d|2[0-3]):[0-5]\d)\s*[-–]\s*(?P<end>(?:[01]?\d|2[0-4]):[0-5]\d)"
    r"(?![\d:])"
)
_EACH_DAY = lazy_re.compile(
    r"\b(?:(?:both|all|each|every)\s+days?|daily|täglich|an\s+(?:beiden|allen)\s+tagen|jeweils)\b",
    re.IGNORECASE,
)
# A stop after a word or a clock („… 09:00–17:00. Talks …“), not after a day's number.
_SENTENCE_STOP = lazy_re.compile(r"(?:(?<=[^\W\d])|(?<=\d:\d\d))[.!?](?:\s|$)")


def hours_in_the_description(record: RawRecord, description: object) -> None:
    """Give a one-day all-day ``record`` the hours (and place) of its description's first line,
    or the clock range a later line of it opens with; a multi-day one the hours a sentence of
    its description gives each of its days."""
    if not record.all_day or not record.start:
        return
    lines = str(description or "").split("\n")
    if (record.end or record.start) != record.start:
        _each_days_hours(record, lines)
        return
    day = date.fromisoformat(record.start[:10])
    match = _HOURS_LINE.match(clean_text(lines[0]) or "")
    if match is None:
        _clock_range_line(record, day, lines[1:_PLACE_LINES])
        return
    set_field(record, "date_text", f"{day:%d.%m.%Y}, {match['hours']}", WHERE)
    place = (match["place"] or "").strip()
    if place and record.location_text is None and not DATE_LIKE.search(place):
        set_field(record, "location_text", place, WHERE)


def _clock_range_line(record: RawRecord, day: date, lines: list[str]) -> None:
    """The hours of a line that opens with a 24-hour clock range after the entry's account of
    itself („…networking for the e-commerce industry.\n08:00–18:00. Danish-language event.“)."""
    for raw in lines:
        if (match := _CLOCK_RANGE_LINE.match(clean_text(raw) or "")) is not None:
            hours = f"{match['start']}–{match['end']}"
            set_field(record, "date_text", f"{day:%d.%m.%Y}, {hours}", CLOCK_RANGE_LINE)
            return


def place_in_a_line(record: RawRecord, description: object) -> None:
    """Give an all-day ``record`` without a place the one a line of its description names."""
    if not record.all_day or record.location_text is not None:
        return
    for raw in str(description or "").split("\n")[:_PLACE_LINES]:
        line = clean_text(raw) or ""
        if len(line) > _MAX_PLACE or DATE_LIKE.search(line) or TIME_LIKE.search(line):
            continue
        place = line if is_address(line) else _street_and_town(line)
        if place is not None:
            set_field(record, "location_text", place, PLACE_LINE)
            return


def _street_and_town(line: str) -> str | None:
    """„Wassergasse, Langen“ whole; „Lindenplatz Sprendlingen“ out of „Hooschebaa-Fest,
    Lindenplatz Sprendlingen“; None when no part names a street and a known town."""
    parts = [part.strip() for part in line.split(",")]
    for index, part in enumerate(parts):
        if not _STREET.search(part):
            continue
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if after and known_town(after) is not None:
            return f"{part}, {after}"
        words = part.split()
        if len(words) > 1 and known_town(words[-1]) is not None:
            return part
    return None


def _each_days_hours(record: RawRecord, lines: list[str]) -> None:
    """The run's hours from a sentence that gives them for each of its days („Open 09:00–17:00
    both days.“): from the first day's opening to the last day's closing."""
    if record.start is None or record.end is None:
        return
    first, last = date.fromisoformat(record.start[:10]), date.fromisoformat(record.end[:10])
    for raw in lines:
        for sentence in _SENTENCE_STOP.split(clean_text(raw) or ""):
            clock = _CLOCK_RANGE.search(sentence)
            if clock is not None and _EACH_DAY.search(sentence):
                hours = f"{clock['start']}–{clock['end']}"
                text = f"{first:%d.%m.%Y} – {last:%d.%m.%Y}, {hours}"
                set_field(record, "date_text", text, EACH_DAY_LINE)
                return
