"""The day a page says it was published, and an event page's day that is only that stamp.

A news article or blog post states when it went up under its headline („<h1>18 Kindersitze im
Test …</h1> <div>23.10.2018</div>“, „Erschienen am: 26.01.2022“, „<time datetime=…>“) and
again for machines (``article:published_time``, JSON-LD ``datePublished``). Read as an event's
page, the article became an event on its publication day: of 242 German-language news pages of
htmldate's evaluation set (adbar/htmldate, tests/eval), 87 event-page records, most of them on
the publication day or at the minute it was saved („10:22“). The page's own publication day (a
day alone, no clock) or a clock off the five-minute marks is such a stamp — unless the lead
announces the day (``day_announced_in_the_lead``: an invitation says what takes place).
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.event_page_dates import ANNOUNCING
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_PUBLISHED_META = (
    'meta[property="article:published_time"], meta[name="article:published_time"], '
    'meta[name="date"], meta[name="DC.date.issued" i], meta[name="dcterms.issued" i], '
    'meta[name="publish-date"], meta[name="pubdate"], [itemprop="datePublished"]'
)
_ISO_DAY = lazy_re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_LD_PUBLISHED = lazy_re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def published_day(tree: LexborHTMLParser) -> date | None:
    """The day the page's metadata says it was published; None when it says none."""
    for node in tree.css(_PUBLISHED_META):
        value = node.attributes.get("content") or node.attributes.get("datetime") or ""
        if (match := _ISO_DAY.match(value)) is not None:
            return _day(match.group(1))
    for script in tree.css('script[type="application/ld+json"]'):
        if (match := _LD_PUBLISHED.search(script.text(deep=True) or "")) is not None:
            return _day(match.group(1))
    return None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def dated_by_its_stamp(record: RawRecord, published: date | None, today: date) -> bool:
    """Whether an event page's record is dated only by its page's publication stamp."""
    source = record.field_sources.get("date_text") or record.field_sources.get("start") or ""
    if source.endswith(ANNOUNCING):
        return False
    start = record.start or (
        parse_when(record.date_text, today=today).start if record.date_text else None
    )
    if start is None:
        return False
    if "T" in start:
        # The minute the post was saved; an event's clock on its page's publication day
        # („Datum/Zeit: 15. February 2022, 17:00 - 19:00“ on a post of that morning) stays.
        return int(start[14:16]) % 5 != 0
    return published is not None and start == published.isoformat()
