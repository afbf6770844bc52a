"""A row that opens with only its clock continues the day of the row before it.

„<li>Der <strong>Eröffnungsgottesdienst</strong> … wird am Sonntag, dem 23. August, um 10 Uhr …
übertragen.</li><li>Um 12 Uhr findet im Waldfrieden ein <strong>Konfirmationsgottesdienst</strong>
… statt</li>“: the second row names no day; opening with „Um 12 Uhr“ it goes on with the day the
row above stated — the one day that row names, at the row's own clock.

A post's paragraph that opens with a weekday alone goes on from the weekday and day a paragraph
shortly above names: „Am <strong>Freitag, dem 5. Mai</strong> starten wir in ein Wochenende …“,
a paragraph between, then „Am Samstag geht es damit weiter, und parallel ist <strong>ab 14
Uhr</strong> wieder ein Wikipedia-Einführungskurs“ — the Saturday after that Friday, 6 May, at
the paragraph's one clock. Only when the day above states its weekday (so the days between are
counted, whatever the year) and the paragraph names no date of its own."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.bold_in_sentence import TITLE_SOURCE, bold_name_in_sentence
from netdir.extract.calendar_days import day_and_month
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.sentence_places import place_in_sentence

# „Um 12 Uhr …“, „Ab 14:30 Uhr …“, „Anschließend um 15 Uhr …“ at the start of the row.
_OPENING_CLOCK = lazy_re.compile(
    r"^(?:(?:anschließend|danach|dann|später)\s+)?(?:um|ab|gegen)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr)\b",
    re.I,
)


def day_of_the_row_before(row: LexborNode) -> str | None:
    """„23. August, 12 Uhr“ for a row opening with „Um 12 Uhr“ and no day of its own, under a
    sibling row of the same tag that names exactly one day; „6. Mai, 14 Uhr“ for a paragraph
    opening with „Am Samstag“ after one naming „Freitag, dem 5. Mai“; else None."""
    text = visible_text(row).strip()
    opening = _OPENING_CLOCK.match(text)
    if opening is None:
        return _weekday_after_the_day_above(row, text)
    if DATE_LIKE.search(text):
        return None
    before = row.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    if before is None or before.tag != row.tag:
        return None
    days = {match.group(0) for match in DATE_LIKE.finditer(visible_text(before))}
    if len(days) != 1 or not names_a_day(day := days.pop()):
        return None
    return f"{day.rstrip(',. ')}, {opening['clock']}"


def date_from_the_row_before(segment: list[LexborNode], reading: BlockReading) -> None:
    """Date a one-element row that opens with its clock by the day of the row before; a row
    that is one sentence is then named by its bold words, as a dated sentence is, and placed
    where it says („findet im Waldfrieden … statt“)."""
    if len(segment) != 1 or (date_text := day_of_the_row_before(segment[0])) is None:
        return
    reading.date_text = date_text
    reading.sources["date_text"] = "listing:day of the row before + own clock"
    if reading.sources.get("title") == "listing:text" and (named := bold_name_in_sentence(segment)):
        reading.title = named
        reading.sources["title"] = TITLE_SOURCE
        if reading.location_text is None and (place := place_in_sentence(visible_text(segment[0]))):
            reading.location_text = place
            reading.sources["location_text"] = "listing:place the row's sentence states"


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_WEEKDAY = "|".join(_WEEKDAYS)
# „Am Samstag geht es damit weiter …“: a weekday alone opening the paragraph.
_OPENING_WEEKDAY = lazy_re.compile(rf"^(?:und\s+)?am\s+(?P<weekday>{_WEEKDAY})\b(?!,?\s*\d)", re.I)
# „Freitag, dem “ right before the day the paragraph above names.
_WEEKDAY_BEFORE = lazy_re.compile(rf"\b(?P<weekday>{_WEEKDAY}),?\s+(?:de[nm]\s+)?$", re.I)
_CLOCK = lazy_re.compile(
    r"\b(?:um|ab|gegen)\s+(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr)\b", re.I
)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ROWS_BACK = 3  # paragraphs between the day and its weekday's sequel


def _weekday_after_the_day_above(row: LexborNode, text: str) -> str | None:
    opening = _OPENING_WEEKDAY.match(text)
    if opening is None or row.tag != "p" or DATE_LIKE.search(text):
        return None
    clocks = {match["clock"] for match in _CLOCK.finditer(text)}
    if len(clocks) > 1:
        return None
    above = _day_above(row)
    if above is None:
        return None
    weekday, day, month = above
    ahead = (_WEEKDAYS.index(opening["weekday"].lower()) - _WEEKDAYS.index(weekday)) % 7 or 7
    if month == 2 and day + ahead > 28:
        return None  # a leap year's 29 February or not: the year is not known here
    day += ahead
    if day > _MONTH_DAYS[month - 1]:
        day, month = day - _MONTH_DAYS[month - 1], month % 12 + 1
    when = f"{day}.{month}."
    return f"{when}, {clocks.pop()}" if clocks else when


def _day_above(row: LexborNode) -> tuple[str, int, int] | None:
    """(weekday, day, month) the nearest paragraph above that names a day names, with its
    weekday; None when it names several or no weekday."""
    before = row.prev
    seen = 0
    while before is not None and seen < _ROWS_BACK:
        if before.is_element_node:
            if before.tag != row.tag:
                return None
            seen += 1
            text = visible_text(before)
            days = list(DATE_LIKE.finditer(text))
            if days:
                if len({match.group(0) for match in days}) != 1:
                    return None
                weekday = _WEEKDAY_BEFORE.search(text[: days[0].start()])
                found = day_and_month(days[0].group(0))
                if weekday is None or found is None:
                    return None
                return weekday["weekday"].lower(), found[0], found[1]
        before = before.prev
    return None
