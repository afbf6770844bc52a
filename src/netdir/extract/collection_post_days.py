"""A post of a meetings (or events) collection is dated by the meeting's day.

A static site keeps each meeting as a post of its collection, the file named by the meeting's
day, and lists them in an archive whose rows read like any blog's: the post's „post-meta“ line
over its title link::

    <li><span class="post-meta">Aug 26, 2025</span>
        <a class="post-link" href="/meetings/2025/08/26/pact-meeting.html">Fall 2025</a></li>

A blog's stamp says when a post went up, never a day of what it tells of — but a post filed in
a collection named for meetings or events, at the very day its stamp gives, is the meeting of
that day: its author dated it by the meeting. Only a bare stamp counts, over a row that says
nothing else of when: a byline („21 Jan 2015 by Torre Wenaus“ over a report of a workshop held
„Tue 20 - Wed 21“, filed under /events/ on the day it went up) says who posted it and when, and
the report's own days date the workshop. A post whose path has no such collection
(„/2013/09/17/0x0054.html“, „/blog/2024/05/03/recap.html“), or whose path day differs from the
stamp, keeps its stamp as a publication date.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.date_cues import search_date_like, search_date_phrase
from netdir.extract.start_days import day_of_text

# „/meetings/2025/08/26/…“, „/events/2019/05/03/…“: a collection named for what is held, then
# the post's year, month and day in the path.
_COLLECTION_DAY = lazy_re.compile(
    r"/(?:meetings?|events?|talks?|seminars?|colloquia|colloquium|termine|veranstaltungen|treffen)"
    r"/(?:[^/?#]+/)*?(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})/",
    re.IGNORECASE,
)


def dated_by_its_collection(segment: list[LexborNode], stamp: str) -> bool:
    """Whether a link of the block leads to a post of a meetings or events collection filed at
    the day ``stamp`` names, the stamp being that day alone and the block naming no other
    date: then the stamp is the meeting's day, not a publication date."""
    phrase = search_date_phrase(stamp)
    if phrase is None or stamp.replace(phrase.group(0), " ").strip(" ,.·|–-"):
        return False  # „21 Jan 2015 by Torre Wenaus“: a byline
    rest = " ".join(node_text(node) or "" for node in segment).replace(stamp, " ")
    if search_date_like(rest) is not None:
        return False  # the post's text names its own day
    for node in segment:
        for link in node.css("a[href]"):
            match = _COLLECTION_DAY.search(link.attributes.get("href") or "")
            if match is None:
                continue
            try:
                filed = date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
            # the stamp names its year; the day it names is read in the filed year
            if day_of_text(stamp, filed) == filed.isoformat():
                return True
    return False
