"""A blog page of whole posts whose only common date is each post's publication stamp.

A makerspace's tag page („Open Data“, a Hugo port of WordPress's Twenty Sixteen) shows ten whole
posts, one ``<article>`` each: the h2 title linking the post, the post — prose that announces one
or more events („… findet im temporärhaus am **Samstag, dem 16.11.2024** von **09:30 bis 10:30
Uhr** … statt“, „Am **Donnerstag, dem 24.10.** … **ab 19 Uhr**“), a programme of clock lines —
and a footer with the author and the day the post went up („<span class="posted-on"><a><time
class="entry-date published" datetime="2024-11-14">Donnerstag, 14. November 2024</time>“). The
listing detector sees ten alike stamps and reads them as the page's list: every post an event on
the day it was written. A reader reads each post as its own announcement, and a yearless day in
it („am 22. Oktober“) in the year the post was written.

So each article is read as a page of its own (``read``: the caller's reading of a page without
structured data), as on the day it went up: its yearless days count from the stamp (the post of
Monday 21 October 2024's „Donnerstag, dem 24.10.“), the stamp itself is taken out, a month
without a day („Im Juni 2019 konnte dann der erste Sensor installiert werden“) or a rhythm
(„Jeden Montag“) is no event, and a post that announces no day (a report, „Zwischenstand zum
OpenBikeSensor“) gives none. Records of one post that all fall on one day, the day told again
(„Am 22. Oktober ist #ddjbw bei uns zu Gast“ … „Los geht’s am 22. Oktober um 17 Uhr“), are its
one event, named by the post's title. Only pages of at least three top-level articles, each
opening with a heading that links its post and holding one stamp.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.element_ancestors import enclosing
from netdir.normalize.when import parse_when
from netdir.normalize.when_value import When
from netdir.records import RawRecord

#: Reads one page (its tree) as the page reader does when it has no structured data.
PageReader = Callable[[LexborHTMLParser, PageContext], list[RawRecord]]

STAMP_SOURCE = "listing:article post's publication stamp"
TITLE_SOURCE = "listing:article post's title, its one day's event"
PLACE_SOURCE = "listing:article post's place, told on its one day"

_MIN_POSTS = 3
_TITLE_HEADINGS = ("h1", "h2", "h3")
# The stamp's own class („entry-date published“) or its line's („posted-on“, „byline“,
# „post-meta“): when the post went up. Not „entry-meta“ or „event-date“: event archives show the
# event's day there.
_STAMP_CLASS = lazy_re.compile(
    r"^(?:published|date-published|posted[-_]?on|byline|(?:blog[-_]?)?post[-_]?meta)$", re.I
)
_NO_DAY = ("month", "season", "year")
# A record dated by the day of the row before it is another event of that day („Um 19 Uhr
# beginnt dann … nanuuu“ after „Am Freitag, dem 5. Mai … ab 14 Uhr das Ubuntu-Ulm-Treffen“).
_THE_ROW_BEFORE = "day of the row before"
_ISO_DAY = lazy_re.compile(r"^\s*((?:19|20)\d{2}-[01]\d-[0-3]\d)")


def stamped_post_records(
    tree: LexborHTMLParser, context: PageContext, read: PageReader
) -> list[RawRecord] | None:
    """Each post's own records (see the module docstring); None when the page is not a page of
    stamped whole posts."""
    posts = _stamped_posts(tree)
    if posts is None:
        return None
    records: list[RawRecord] = []
    for article, title, day in posts:
        records.extend(post_records(article, title, day, context, read))
    return records


def _stamped_posts(tree: LexborHTMLParser) -> list[tuple[LexborNode, str, str]] | None:
    """(article, title, stamp day) of each top-level article; None unless every one opens with a
    linking title heading and holds one publication stamp."""
    articles = [node for node in tree.css("article") if enclosing(node, ("article",)) is None]
    if len(articles) < _MIN_POSTS:
        return None
    posts = []
    for article in articles:
        heading = _title_heading(article)
        stamps = [time for time in article.css("time[datetime]") if _a_stamp(time, article)]
        if heading is None or len(stamps) != 1:
            return None
        title = clean_text(heading.text(separator=" "))
        day = _ISO_DAY.match(str(stamps[0].attributes.get("datetime") or ""))
        if not title or day is None:
            return None
        posts.append((article, title, day.group(1)))
    return posts


def _title_heading(article: LexborNode) -> LexborNode | None:
    """The heading the article opens with (inside its header, if it has one), when it links the
    post."""
    heading = article.css_first(",".join(_TITLE_HEADINGS))
    if heading is None or heading.css_first("a[href]") is None:
        return None
    before = article.text(separator=" ").split(heading.text(separator=" "), 1)[0]
    return heading if not before.strip() else None


def _a_stamp(time: LexborNode, article: LexborNode) -> bool:
    """Whether the ``<time>`` or an element around it inside the article is marked as the post's
    publication stamp."""
    node: LexborNode | None = time
    while node is not None and node.mem_id != article.mem_id:
        classes = str(node.attributes.get("class") or "").split()
        if any(_STAMP_CLASS.match(name) for name in classes):
            return True
        node = node.parent
    return False


def post_records(
    article: LexborNode,
    title: str,
    day: str,
    context: PageContext,
    read: PageReader,
    drop: tuple[str, ...] = (),
) -> list[RawRecord]:
    """The records of the post read as a page of its own, titled by the post; those with a day,
    each counting a yearless day from the day the post went up. ``drop``: the markup of a stamp
    that is no ``<time>`` („<p>20.07.2021</p>“ under the title, ``day_stamped_posts``)."""
    body = article.html or ""
    for stamp in drop:
        body = body.replace(stamp, "") if stamp else body
    for time in article.css("time[datetime]"):
        if _a_stamp(time, article) and time.html:
            body = body.replace(time.html, "")  # when it went up: no day of what it tells of
    page = (
        f"<html><head><title>{html.escape(title)}</title></head>"
        f"<body><main>{body}</main></body></html>"
    )
    # Read as on the day it went up: „Dienstag, dem 4.7.“ in a post of 31 May 2017 is 4 July 2017.
    written = context.fetched_at.replace(year=int(day[:4]), month=int(day[5:7]), day=int(day[8:10]))
    as_written = replace(context, fetched_at=written)
    records = []
    for record in read(LexborHTMLParser(page), as_written):
        when = _when(record, written.date())
        # „Im Juni 2019 konnte dann der erste Sensor installiert werden“: a month without a day
        # is when something happened, no day the post announces; nor is a rhythm („Jeden
        # Montag: Offene Daten beim Open Knowledge Lab“), as on a „Datum:“ post (article_posts).
        if when.start is not None and when.precision not in _NO_DAY and not when.recurrence:
            records.append((record, when))
    for record, _ in records:
        if record.published is None:
            set_field(record, "published", day, STAMP_SOURCE)
    return _one_event_on_one_day(records, title)


def _when(record: RawRecord, written: date) -> When:
    if record.start:
        return parse_when(record.start, today=written)
    return parse_when(record.date_text, today=written, page_date=written)


def _one_event_on_one_day(records: list[tuple[RawRecord, When]], title: str) -> list[RawRecord]:
    """The post's records, those on one day its one event when all fall on it: „Am 22. Oktober
    ist #ddjbw bei uns zu Gast“ and „Los geht’s am 22. Oktober um 17 Uhr“ are one evening, named
    by the post's title, at the clock and in the place one of them gives."""
    days = {str(when.start)[:10] for _, when in records}
    told_again = all(
        _THE_ROW_BEFORE not in r.field_sources.get("date_text", "") for r, _ in records
    )
    if len(records) < 2 or len(days) != 1 or not told_again:
        return [record for record, _ in records]
    timed = [record for record, when in records if when.precision == "minute"]
    event = timed[0] if timed else records[0][0]
    set_field(event, "title", title, TITLE_SOURCE)
    if not event.location_text:
        place = next((r.location_text for r, _ in records if r.location_text), None)
        set_field(event, "location_text", place, PLACE_SOURCE)
    return [event]
