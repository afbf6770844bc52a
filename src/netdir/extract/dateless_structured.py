"""Structured events without any day beside a visible list that dates them.

A plugin's table marks each row as a schema.org/Event in microdata (``<tr itemscope
itemtype="http://schema.org/Event">``) with only its name and place as properties; the day is in
a row across the table above („Samstag, 5.01.“), the hours in the row's first cell („18.00“).
Read alone, the structured data gives events that happen on no day (and merges the weekly
rehearsals of one name into one). When every structured event of the page lacks a day and the
page's listing reads dated rows that carry those events' names, the listing is what the page
offers: its rows are the same events, with their days.
"""

from __future__ import annotations

from netdir.records import RawRecord

_DATED_SHARE = 0.8  # of the listing's rows that must be dated
_NAMED_SHARE = 0.5  # of the structured events' names that the dated rows must carry
_MIN_ROWS = 2


def listing_dates_the_dateless(structured: list[RawRecord], listing: list[RawRecord]) -> bool:
    """Whether ``listing`` replaces ``structured``: no structured record has a day, most rows do,
    and the dated rows name at least half of the structured events."""
    if not structured or any(record.start or record.date_text for record in structured):
        return False
    dated = [row for row in listing if row.start or row.date_text]
    if len(dated) < _MIN_ROWS or len(dated) < _DATED_SHARE * len(listing):
        return False
    names = {name for record in structured if (name := _folded(record.title))}
    titles = [_folded(row.title) for row in dated]
    named = sum(1 for name in names if any(name in title for title in titles))
    return bool(names) and named >= _NAMED_SHARE * len(names)


def _folded(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()
