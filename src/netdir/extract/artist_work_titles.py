"""A card headed by an artist's name over a line its markup calls the title: „Artist – Work“.

A gallery lists its exhibitions as cards — „<h2>Erna Hürzeler</h2><p class="exhibit-title">
Mädesüss trifft Teufelskralle</p><p class="exhibit-dates">18.10. – 29.11.2025</p>“. The heading
is who shows, the line below it (classed as the title) what the show is called; a reader names
the exhibition by both. The heading alone („Erna Hürzeler“) is only a person, and read as a
line of its own the work's name („Kunst im Lagerraum+“) may even pass for a place. A heading
that is a person's name (two to four capitalised words, no figures) with, right below it, a
short line whose class ends in „title“ or „titel“ names the card „Erna Hürzeler – Mädesüss trifft
Teufelskralle“. A heading that names an event itself, or a line classed otherwise, stays as it
is.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, css_matches, node_text
from netdir.extract.date_cues import TIME_LIKE, search_date_like

_NAME_WORD = r"(?:[A-ZÄÖÜ][a-zäöüßéèáàíóú]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóú]+)?|[A-ZÄÖÜ]\.)"
# „Helmut Wenczel“, „Arturo Di Maria“, „Hans-Peter von der Heide“: a person, two to four words.
_PERSON = lazy_re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:von|van|de|der|zu|di|da|del)\s+)*{_NAME_WORD}){{1,3}}$"
)
# Whole class tokens that say the element is the title: „exhibit-title“, „work_title“, „titel“.
_TITLE_CLASS = lazy_re.compile(r"(?:^|[-_])(?:title|titel)$", re.I)
_MAX_WORK_WORDS = 10


def artist_and_work(segment: list[LexborNode], title: str | None) -> tuple[str, str] | None:
    """The card's name „Artist – Work“ and the work's line, when the heading titled ``title`` is
    a person's name over a line classed as the title; None otherwise."""
    if not title or _PERSON.match(title) is None:
        return None
    for node in segment:
        for heading in (
            [node] if node.tag in HEADING_TAGS else css_matches(node, ", ".join(HEADING_TAGS))
        ):
            if node_text(heading) != title:
                continue
            work = _classed_title_below(heading)
            if work is not None:
                return f"{title} – {work}", work
    return None


def _classed_title_below(heading: LexborNode) -> str | None:
    """The text of the element right after ``heading`` when its class calls it the title and it
    is a short name (no date, no clock)."""
    below = heading.next
    while below is not None and (below.is_text_node or below.tag == "-comment"):
        if below.is_text_node and (below.text() or "").strip():
            return None
        below = below.next
    if below is None:
        return None
    classes = (below.attributes.get("class") or "").split()
    if not any(_TITLE_CLASS.search(token) for token in classes):
        return None
    text = node_text(below)
    if not text or len(text.split()) > _MAX_WORK_WORDS:
        return None
    if search_date_like(text) or TIME_LIKE.search(text):
        return None
    return text
