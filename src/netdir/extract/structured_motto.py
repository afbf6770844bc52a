"""A page's one structured event named only by its series, the page naming it by its motto too.

A youth camp's page: the JSON-LD ``Event`` is named „Zeltlager 2026“, the page's only ``<h1>``
is the camp's motto „Wegweiser des Schattens“ (under a kicker „Zeltlager 2026 · Das große
Abenteuer“), and its document title joins both: „Zeltlager 2026 – Wegweiser des Schattens“. A
reader names the camp by both; the series name alone is every year's camp, the motto alone
says nothing of what it is. When the document title is exactly the structured name and the
page's ``<h1>``, joined by a dash, a bar or a colon, the event takes that title. A document title
„Sterntreffen – SMJ Regio Wegweiser“ over an ``<h1>`` „Sterntreffen“ joins the name and the
site's, not the heading: nothing changes.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text, set_field
from netdir.records import RawRecord

# „Zeltlager 2026 – Wegweiser des Schattens“: two parts around one spaced dash, bar or colon.
_JOINED = lazy_re.compile(r"^(?P<left>.+?)\s*(?:\s[–—|-]\s|:\s)\s*(?P<right>.+)$")
_MOST_CHARS = 160  # a document title, not a paragraph


def name_by_title_and_motto(record: RawRecord, tree: LexborHTMLParser) -> None:
    """Give ``record`` the document title when it joins the record's name and the page's h1."""
    name = clean_text(record.title)
    title_node = tree.css_first("head title")
    headings = tree.css("h1")
    if not name or title_node is None or len(headings) != 1:
        return
    title = clean_text(title_node.text(deep=True))
    heading = clean_text(headings[0].text(deep=True))
    if not title or not heading or len(title) > _MOST_CHARS:
        return
    joined = _JOINED.match(title)
    if joined is None or _folded(heading) == _folded(name) or _names_the_site(headings[0], tree):
        return
    if _folded(joined["left"]) == _folded(name) and _folded(joined["right"]) == _folded(heading):
        where = f"{record.field_sources.get('title', record.extractor)} + document title"
        set_field(record, "title", title, where)


def _names_the_site(heading: LexborNode, tree: LexborHTMLParser) -> bool:
    """The ``<h1>`` is the site's logo or name (in the page header, a link, or the site name
    the page declares): „Konzert X | Theater Y“ over an ``<h1>`` „Theater Y“ names the venue."""
    ancestor = heading.parent
    while ancestor is not None:
        if ancestor.tag in ("header", "a", "nav"):
            return True
        ancestor = ancestor.parent
    site = tree.css_first('meta[property="og:site_name"]')
    site_name = clean_text(site.attributes.get("content")) if site is not None else None
    return bool(site_name) and _folded(site_name or "") == _folded(heading.text(deep=True))


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()
