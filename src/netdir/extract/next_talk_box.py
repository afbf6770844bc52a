"""A box that tells one row of the page's list again, with its title, hour and room.

A seminar's page lists its coming talks as bare lines and then details the next one in a box::

    Upcoming Talks
      30 October 2025 – Claire Rebello (Imperial Maths School)
      27 November 2025 – Laura Johnson (UCL)
      …
    Next Talk
      Speaker: Claire Rebello, Imperial Maths School.
      Title: Transition points – From A Level to Undergraduate Level
      Date: Thursday, 30 October 2025, 13:00-14:00.
      Location: 145, Huxley Building Campus: South Kensington Campus.

The labelled box reads as the page's own event, and the list was dropped as if it were that
event's agenda. A reader sees five talks, the first of them told in full in the box. When the
box's event has an hour, exactly one dated row of a list of three or more days falls on its day
without an hour of its own, and the box names that row's speaker (the row's name words, two or
more, all in the box's text), the box is that row told again: both are read, the row giving way
to the box.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_MIN_ROWS = 3  # a list of days, not a meeting's two documents
_MIN_NAME_WORDS = 2  # „Claire Rebello“: one word could be anyone's
_LEVELS = 5  # from the title's line up to the box that holds its labels
_LINES = "p, div, li, dd, td, h2, h3, h4, h5"
_LABEL_CHARS = 40  # „Title: “, „Talk: “ before the title on its line
_BOX_CHARS = 4000  # a box of a few labelled lines and an abstract, not the whole page
_NAME_WORD = lazy_re.compile(r"[^\W\d_]{2,}")


def row_told_in_the_box(
    tree: LexborHTMLParser, event: list[RawRecord], listing: list[RawRecord], today: date
) -> RawRecord | None:
    """The row of ``listing`` that the page's labelled ``event`` tells again (see module), or
    None."""
    if len(event) != 1 or not event[0].title or not event[0].date_text:
        return None
    start = parse_when(event[0].date_text, today=today).start
    if start is None or len(start) <= len("2026-01-01"):
        return None  # the box states no hour: nothing a row would miss
    by_day = _rows_by_day(listing, today)
    row = by_day.get(start[:10]) if len(by_day) >= _MIN_ROWS else None
    if row is None or not row.title or TIME_LIKE.search(row.date_text or ""):
        return None
    box = _box_of(tree, event[0].title)
    if box is None:
        return None
    # „Claire Rebello (Imperial Maths School)“: the speaker's words, not the bracketed place
    names = {word.casefold() for word in _NAME_WORD.findall(row.title.split("(")[0])}
    said = {word.casefold() for word in _NAME_WORD.findall(box)}
    return row if len(names) >= _MIN_NAME_WORDS and names <= said else None


def _rows_by_day(listing: list[RawRecord], today: date) -> dict[str, RawRecord]:
    """Each row by its day, when every row has one and no two share it (a list of days, not a
    meeting's documents); else nothing."""
    by_day: dict[str, RawRecord] = {}
    for record in listing:
        start = parse_when(record.date_text, today=today).start if record.date_text else None
        if start is None or start[:10] in by_day:
            return {}
        by_day[start[:10]] = record
    return by_day


def _box_of(tree: LexborHTMLParser, title: str) -> str | None:
    """The text of the box around the event's title line: the nearest element above the line
    that holds more than it (the line's other labelled lines), or None."""
    body = tree.body
    if body is None:
        return None
    wanted = " ".join(title.split())
    for node in body.css(_LINES):
        line = " ".join(visible_text(node).split())
        if wanted not in line or len(line) > len(wanted) + _LABEL_CHARS:
            continue
        box: LexborNode | None = node.parent
        for _ in range(_LEVELS):
            if box is None:
                return None
            text = " ".join(visible_text(box).split())
            if len(text) > _BOX_CHARS:
                return None
            if len(text) > len(line):
                return text
            box = box.parent
        return None
    return None
