"""A month grid's day number, read as a row: not an event.

A calendar's month view links each day cell's number to that day's own view
(„<div class="tribe-events-daynum"><a href="/events/2023-05-03/">3</a></div>“). Beside the
page's structured events the listing detector may take such a number for a row of its own:
it has no name (the title is the heading before it — the previous cell's event) and its only
link is the day's view, whose address ends in the day itself. The row names that day, not an
event on it; the events of the day are the cell's other rows (or the structured data).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from netdir import lazy_re
from netdir.records import RawRecord

# The last segment of a day view's path: the ISO day alone ("/events/2023-05-03/").
_DAY_SEGMENT = lazy_re.compile(r"(20\d\d-\d\d-\d\d)")

_HEADING_TITLE = "heading-before"


def is_day_view_cell(row: RawRecord, day: str | None) -> bool:
    """The row is titled only by the heading before it and links only to the view of its own
    ``day`` (ISO): a day cell's number, not an event. A row with a name of its own, or whose
    link leads to an event's page (an occurrence's "/event/walk/2023-05-03/" keeps its slug
    before the day, but the row then has its own title), stays."""
    if day is None or not row.url:
        return False
    if not (row.field_sources.get("title") or "").endswith(_HEADING_TITLE):
        return False
    segments = [part for part in urlsplit(row.url).path.split("/") if part]
    if not segments:
        return False
    found = _DAY_SEGMENT.fullmatch(segments[-1])
    return found is not None and found.group(1) == day[:10]
