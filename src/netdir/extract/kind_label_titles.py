"""A heading that lists what a meeting holds, under the kind label that names it.

A mineral club's programme gives each entry a type span and a heading: „<span class="type">
Gruppentreffen</span><h3>Fachvorträge, Fundstücktausch und Erfahrungsaustausch</h3>“. The
heading only lists what happens there; a reader names the entry „Gruppentreffen: Fachvorträge,
Fundstücktausch und Erfahrungsaustausch“. A heading that names an event of its own („<span>
Markt</span><h3>Kunst- und Handwerkermarkt Bernau bei Berlin</h3>“) keeps its name: only a
heading that is an enumeration („a, b und c“) not already saying the label's word takes it.

The other way round, a village sports club's training cards head three of six cards only with
„Training“ under the department's label („<p class="eyebrow">Volleyball</p><h2>Training</h2>“,
beside „<p>Fußball</p><h2>1. Männermannschaft</h2>“). A heading that is only the word for a
club's session („Training“, „Probe“, „Übungsabend“, „Treffen“) names no one group; the label
above says whose it is: „Volleyball Training“.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.date_cues import DATE_LIKE

# „Fachvorträge, Fundstücktausch und Erfahrungsaustausch“: parts joined by commas and „und“.
# (The space after a comma is part of the part: a separate „\s*“ before it could take the
# space or leave it, two ways per part, and a long comma list short of „und“ took seconds.)
_ENUMERATION = lazy_re.compile(r"^[^,]{3,60}(?:,[^,]{3,60})+\s+(?:und|&|and)\s+\S")
# „Gruppentreffen“, „Offener Treff“: one or two words, no digits, no colon.
_LABEL = lazy_re.compile(r"^[A-ZÄÖÜ][\wäöüß-]{3,30}(?:\s+[\wäöüß-]{3,30})?$")
_STEM = 5  # „Markt“ in „Handwerkermarkt“: the label's word said by the heading already
# „Training“, „Probe“, „Übungsabend“: a heading that only says a session takes place.
_SESSION_WORD = lazy_re.compile(
    r"^(?:training|trainingszeiten|probe|chorprobe|übungsabend|übungsstunde|übung|treffen|"
    r"gruppenstunde|kurs|spielabend)$",
    re.IGNORECASE,
)


def kind_label_over_a_listing_heading(segment: list[LexborNode], reading: BlockReading) -> None:
    """Prefix the heading's title with the kind label right before it (see the module)."""
    title = reading.title
    if not title or not reading.title_from_heading:
        return
    generic = _SESSION_WORD.match(title) is not None
    if not generic and _ENUMERATION.match(title) is None:
        return
    heading = heading_reading(segment, title)
    label = _label_before(heading) if heading is not None else None
    if label is None or label.casefold()[:_STEM] in title.casefold():
        return
    if generic:
        reading.title = f"{label} {title}"
        reading.sources["title"] = (
            reading.sources.get("title", "listing:") + " + group label before"
        )
        return
    reading.title = f"{label}: {title}"
    reading.sources["title"] = reading.sources.get("title", "listing:") + " + kind label before"


def heading_reading(segment: list[LexborNode], title: str) -> LexborNode | None:
    """The heading of the block (the block itself or one inside it) whose text is ``title``: the
    heading a reading's title came from."""
    return next(
        (
            node
            for block in segment
            for node in [block, *block.css(",".join(HEADING_TAGS))]
            if node.tag in HEADING_TAGS and " ".join((node.text() or "").split()) == title
        ),
        None,
    )


def _label_before(heading: LexborNode) -> str | None:
    """The short text of the element right before ``heading`` (a type span), if it is a label."""
    sibling = heading.prev
    while sibling is not None and not sibling.is_element_node:
        if (sibling.text() or "").strip():
            return None  # loose text before the heading is a line, not a label
        sibling = sibling.prev
    if sibling is None or sibling.tag in HEADING_TAGS:
        return None
    text = " ".join((sibling.text() or "").split())
    if not _LABEL.match(text) or DATE_LIKE.search(text):
        return None
    return text
