"""A card's name drawn as a heading by its classes, above a heading that only labels a part.

Component libraries draw a card's title without a heading tag: shadcn/ui's ``CardTitle`` (the
cards of many Next.js and Vite sites) is ``<div class="text-xl font-bold tracking-tight">Finance
(Subcommittee I)</div>``, while the card's only heading tag labels a section inside it
(„<h4>Agenda / Description</h4>“ over the agenda list, „<h3>Details</h3>“). The label names
nothing (``is_junk_title``), so a block titled by it was no item and the list was lost. A reader
sees the large bold line at the top of the card as its name: a box before the label heading whose
utility classes set both a large text size (``text-lg`` … ``text-9xl``) and a bold weight
(``font-semibold``, ``font-bold``, …), holding a short text that is no date and no label.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.title_text import is_junk_title

# Tailwind's utilities, with or without a breakpoint prefix („sm:text-2xl“).
_LARGE_TEXT = lazy_re.compile(r"^(?:[a-z0-9]+:)*text-(?:lg|[2-9]?xl)$")
_BOLD_WEIGHT = lazy_re.compile(r"^(?:[a-z0-9]+:)*font-(?:semibold|bold|extrabold|black)$")
_MAX_NAME_CHARS = 200  # a name, not a paragraph drawn large


def is_drawn_heading(node: LexborNode) -> bool:
    """A box whose classes draw it as a heading: a large text size and a bold weight."""
    classes = (node.attributes.get("class") or "").split()
    return any(_LARGE_TEXT.match(name) for name in classes) and any(
        _BOLD_WEIGHT.match(name) for name in classes
    )


def drawn_name_above_label(block: LexborNode, label: LexborNode) -> LexborNode | None:
    """The first box drawn as a heading that stands before ``label`` in ``block`` and names
    something: the card's name, where its heading tag only labels a section of it."""
    if not is_junk_title(node_text(label)):
        return None
    for node in block.traverse(include_text=False):
        if node.mem_id == label.mem_id:
            return None  # only the boxes above the label head the card
        if node.mem_id == block.mem_id or not is_drawn_heading(node):
            continue
        text = node_text(node) or ""
        if not text or len(text) > _MAX_NAME_CHARS or is_junk_title(text):
            continue
        if DATE_LIKE.search(text):
            continue  # a day drawn large („Saturday, October 11“) dates the card
        return node
    return None
