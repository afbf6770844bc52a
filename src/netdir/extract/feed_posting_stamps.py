"""PubDates that are posting times in a feed that dates its events by hand.

A hand-kept events feed sets each pubDate as its author sees fit: the evening of a past
tournament („Thu, 25 Jun 2020 21:00:00 +0100“ beside „To be held on Thursday the 25th of June 2020
at 20:00 UTC“), or the moment a batch of items went up („Sat, 27 Jun 2020 14:30:00 +0100“ for the
tournaments of 2 and 4 July, which their texts name, and for three entries that name no day). A
stamp that an item's own text contradicts — the text names another day — is a posting time, and
an item carrying that same stamp was posted then: it is not dated by it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from netdir.extract.context import plain_text
from netdir.extract.feed_event_dates import feed_instant
from netdir.extract.start_days import day_of_text


def posting_stamps(parsed: Any, today: date) -> set[datetime]:
    """The pubDates of the feed that an item's own text shows to be posting times."""
    posted: set[datetime] = set()
    for entry in parsed.entries:
        stamp = feed_instant(entry.get("published"))
        if stamp is None or stamp in posted:
            continue
        text = " ".join(
            part
            for part in (plain_text(entry.get("title")), plain_text(entry.get("summary")))
            if part
        )
        named = day_of_text(text, today)
        if named is not None and named != stamp.date().isoformat():
            posted.add(stamp)
    return posted
