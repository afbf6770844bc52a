"""PubDates that are posting times in a feed that dates its events by hand
(``feed_posting_stamps``)."""

from __future__ import annotations

from datetime import date

import feedparser

from netdir.extract.feed_posting_stamps import posting_stamps

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Tournament Events</title>
<item><title>Garden of Chaos 6</title>
<description>To be held on Thursday the 2nd of July 2020 at 20:00 UTC</description>
<pubDate>Sat, 27 Jun 2020 14:30:00 +0100</pubDate></item>
<item><title>Rank Up Night</title><description>At around 02:00 UTC</description>
<pubDate>Sat, 27 Jun 2020 14:30:00 +0100</pubDate></item>
<item><title>Garden of Chaos B</title>
<description>To be held on Thursday the 25th of June 2020 at 20:00 UTC</description>
<pubDate>Thu, 25 Jun 2020 21:00:00 +0100</pubDate></item>
</channel></rss>"""


def test_a_stamp_an_items_own_day_contradicts_is_a_posting_time() -> None:
    posted = posting_stamps(feedparser.parse(FEED), date(2020, 6, 27))
    assert [stamp.isoformat() for stamp in posted] == ["2020-06-27T14:30:00+01:00"]


def test_a_stamp_on_the_day_the_text_names_is_the_events() -> None:
    only_past = (
        FEED.split("<item><title>Garden of Chaos 6")[0]
        + FEED.split("</item>")[-2]
        + ("</item></channel></rss>")
    )
    assert posting_stamps(feedparser.parse(only_past), date(2020, 6, 27)) == set()
