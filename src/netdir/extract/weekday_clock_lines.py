"""A post's weekend programme: under a label naming one weekday, lines that open with a clock.

A basketball department previews its weekend in a post stamped „9. Dezember 2016“ and headed
„Volles Programm zum 3. Advent!“: paragraphs „Heimspiele am Samstag:<br>11:00 Uhr U12 vs. TTV
Neustadt<br>13:00 Uhr U14m vs. Noris Baskets<br>…“, „Auswärts am Sonntag:<br>17:15 Uhr TuS 1861
Feuchtwangen vs. Herren III<br>…“. Each line is a game on that weekday at its clock; no line
names a date, so as a list the paragraphs gave nothing. The weekday is the one of the days the
post's heading names („Das Programm vom 19./20. November“), else the first such weekday on or
after the post's own day (its stamp by the heading): a preview announces the coming weekend. A
page without either names no day for its weekdays, and its lines stay unread. Each line is one
record, titled by its words after the clock; a home game's place is the hall the lead names
(``home_game_halls``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, text_chunks
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.element_siblings import element_siblings
from netdir.extract.event_page_dates import stamp_day
from netdir.extract.home_game_halls import SOURCE as HALL_SOURCE
from netdir.extract.home_game_halls import hall_of_the_lead, is_home_label
from netdir.extract.inline_text import visible_text
from netdir.extract.innermost_blocks import innermost_blocks
from netdir.extract.weekday_grid import run_of_days
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, WEEKDAY_ABBREVIATIONS
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
_MIN_LINES = 3
_LABEL_CHARS = 40
_BLOCKS = "p, div, li, td"
# „Heimspiele am Samstag:“, „Auswärts am Sonntag:“, „Samstag:“: a short label ending with one
# weekday and its colon.
_LABEL = lazy_re.compile(
    rf"^(?:[^\W\d][\w.-]*(?:\s+[\w.-]+){{0,3}}\s+(?:am\s+)?)?(?P<day>{GERMAN_WEEKDAY_ALT})\s*:$",
    re.IGNORECASE,
)
# „11:00 Uhr U12 vs. TTV Neustadt“: a clock, then what happens then.
_CLOCK_LINE = lazy_re.compile(
    r"^(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d)\s*(?:uhr\b|h\b)?\s*[-–:]?\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
_SIBLINGS_BACK = 12  # the post's heading and stamp stand a few paragraphs above the lines
_RUN_DAYS = 7
DATE_SOURCE = "listing:clock line under a weekday label (the post's days)"
TITLE_SOURCE = "listing:clock line under a weekday label (its words after the clock)"


def weekday_clock_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per clock line under a weekday label, dated by the post's heading or stamp;
    [] when the page has fewer such lines, or names no day for their weekdays."""
    blocks = [
        (node, label, lines)
        for node in innermost_blocks(tree, _BLOCKS)
        if (found := _labelled_lines(node)) is not None
        for label, lines in [found]
    ]
    if sum(len(lines) for _, _, lines in blocks) < _MIN_LINES:
        return []
    today = context.fetched_at.date()
    posted = _post_day(blocks[0][0], today)
    run = run_of_days(tree, posted or today) or []
    records: list[RawRecord] = []
    hall = hall_of_the_lead(blocks[0][0])
    for _node, (label, weekday), lines in blocks:
        day = _day_of(weekday, run, posted)
        if day is None:
            continue
        for clock, name in lines:
            record = context.new_record(EXTRACTOR, name, confidence=CONFIDENCE)
            record.field_sources["title"] = TITLE_SOURCE
            when = f"{day.day:02d}.{day.month:02d}.{day.year}, {clock.replace('.', ':')} Uhr"
            set_field(record, "date_text", when, DATE_SOURCE)
            if hall is not None and is_home_label(label):
                # „Heimspiele am Samstag:“ under „… Programm in der Röthelheimhalle …“
                set_field(record, "location_text", hall, HALL_SOURCE)
            records.append(record)
    return records if len(records) >= _MIN_LINES else []


def _labelled_lines(
    node: LexborNode,
) -> tuple[tuple[str, int], list[tuple[str, str]]] | None:
    """((label, weekday), [(clock, name)]) of a block whose first line is a weekday label and
    whose every other line opens with a clock; None for any other block."""
    chunks = [clean_text(chunk) or "" for chunk in text_chunks([node])]
    chunks = [chunk for chunk in chunks if chunk]
    if len(chunks) < 2 or len(chunks[0]) > _LABEL_CHARS:
        return None
    label = _LABEL.match(chunks[0])
    if label is None:
        return None
    lines: list[tuple[str, str]] = []
    for chunk in chunks[1:]:
        match = _CLOCK_LINE.match(chunk)
        if match is None or not any(char.isalpha() for char in match["name"]):
            return None
        lines.append((match["clock"], match["name"].strip()))
    return (chunks[0], WEEKDAY_ABBREVIATIONS[label["day"].casefold()]), lines


def _post_day(node: LexborNode, today: date) -> date | None:
    """The day a post's stamp gives right over or under its heading, the heading being among
    the elements before the block (or before its container); None when there is none."""
    current: LexborNode | None = node
    for _ in range(3):
        if current is None:
            return None
        for sibling in element_siblings(current, "prev", _SIBLINGS_BACK):
            if sibling.tag not in HEADING_TAGS:
                continue
            for step in ("prev", "next"):
                for stamp in element_siblings(sibling, step, 1):
                    found = stamp_day(clean_text(visible_text(stamp)) or "", today)
                    if found is not None:
                        return date.fromisoformat(found)
            return None
        current = current.parent
    return None


def _day_of(weekday: int, run: list[date], posted: date | None) -> date | None:
    """The run's day on that weekday, else the first such weekday from the post's day on."""
    for day in run:
        if day.weekday() == weekday:
            return day
    if posted is None:
        return None
    return posted + timedelta(days=(weekday - posted.weekday()) % _RUN_DAYS)
