"""An event's own page that gives only its days, each over a line of its hours.

A street festival's programme page names the festival in its h1 and then, in one block, each of
its days over that day's hours, with a bracketed remark::

    <h1>Corso Leopold September 2026</h1> … <p><strong>Sa 12. September</strong><br/>
    Sa 16:00 bis Sa 23:00 Uhr<br/>(Musik Ende 23:00 Uhr) <br/><br/>
    <strong>So 13. September</strong><br/>11.00 Uhr bis 21:00 Uhr<br/>(Musik Ende 20:00 Uhr)</p>

Each day names its month and has hours of its own: they are the festival's days, one item each,
named by the h1 (as a market's or a fair's opening days are). Read as a listing block, the block
was one row — the first day, named by its remark „(Musik Ende 23:00 Uhr)“ — and the second day
was lost. Only a block that holds nothing but such pairs (and remarks in brackets) is read, and
only one on the page: a page of several such blocks lists several things.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.innermost_blocks import h1_above, innermost_blocks
from netdir.normalize.when_grammar import MONTH_ALT
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
_BLOCKS = "p, div, li, td"
_MIN_DAYS = 2
_MAX_TEXT = 400  # a block of a few short lines, not a text that mentions days and hours
_WEEKDAY = (
    r"(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|sonnabend)\.?,?"
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
# The cheap test before any walk: two clocks joined by „bis“ or a dash, a weekday allowed before
# the second („16:00 bis Sa 23:00 Uhr“).
_HOURS_IN_TEXT = lazy_re.compile(
    rf"\d[:.]\d\d(?:\s*uhr)?\s*(?:bis|-|–)\s*(?:{_WEEKDAY}\s+)?\d{{1,2}}[:.]\d\d", re.I
)
# „Sa 12. September“, „Samstag, 12. September 2026“, „Sa 12.09.“: a line that is only a day.
_DAY_LINE = lazy_re.compile(
    rf"^(?:{_WEEKDAY}\s*)?\d{{1,2}}\.\s*(?:(?:{MONTH_ALT})\.?|\d{{1,2}}\.)(?:\s*(?P<year>\d{{4}}))?$",
    re.I,
)
# „Sa 16:00 bis Sa 23:00 Uhr“, „11.00 Uhr bis 21:00 Uhr“, „10-18 Uhr“: a line that is only the
# day's hours (the weekday beside a clock repeats the day's).
_HOURS_LINE = lazy_re.compile(
    rf"^(?:{_WEEKDAY}\s*)?(?P<start>{_CLOCK})\s*(?:uhr\s*)?(?:bis|-|–|—)\s*"
    rf"(?:{_WEEKDAY}\s*)?(?P<end>{_CLOCK})\s*(?:uhr)?\.?$",
    re.I,
)
# „(Musik Ende 23:00 Uhr)“, „(Einlass ab 15 Uhr)“: a remark on the day's hours.
_REMARK = lazy_re.compile(r"^\([^()]{1,80}\)$")
_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d\b")
DATE_SOURCE = "listing:a day over its hours (the event's page)"
TITLE_SOURCE = "listing:a day over its hours (the page's h1 above it)"


def day_hours_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per day of the page's one block of day-over-hours pairs, titled by the h1
    above it; [] when the page has no such block, or several."""
    body = tree.body
    if body is None or tree.css_first("h1") is None:
        return []
    if _HOURS_IN_TEXT.search(body.text(separator=" ")) is None:
        return []
    found = [
        (node, days)
        for node in innermost_blocks(tree, _BLOCKS)
        if (days := _pairs(node)) is not None
    ]
    if len(found) != 1:
        return []
    node, days = found[0]
    title = h1_above(tree, node, _BLOCKS)
    if title is None:
        return []
    years = set(_YEAR.findall(title))
    records: list[RawRecord] = []
    for day, start, end, has_year in days:
        record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
        record.field_sources["title"] = TITLE_SOURCE
        when = day if has_year or len(years) != 1 else f"{day} {next(iter(years))}"
        when += f", {start.replace('.', ':')} bis {end.replace('.', ':')} Uhr"
        set_field(record, "date_text", when, DATE_SOURCE)
        records.append(record)
    return records


def _pairs(node: LexborNode) -> list[tuple[str, str, str, bool]] | None:
    """(day line, start, end, whether the day names its year) of each day of a block that holds
    only day lines, each followed by its hours line, and bracketed remarks; None otherwise."""
    text = node.text(separator="\n")
    if len(text) > _MAX_TEXT or not _HOURS_IN_TEXT.search(text):
        return None
    lines = [line for raw in text.split("\n") if (line := clean_text(raw) or "")]
    days: list[tuple[str, str, str, bool]] = []
    at = 0
    while at < len(lines):
        day = _DAY_LINE.match(lines[at])
        hours = _HOURS_LINE.match(lines[at + 1]) if at + 1 < len(lines) else None
        if day is None or hours is None:
            return None
        days.append((lines[at], hours["start"], hours["end"], day["year"] is not None))
        at += 2
        while at < len(lines) and _REMARK.match(lines[at]):
            at += 1
    return days if len(days) >= _MIN_DAYS else None
