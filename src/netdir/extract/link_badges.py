"""Badges inside a title link mark the post („TOP“, „NEW“), they are no part of its name.

A Jekyll theme's archive sets a post's badges inside its title link, after the name::

    <a class="post-link" href="/meetings/2025/08/26/pact-meeting.html">Fall 2025<span
    class="post-badges"><span class="post-badge badge-top">TOP</span><span
    class="post-badge badge-new">NEW</span></span></a>

A reader sees two small labels beside „Fall 2025“; read as the link's text, the meeting was
„Fall 2025 TOP NEW“. The elements classed as badges hold those words; what the link says
before them names the item.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

# „post-badges“, „badge“, „badge-new“, „nav_badge“: a class word that is a badge
_BADGE_CLASS = lazy_re.compile(r"(?:^|[-_])badges?(?:$|[-_])", re.IGNORECASE)


def without_badges(link: LexborNode, title: str | None) -> str | None:
    """``title`` (the link's text) without the words of the badges set at its end inside the
    link; unchanged when the link has no badge or nothing would be left."""
    if title is None:
        return None
    for element in link.traverse(include_text=False):
        if element.mem_id == link.mem_id:
            continue
        classes = (element.attributes.get("class") or "").split()
        if not any(_BADGE_CLASS.search(word) for word in classes):
            continue
        words = " ".join((node_text(element) or "").split())
        if words and title.endswith(words) and len(words) < len(title):
            return title[: -len(words)].rstrip(" |·–-")
    return title
