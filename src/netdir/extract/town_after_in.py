"""The town a list line names with „in“ beside the event's name.

„**11.-13.3.** <a>FOSSGIS</a> in Münster (Freie und Open Source Software …)“, „**22.-23.3.**
Open Data Hackday in <a>Moers</a>“: a line of a post's list gives the day, the event's name and
„in“ with the town it is held in — the link on the name (its site) or on the town (the town's
page). A reader names the events „FOSSGIS“ and „Open Data Hackday“ and takes Münster and Moers
as where.

So a link whose words are a town the gazetteer knows, right after „in“ that follows other words,
names where the row's event is, not the event: it does not title the row; and the town right
after the row's name — „in <town>“ ending the title, or opening the text after a title link —
is the row's place (a title ending in a linked town loses the „in <town>“). Only towns the
gazetteer knows count: „Einführung in <a>Python</a>“ names a subject, „im Dialog“ a manner.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.inline_text import visible_text
from netdir.normalize.place import known_town

#: Provenance of a place read after „in“.
SOURCE = "listing:text (the town after „in“ beside the name)"

# „… Hackday in“ right before the link: at least one word, then „in“ closing the text.
_IN_BEFORE = lazy_re.compile(r"[^\W\d_]{2,}\s+in\s*$", re.I)
# „ in Münster (Freie …)“, „ in Moers“ after the title: the town up to a bracket, comma, stop or
# the end.
_IN_TOWN = lazy_re.compile(
    r"^\s*in\s+(?P<town>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2})\s*(?:[(,.;]|$)"
)
# „Open Data Hackday in Moers“: the title ending in „in“ and a town.
_IN_TOWN_END = lazy_re.compile(r"\s+in\s+(?P<town>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2})$")
_MAX_TOWN_WORDS = 3


def _text_before(link: LexborNode) -> str:
    """The inline text right before ``link`` inside its parent."""
    parts = []
    node = link.prev
    while node is not None and node.tag not in ("br", "p", "li", "div"):
        parts.append(node.text() or "")
        node = node.prev
    return "".join(reversed(parts))


def is_town_link_after_in(link: LexborNode) -> bool:
    """„Open Data Hackday in <a>Moers</a>“: the link names the town the event is held in."""
    text = visible_text(link).strip()
    if not text or len(text.split()) > _MAX_TOWN_WORDS or known_town(text) is None:
        return False
    return _IN_BEFORE.search(_text_before(link)) is not None


def _linked_town(segment: list[LexborNode], town: str) -> bool:
    return any(
        visible_text(link).strip() == town and is_town_link_after_in(link)
        for node in segment
        for link in ([node] if node.tag == "a" else node.css("a"))
    )


def town_after_the_name(segment: list[LexborNode], reading: BlockReading) -> None:
    """The row's place from „in <town>“ beside its name (see the module docstring)."""
    title = reading.title
    if not title or reading.date_text is None or reading.location_text is not None:
        return
    end = _IN_TOWN_END.search(title)
    if end is not None and _linked_town(segment, end["town"]):
        reading.title = title[: end.start()].strip()
        reading.location_text = end["town"]
        reading.sources["location_text"] = SOURCE
        return
    title_link = next(
        (
            link
            for node in segment
            for link in ([node] if node.tag == "a" else node.css("a"))
            if visible_text(link).strip() == title
        ),
        None,
    )
    if title_link is None:
        return
    after = []
    node = title_link.next
    while node is not None and node.tag not in ("br", "p", "li", "div", "a"):
        after.append(node.text() or "")
        node = node.next
    match = _IN_TOWN.match("".join(after))
    if match is None or known_town(match["town"]) is None:
        return
    reading.location_text = match["town"]
    reading.sources["location_text"] = SOURCE
