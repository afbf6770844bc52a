"""An event feed's item dated nowhere but in its link: the day its page's address begins with.

A static site keeps each event's day in a front-matter key of its own (a dance club's
„eventDate“), so Hugo writes the section feed's pubDate as its zero date „Mon, 01 Jan 0001“ — no
date at all (``feed_event_dates.feed_instant``) — and a summary that may not mention the day.
The site names the event's page by its day, and the item's link shows it:
„https://www.ttc-buehl.de/events/2019-04-30-tanz-in-den-mai/“ is the performance of 30 April
2019. In a feed named for its events, an item whose pubDate says nothing and whose own text
names no day is on the day that opens the last part of its address. A news feed's links are
dated by the day a post was written, and an item with a pubDate or a day in its text is dated by
those: both are left alone.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from netdir import lazy_re

# The last part of a page's path opening with an ISO day: „2019-04-30-tanz-in-den-mai“,
# „2026-05-16_spieleabend“, or the day alone.
_DAY_SLUG = lazy_re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[-_][^/]*)?$")


def link_day(link: str | None) -> str | None:
    """The ISO day the last part of ``link``'s path begins with; None when it begins with none
    or with no real day."""
    if not link:
        return None
    parts = [part for part in urlsplit(link).path.split("/") if part]
    if not parts or (match := _DAY_SLUG.match(parts[-1])) is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None
