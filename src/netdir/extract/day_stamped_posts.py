"""Whole posts each headed by its title over the bare day it went up, telling of later days.

A village association's start page (Jekyll, Bootstrap) shows its posts whole, one container
each: „<h2>Workshopwochenende 2021</h2><p>20.07.2021</p><p>Das Workshopwochenende findet dieses
Jahr vom 13. - 15. August statt. …</p>“ and „<h2>Auftaktveranstaltung Lebendige Dörfer
e.V.</h2><p>13.07.2021</p>…<p>… Unser nächstes Vereinstreffen findet am <strong>21. Juli um 18
Uhr</strong> auf der Wiese in Würchhausen statt …</p>“ (jekyll-ledoewi-start-2021-07). The
listing detector reads the titles over their day lines: each post an event on the day it was
written. A reader sees the day under the title as when the post went up — every post tells of a
day after it, the weekend in August, the meeting of 21 July — and reads each post as its own
announcement. So when two or more containers each open with a h1–h3 heading right over a line
that is only a whole date, and every one of them names, further on, a later day than that line,
the lines are the posts' stamps: each container is read as a page of its own, as on its stamp's
day (``stamped_post_articles.post_records``, which does the same for ``<article>`` posts with a
``<time>`` stamp). A list of events whose day line is the event's own („<h3>Konzert</h3><p>
20.07.2021</p><p>Eintritt frei</p>“) names no later day in every card and is read as before.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.stamped_post_articles import PageReader, post_records
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_MIN_POSTS = 2
# „20.07.2021“, „2021-07-20“, „20. Juli 2021“: a line that is only a day with its year
_BARE_DAY = lazy_re.compile(
    r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    r"\d{1,2}\.\s?[A-Za-zäÄ]{3,9}\.?\s(?:19|20)\d\d)$"
)
_MAX_STAMP_CHARS = 20


def day_stamped_post_records(
    tree: LexborHTMLParser, context: PageContext, read: PageReader
) -> list[RawRecord] | None:
    """Each post's own records (see the module docstring); None when the page is no page of
    such posts."""
    posts = _day_stamped_posts(tree, context.fetched_at.date())
    if not posts:
        return None
    records: list[RawRecord] = []
    for block, title, stamp, day in posts:
        records.extend(post_records(block, title, day, context, read, drop=(stamp.html or "",)))
    return records


def _day_stamped_posts(
    tree: LexborHTMLParser, today: date
) -> list[tuple[LexborNode, str, LexborNode, str]]:
    """(container, title, stamp element, stamp day) of each post; [] unless there are two or
    more and each tells of a later day than its stamp."""
    body = tree.body
    if body is None:
        return []
    posts = []
    seen: set[int] = set()
    for heading in body.css("h1, h2, h3"):
        stamp = heading.next
        while stamp is not None and _blank(stamp):
            stamp = stamp.next
        if stamp is None or stamp.tag != "p":
            continue
        text = (stamp.text(strip=True) or "")[: _MAX_STAMP_CHARS + 1]
        if len(text) > _MAX_STAMP_CHARS or not _BARE_DAY.match(text):
            continue
        block = heading.parent
        first = _first_element(block) if block is not None else None
        if block is None or block.mem_id in seen or first is None or first.mem_id != heading.mem_id:
            continue
        day = parse_when(text, today=today).start
        title = clean_text(heading.text(separator=" "))
        if day is None or not title:
            continue
        seen.add(block.mem_id)
        posts.append((block, title, stamp, day[:10]))
    if len(posts) < _MIN_POSTS:
        return []
    if not all(_tells_a_later_day(block, stamp, day) for block, _, stamp, day in posts):
        return []
    return posts


def _blank(node: LexborNode) -> bool:
    """A comment or white space between elements."""
    tag = node.tag or ""
    return not tag[:1].isalpha() and not (tag == "-text" and (node.text() or "").strip())


def _first_element(block: LexborNode) -> LexborNode | None:
    child = block.child
    while child is not None and _blank(child):
        child = child.next
    return child


def _tells_a_later_day(block: LexborNode, stamp: LexborNode, day: str) -> bool:
    """Whether the post's text after its stamp names a day after the stamp's („vom 13. - 15.
    August“ in a post of 20 July: the August weekend of that year)."""
    text = (block.text(separator=" ") or "").split(stamp.text() or "", 1)[-1]
    written = date.fromisoformat(day)
    for match in iter_date_phrases(re.sub(r"\s+", " ", text)):
        start = parse_when(match.group(0), today=written, page_date=written).start
        if start is not None and start[:10] > day:
            return True
    return False
