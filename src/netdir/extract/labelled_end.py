"""A page's one structured event without an end takes the end of the range its page labels.

The Events Calendar writes no end into its JSON-LD when none was entered (or the start again,
which :mod:`netdir.extract.schema_org` drops), while the event's text says when it ends: „When:
Saturday, March 23 from 9am to 6pm“ under the page's 9:00 start. A labelled range counts only
when it starts at the structured start's day and clock: it is then that event's range.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.context import set_field
from netdir.extract.event_page_labels import facts_by_label, page_lines
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_OFFSET = lazy_re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
_WALL = len("2024-03-23T09:00")


def end_from_labelled_range(record: RawRecord, tree: LexborHTMLParser, today: date) -> None:
    """Set ``record.end`` from the page's labelled date („When:“, „Datum:“) when that label
    states a range beginning at the record's start; the end keeps the start's offset."""
    if record.start is None or "T" not in record.start or record.end is not None:
        return
    lines = page_lines(tree)
    if lines is None:
        return
    labelled = facts_by_label(lines).get("date")
    if labelled is None:
        return
    when = parse_when(labelled.value, today=today)
    if when.start is None or when.end is None or "T" not in when.end:
        return
    if when.start[:_WALL] != record.start[:_WALL] or when.end[:_WALL] <= when.start[:_WALL]:
        return
    offset = _OFFSET.search(record.start)
    end = when.end[:_WALL] + (offset.group(0) if offset is not None else "")
    set_field(record, "end", end, f"event_page:{labelled.where}")
