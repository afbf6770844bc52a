"""A post's tag and category links are no offerings.

A blog theme writes under each post's title a meta line: the post's date, its author, and its
tags as links („<li>… <a href="/tags/sommer">Sommer</a>, <a href="/tags/gemeinschaft">
Gemeinschaft</a></li>“). Built alike for every post, the meta lines form a dated group of their
own, and each read as an event named by a tag on the day the post was written. A block named by
a link that leads to a tag or category archive names a word the site files posts under, not
an event.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches
from netdir.extract.inline_text import visible_text

# „/tags/sommer/“, „/tag/fest“, „/category/news/“, „/kategorie/verein/“, „/schlagwort/chor/“:
# the archive of one tag or category, the last part of its path; „/author/presse/“: the posts of
# one author (the meta line's „Presse“ beside the day a post was written).
_ARCHIVE = lazy_re.compile(
    r"/(?:tags?|categor(?:y|ies)|kategorien?|schlagw(?:o|ö)rte?|author|autor(?:in)?)/[^/]+/?$", re.I
)


def is_archive_link(href: str) -> bool:
    """Whether ``href`` leads to the archive of one tag or category."""
    return bool(href) and _ARCHIVE.search(urlsplit(href).path) is not None


def named_by_a_tag(segment: list[LexborNode], title: str | None) -> bool:
    """Whether the block's ``title`` is the text of a link to a tag or category archive."""
    if not title:
        return False
    for node in segment:
        links = [node] if node.tag == "a" else css_matches(node, "a[href]")
        for link in links:
            href = (link.attributes.get("href") or "").strip()
            if visible_text(link) == title and (
                is_archive_link(href) or "author" in (link.attributes.get("rel") or "").split()
            ):
                return True
    return False
