"""Feeds whose pubDate is the event's start, not the item's publication.

Nothing is published after the feed that carries it was built. A feed with items dated days after
its ``lastBuildDate`` (or, without one, after the day it was fetched) lists events, and so does a
feed built days after it was fetched (the Toulouse tech agenda's Atom feed: <updated> is its last
event's start, each entry's <published> an event's start): the event
plugins of WordPress write each event's start as the item's pubDate (The Events Calendar: „Tue,
08 Nov 2022 18:00:00 +0000“ for a pitch its own page shows at „8. November | 18:00“; Modern
Events Calendar: „Mon, 18 Mar 2019 00:00:00 +0000“ for a Monday evening meeting). Both format the
event's local wall clock with a literal „+0000“, so in such a feed a zero offset is no UTC
instant: the clock is read as written. Midnight is a day without an hour, whatever the offset
(„Sat, 01 Aug 2026 00:00:00 +0200“ of a council feed whose summary says „Sa, 01.08.2026, 19:00
Uhr“: the written hour of that day stands). A real offset („+0200“) is kept.

A feed named for its events and not for news („Frühere Veranstaltungen on Frageraum“, „Unsere
Konzerte on Sinfonietta Charlottenburg“: a static site's section feed) whose every pubDate is a time set by
hand (whole quarter hours, no seconds: the page's front-matter date, „Sat, 02 Jul 2022 17:00:00
+0200“) dates each item by its event even when all of them are past: a publishing clock leaves
seconds („Mon, 10 Apr 2017 11:00:59 -0400“). Hugo writes „Mon, 01 Jan 0001“ for a page without a
date: no date at all.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.iso_moments import iso_moment

# A pubDate this far after the build is no publication (clocks and zones stay well inside it).
_AFTER_BUILD = timedelta(days=1)
# The feed's own name (channel title or link) says it lists events, in German or English.
_EVENT_LIST_NAME = lazy_re.compile(
    r"\b(?:events?|veranstaltungen|termine|konzerte|kalender|calendar|agenda|programm|"
    r"spielplan|auftritte|concerts|gigs|shows|meetups|sitzungen|meetings)\b",
    re.IGNORECASE,
)
# ... and not for news: „BSI – Presse und Veranstaltungen“ posts press releases at 09:15.
_NEWS_NAME = lazy_re.compile(
    r"\b(?:presse\w*|press|news|nachrichten|neuigkeiten|aktuelles|mitteilungen|blog|posts|"
    r"artikel|articles)\b",
    re.IGNORECASE,
)
_HAND_SET_MINUTES = 15  # 19:00, 19:30, 20:15: times people set; a publishing clock is not round
# Hugo's zero date „01 Jan 0001“ (which email.utils reads as 2001): a written year before 1900.
_EARLY_YEAR = lazy_re.compile(r"(?<![+\-\d])(?:0\d{3}|1[0-8]\d{2})(?![\d:])")  # not „+0200“


def announces_events(parsed: Any, fetched_at: datetime) -> bool:
    """Whether any item of the feed is dated more than a day after the feed was built — or the
    feed itself is: an agenda's Atom feed stamps its <updated> with its last event's start."""
    built = feed_instant(parsed.feed.get("updated"))
    if built is not None and _comparable(built) > _comparable(fetched_at) + _AFTER_BUILD:
        return True  # nothing is built in the future: the feed's dates are its events'
    built = built or fetched_at
    for entry in parsed.entries:
        published = feed_instant(entry.get("published"))
        if published is not None and _comparable(published) > _comparable(built) + _AFTER_BUILD:
            return True
    return False


def named_for_events(parsed: Any) -> bool:
    """Whether the feed's title or link names events („Veranstaltungen on …“, „…/events/“) and
    its title and subtitle name no news."""
    feed = parsed.feed
    name = " ".join(str(feed.get(key) or "") for key in ("title", "link"))
    about = " ".join(str(feed.get(key) or "") for key in ("title", "subtitle"))
    return _EVENT_LIST_NAME.search(name) is not None and _NEWS_NAME.search(about) is None


def dates_its_events(parsed: Any) -> bool:
    """Whether a feed named for its events sets every item's pubDate by hand (the event's day or
    hour), so that the pubDate is the event's, past or coming."""
    if not named_for_events(parsed):
        return False
    stamps = [stamp for entry in parsed.entries if (stamp := feed_instant(entry.get("published")))]
    return bool(stamps) and all(
        stamp.second == 0 and stamp.minute % _HAND_SET_MINUTES == 0 for stamp in stamps
    )


def event_start(raw: object) -> str | None:
    """An event feed's pubDate as the event's start: ISO with its offset, the wall clock as
    written for a zero offset, the day alone for midnight."""
    stamp = feed_instant(raw)
    if stamp is None:
        return None
    if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return stamp.date().isoformat()  # the hour, if any, is the one the item writes
    offset = stamp.utcoffset()
    if offset is None or offset == timedelta(0):
        return stamp.replace(tzinfo=None).isoformat(timespec="minutes")
    return stamp.isoformat(timespec="minutes")


def feed_instant(raw: object) -> datetime | None:
    """A feed's date: RFC 822 in RSS („Tue, 08 Nov 2022 18:00:00 +0000“), RFC 3339 in Atom.
    RFC 822's zone names are the mail parser's to read: its military „Z“ („Mon, 29 Jun 2020
    20:59:00 Z“, a nursing journal's feed) is UTC — written as „+00:00“ first it is a zone the
    parser does not know, and the clock would lose its offset. Hugo's zero date („Mon, 01 Jan
    0001“, a page without a date) is no date."""
    text = clean_text(raw)
    if text is None or _EARLY_YEAR.search(text):
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return iso_moment(text)


def _comparable(stamp: datetime) -> datetime:
    """Aware and naive stamps compared alike (a naive one as UTC)."""
    return stamp.replace(tzinfo=None) - (stamp.utcoffset() or timedelta(0))
