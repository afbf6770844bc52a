"""A fixture named by its opponent after a „vs“: the match, not the other team.

A club's fixtures list writes each match as „vs [logo] HC Skulls“ — a marker element („vs“,
„gegen“), the opponent's crest, the opponent's name in an element of its own. The name element
is what a listing reads as the row's title, but „HC Skulls“ alone names a team, not the match
the row is about; the marker before it (within the same box, past pictures and empty elements)
is part of how the row names its event: „vs HC Skulls“.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text

# What stands between two teams in a fixture.
VERSUS = frozenset({"vs", "vs.", "v.", "gegen", "versus"})
# One of them as a word of the block's text: only then is the block walked.
_ANY_VERSUS = lazy_re.compile(r"(?<!\w)(?:vs\.?|v\.|gegen|versus)(?!\w)", re.IGNORECASE)
# Elements walked back over from the name to its marker (a crest, a blank span).
_STEPS = 3


def versus_name(segment: list[LexborNode], reading: BlockReading, text: str) -> None:
    """Put the versus marker before a title read from an element that the marker leads
    (``text``: the block's visible text)."""
    if not reading.title or not _ANY_VERSUS.search(text):
        return
    for block in segment:
        for node in block.traverse(include_text=False):
            if node_text(node) != reading.title:
                continue
            marker = _marker_before(node)
            if marker is not None:
                reading.title = f"{marker} {reading.title}"
                reading.sources["title"] = reading.sources.get("title", "listing:") + " + versus"
            return


def _marker_before(node: LexborNode) -> str | None:
    sibling = node.prev
    steps = 0
    while sibling is not None and steps < _STEPS:
        if sibling.is_element_node:
            text = node_text(sibling) or ""
            if text:
                return text if text.lower() in VERSUS else None
            steps += 1
        elif (sibling.text_content or "").strip():
            text = (sibling.text_content or "").strip()
            return text if text.lower() in VERSUS else None
        sibling = sibling.prev
    return None
