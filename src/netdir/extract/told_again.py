"""The hour and the venue of a listed talk that the page tells again, in full, in a block of its own.

A research centre's seminar page keeps each seminar twice: as a large „Upcoming Seminar“ block
(the title as a heading, the speaker, „February 17, 2025 at 5:00 PM (IST)<br>Venue: GJ Hall and
Online on Zoom“) and as a card of the „Past Seminars“ grid (the title, the speaker, the bare day);
its script shows each seminar in the one or the other. The grid was read as the list: each card's
bare day, no hour, no place. A reader sees the one seminar with the hour and the venue its block
states. So a listed row without an hour (or a place) takes them from a block elsewhere on the page
whose heading is the row's title and whose one date is the row's day with its hour: the hour, and
the place a „Venue:“ (or „Where:“, „Location:“) line of that block names. Only titles of three
words or more are looked for — „Upcoming Seminar“ or „Meeting“ name no one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import TIME_LIKE, iter_date_phrases
from netdir.extract.inline_text import visible_line
from netdir.extract.lead_times import add_shared_time
from netdir.extract.start_days import day_of_text
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

#: Provenance suffix of a date text whose hour the block telling the row again states.
HOUR_SOURCE = " + time:the same title and day told again in a block of the page"
#: Provenance of a place the block telling the row again names.
PLACE_SOURCE = "listing: the venue line of the block that tells the row again"
_MIN_TITLE_WORDS = 3
_LEVELS = 4  # ancestors of the heading looked at for the block's date
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_VENUE_LINE = lazy_re.compile(r"^(?:venue|where|location)\s*:\s*(?P<place>\S.{1,120})$", re.I)


def hours_and_venues_told_again(
    group: list[RawRecord],
    block_of: dict[int, list[LexborNode]],
    first: LexborNode,
    today: date,
) -> None:
    """Give each row of ``group`` without an hour or a place those of the block that tells it
    again (see the module docstring); ``first`` is a node of the list's first row."""
    wanting = [
        record
        for record in group
        if record.date_text
        and len((record.title or "").split()) >= _MIN_TITLE_WORDS
        and (not TIME_LIKE.search(record.date_text) or not record.location_text)
    ]
    if not wanting:
        return
    headings: dict[str, list[LexborNode]] = {}
    for heading in _root(first).css(_HEADINGS):
        headings.setdefault(_key(visible_line(heading)), []).append(heading)
    for record in wanting:
        own = {node.mem_id for node in block_of.get(id(record), [])}
        day = day_of_text(record.date_text, today)
        for heading in headings.get(_key(record.title or ""), []):
            if day is None or _inside(heading, own):
                continue
            told = _told_again(heading, day, today)
            if told is not None:
                _take(record, *told)
                break


def _told_again(heading: LexborNode, day: str, today: date) -> tuple[str, str | None] | None:
    """The hour („17:00“) and the venue line's place of the block around ``heading`` whose one
    date is ``day`` with its hour; None when no such block holds the heading."""
    for box in _ancestors(heading):
        lines = text_chunks([box])
        phrases = [match.group(0) for line in lines for match in iter_date_phrases(line)]
        if not phrases:
            continue
        if len(phrases) != 1:
            return None  # a list of its own, not one row told again
        start = parse_when(phrases[0], today=today).start
        if start is None or len(start) < 16 or start[:10] != day:
            return None
        venue = next(
            (match["place"] for line in lines if (match := _VENUE_LINE.match(line.strip()))),
            None,
        )
        return start[11:16], " ".join(venue.split()) if venue else None
    return None


def _take(record: RawRecord, hour: str, place: str | None) -> None:
    if record.date_text and not TIME_LIKE.search(record.date_text):
        add_shared_time([record], hour, HOUR_SOURCE)
    if place and not record.location_text:
        record.location_text = place
        record.field_sources["location_text"] = PLACE_SOURCE


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    for _ in range(_LEVELS):
        if parent is None or parent.tag in ("body", "html"):
            return
        yield parent
        parent = parent.parent


def _inside(node: LexborNode, own: set[int]) -> bool:
    """Whether ``node`` is one of ``own`` (the row's block) or inside one of them."""
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id in own:
            return True
        current = current.parent
    return False


def _root(node: LexborNode) -> LexborNode:
    while node.parent is not None:
        node = node.parent
    return node


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()
