"""Teasers of related posts under an article: „You should also read:“, „Ähnliche Beiträge“.

A blog or news system closes an article with a few teasers of other posts, each with its
author, its publication stamp („1 Juli 2024“, ``<time datetime="2024-07-01T08:00">``), its
headline and an excerpt. Read as a list they look like dated offerings, and they outscore the
article's own event. Their heading says what they are: posts to read, not things that take
place. (A heading of other *events* — „Weitere Veranstaltungen“ — names no posts and stays.)
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline

# Headings of related posts: to read, posts, articles — never events.
_RELATED_HEADING = lazy_re.compile(
    r"^(?:"
    r"(?:you|we)\s+(?:should|might|may|could)\s+also\s+(?:read|like)"
    r"|(?:related|similar|more|other)\s+(?:posts|articles|stories|reads)"
    r"|read\s+(?:also|next)|also\s+read"
    r"|(?:lesen\s+sie|lies)\s+auch|auch\s+lesenswert|weiterlesen\s+zum\s+thema"
    r"|(?:ähnliche|verwandte|weitere|andere)\s+(?:beiträge|artikel|blogbeiträge|meldungen|news)"
    r")\b",
    re.I,
)


def under_related_posts(first_block: LexborNode, outline: Outline | None) -> bool:
    """Whether the heading right above a list's first block announces related posts (see the
    module). The heading may sit beside the teasers in their wrapper (``<div class="wrapper">
    <h2>You should also read:</h2><article>…``), so it is the nearest heading before the first
    block, not the section heading of each block (there the first teaser's ``h3`` comes nearer)."""
    headings = outline.headings_before(first_block)[:1] if outline is not None else []
    if headings and names_related_posts(clean_text(visible_text(headings[0])) or ""):
        return True
    return _in_a_related_posts_box(first_block)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOX_LEVELS = 12  # a slider nests its slides a dozen wrappers deep


def _in_a_related_posts_box(block: LexborNode) -> bool:
    """Whether a wrapper around ``block`` opens with a heading that announces related posts: „<div
    id="read-next-block"><h2>Weitere Beiträge</h2> … <div class="slide">…“ — a slider whose slides
    each carry their own headline, so the nearest heading before a slide is another slide's."""
    branch, box = block, block.parent
    for _ in range(_BOX_LEVELS):
        if box is None or box.tag in ("body", "html"):
            return False
        child = box.child
        while child is not None and child.mem_id != branch.mem_id:
            if child.tag in _HEADINGS and names_related_posts(
                clean_text(visible_text(child)) or ""
            ):
                return True
            child = child.next
        branch, box = box, box.parent
    return False


def names_related_posts(heading: str) -> bool:
    """„You should also read:“, „Ähnliche Beiträge“: a heading over other posts' teasers."""
    return bool(_RELATED_HEADING.match(heading.strip(" :…")))
