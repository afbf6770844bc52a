"""A category badge on the row's date line: what kind of date it is, not its name.

A parents' council's Termine rows open with a meta line that holds a category badge and the day —
„<span class="badge-orange">Event</span><span>Freitag, 5. Dezember 2025, 09:00 Uhr</span>“ —
over the name „<p>Adventsznüni</p>“. With the day taken out, the meta line leaves the badge's
word, and the first line that names something titled the row „Event“ (or „Raus Laus“, the
category of a lice check). A line whose words, the day taken out, are only the text of an
element classed as a badge, tag, label or category, beside the day, names the row's kind; the
line below names the row. Only when a later line names something: a badge over nothing else
still titles its row.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

# „badge-orange“, „event-tag“, „label“, „category“, „kategorie“, „chip“, „pill“: a class word
# of a small marker element
_BADGE_CLASS = lazy_re.compile(
    r"(?:^|[-_])(?:badge|tag|label|category|kategorie|chip|pill)(?:$|[-_])"
)
_BADGE_CHARS = 30  # a category's word or two, not a sentence


def badge_texts(segment: list[LexborNode]) -> set[str]:
    """The texts of the row's elements classed as a badge (a short marker of its kind)."""
    found: set[str] = set()
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            classes = (candidate.attributes.get("class") or "").lower().split()
            if not any(_BADGE_CLASS.search(word) for word in classes):
                continue
            text = node_text(candidate)
            if text and len(text) <= _BADGE_CHARS:
                found.add(text.strip())
    return found
