"""A heading that calls readers to book names no event; the linked heading above it does.

A user group's start page writes its next meetup out under the meetup's linked heading:
„<h3><a href=…>44. Magento-Meetup am 26.02.2026 in St. Pölten: Magento News</a></h3>“, the
meetup's text with its own sections „<h2>Agenda</h2>“ and „<h2>Save your seat!</h2>“, and under
the last one the facts „Datum: 26.02.2026“ / „Zeit: 17:30 Uhr - 21:00 Uhr“ / „Location: …“
(jekyll-mage-meetup-austria-start-2026-02). The facts' block is headed by the call to book a
place, which says nothing of what is held; a reader names the meetup by the linked heading the
sections stand under. Only a heading that is such a call („Save your seat!“, „Anmeldung“, „Jetzt
anmelden“, „Tickets“) gives way, and only to a heading with a link before it, past the sections'
own labels („Agenda“, „Programm“) — an unlinked heading above may head the page, not the event.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.kind_label_titles import heading_reading

_CALL = lazy_re.compile(
    r"^\W*(?:save\s+(?:your|a)\s+(?:seat|spot)|reserve\s+your\s+(?:seat|spot)|"
    r"(?:jetzt\s+)?anmelden|anmeldung|register(?:\s+now)?|registration|tickets?|"
    r"(?:sichert?\s+(?:dir|euch|ihnen)\s+(?:einen|deinen|euren|ihren)\s+platz))\W*$",
    re.I,
)
# the sections of one event's text between its linked heading and the call
_SECTION_LABEL = lazy_re.compile(
    r"^\W*(?:agenda|programm|ablauf|schedule|details|infos?|call\s+for\s+papers?)\W*$", re.I
)
_HEADINGS_BACK = 6  # the event's sections are few; farther up is another part of the page


def named_above_the_call(segment: list[LexborNode], reading: BlockReading) -> None:
    """Name the block by the linked heading above its call heading (see the module)."""
    title = reading.title
    if not title or not reading.title_from_heading or _CALL.match(title) is None:
        return
    heading = heading_reading(segment, title)
    named = _linked_heading_before(heading) if heading is not None else None
    if named is not None:
        reading.title = named
        reading.sources["title"] = "listing:linked heading above the call heading"


def _linked_heading_before(heading: LexborNode) -> str | None:
    seen = 0
    node = heading.prev
    while node is not None and seen < _HEADINGS_BACK:
        if node.is_element_node and node.tag in HEADING_TAGS:
            seen += 1
            text = " ".join((node.text() or "").split())
            if node.css_first("a[href]") is not None and text and _CALL.match(text) is None:
                return text
            if not _SECTION_LABEL.match(text):
                return None
        node = node.prev
    return None
