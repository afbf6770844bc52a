"""A blog's teaser under a heading of posts: its title, its posting day, an excerpt, „Weiterlesen“.

An evangelist's home page shows its newest posts under „Blog-Artikel“, each an ``<article>`` of
an h4 title, the day it was written on a line of its own (``<small>16.12.2021</small>``), the
post's first forty words and a link „Weiterlesen ...“. Read as a list, each post became an event
on its posting day. A reader sees what they are from the heading (posts, ``NEWS_HEADING``) and
from the shape: the day stands alone — no hour, no place, no title beside it — and the only link
leads on to the rest of the post. A teaser whose excerpt announces a day („… findet am 3. Mai
um 19 Uhr statt“) invites to that day and stays.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.inline_text import visible_text
from netdir.extract.prose_announcements import announces_a_day

# „Weiterlesen ...“, „mehr lesen“, „Read more »“, „→ Zum Beitrag“: the link to the whole post
_READ_MORE = lazy_re.compile(
    r"^\W*(?:weiter\s*lesen|mehr\s+lesen|(?:hier\s+)?mehr\s+erfahren|mehr|read\s+more|"
    r"continue\s+reading|zum\s+(?:ganzen\s+)?(?:beitrag|artikel)|ganzen\s+(?:beitrag|artikel)"
    r"\s+lesen)\W*$",
    re.I,
)
_SLACK = 2  # a colon or a bracket beside the day


def _a_bare_day(node: LexborNode) -> bool:
    """Whether an element of the block shows only a day („16.12.2021“), nothing beside it."""
    for element in [node, *node.css("small, time, span, div, p, em, strong, b, i")]:
        text = " ".join(visible_text(element).split())
        day = DATE_PHRASE.search(text)
        if (
            day is not None
            and names_a_day(day.group(0))
            and len(text) - len(day.group(0)) <= _SLACK
        ):
            return True
    return False


def a_teaser_by_its_post_day(segment: list[LexborNode], reading: BlockReading) -> bool:
    """Whether the block (under a heading of posts, checked by the caller) is a post's teaser:
    its only link reads „Weiterlesen“, its day stands alone on a line of its own, and its text
    announces no day."""
    if reading.date_text is None:
        return False
    links = [link for node in segment for link in node.css("a[href]")]
    if len(links) != 1 or _READ_MORE.match(" ".join(visible_text(links[0]).split())) is None:
        return False
    if not any(_a_bare_day(node) for node in segment):
        return False
    return not announces_a_day(reading.description)
