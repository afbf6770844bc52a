"""An aggregator's feed that dates its events on labelled lines: an item without one is news.

The Spearfish Bulletin passes the city's calendar on in one RSS with the city's news and alerts:
every item opens its description with the posting stamp („Date: Tue, 10 Mar 2026 11:48:00
-0600“), and the calendar's entries go on with „Event date: April 4, 2026“ and „Event Time:“
(``feed_labelled_dates``). The news items („Snow Removal Subscription Service“, „Pavement
Condition Data Collection Begins March 30, 2026“) and alerts („City of Spearfish - Weather &
Roads“) have the stamp and no event line: they are posts, not offerings — read as events they
took the day their title or text mentions, or none.

So when most of a feed's items state their event's day on such a line, an item that has the
same posting stamp but no event line is left out. A feed with few or no event lines is read as
before.
"""

from __future__ import annotations

from netdir.records import RawRecord

#: The provenance ``feeds`` gives a date read from „Event date:“ / „Event Time:“ lines.
EVENT_LINE_SOURCE = "feed:item.summary Event date:/Event Time:"
#: The provenance ``feeds`` gives a posting stamp read from a „Date:“ line.
POSTING_LINE_SOURCE = "feed:item.summary Date: (posted)"
_MOST = 2 / 3  # share of a feed's items that must state an event line
_FEW = 3  # fewer items than this say nothing of how the feed dates its events


def without_news_items(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` without the items that carry a posting stamp but no event line, when most
    items of the feed state their event's day on a labelled line (see the module docstring)."""
    evented = sum(r.field_sources.get("date_text") == EVENT_LINE_SOURCE for r in records)
    if evented < _FEW or evented < _MOST * len(records):
        return records
    return [
        record
        for record in records
        if record.field_sources.get("date_text") == EVENT_LINE_SOURCE
        or record.field_sources.get("published") != POSTING_LINE_SOURCE
    ]
