"""A heading its markup calls a subtitle: „<h1>Info-Forum West: …</h1><h2 class="subheading">
Öffentlichkeitsbeteiligung zur Flächenplanung im Stadtgebiet</h2>“. Blog themes (hux-blog,
Clean Blog, Beautiful Hugo) put the post's subtitle in a lower heading right under its title; the
class says it describes the title above, so it names no event of its own."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# Whole class tokens only: „subheading“, „post-subtitle“, „sub-title“, „tagline“, „untertitel“.
_SUBTITLE_CLASS = lazy_re.compile(
    r"(?:^|[-_])(?:subheading|sub-heading|subtitle|sub-title|subhead|tagline|untertitel|"
    r"unterzeile)$",
    re.I,
)


def marked_as_subtitle(node: LexborNode | None) -> bool:
    """Whether the element's own classes call it a subtitle."""
    if node is None:
        return False
    classes = (node.attributes.get("class") or "").split()
    return any(_SUBTITLE_CLASS.search(token) for token in classes)
