"""A tag set inside a title after its name is a label, not a word of the name.

A wind band's dates page writes its highlights as ``<span class="event__title">Frühjahrskonzert
<span class="tag">Konzert</span></span>`` and ``<span class="event__title">Vorspiel- und
Schnuppernachmittag <span class="tag">Für Neugierige</span></span>``: the style sheet draws the
inner span as a golden pill beside the name. Read as text the title becomes „Frühjahrskonzert
Konzert“. An element that ends the title box, is classed as a tag, badge, label, pill, chip or
category, and holds a few words only, is such a pill: the title is the box's text before it. A
box whose words are all inside such elements (nothing of its own before them) keeps its text —
the pill is then the only name there is.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

# Class words of a pill: „tag“, „badge“, „label“, „pill“, „chip“, „category“, „kategorie“,
# alone or as a BEM part („event__tag“, „tag--gold“, „badge-primary“).
_PILL_CLASS = lazy_re.compile(
    r"(?:^|[-_])(?:tag|badge|label|pill|chip|category|kategorie)s?(?:$|[-_])", re.I
)
_MAX_PILL_WORDS = 3
_MAX_PILL_CHARS = 30


def name_before_pills(title_node: LexborNode) -> str | None:
    """The title box's text without the pills that end it; None when it ends in none (or only
    pills make up its text)."""
    children = [
        child
        for child in title_node.iter(include_text=True)
        if child.is_element_node or (child.text_content or "").strip()
    ]
    pills = 0
    while children and _is_pill(children[-1]):
        children.pop()
        pills += 1
    if not pills or not children:
        return None
    text = " ".join(
        " ".join((child.text_content or "").split())
        if child.is_text_node
        else (node_text(child) or "")
        for child in children
    ).strip()
    return text or None


def _is_pill(node: LexborNode) -> bool:
    if not node.is_element_node:
        return False
    classes = (node.attributes.get("class") or "").split()
    if not any(_PILL_CLASS.search(word) for word in classes):
        return False
    text = node_text(node) or ""
    return 0 < len(text) <= _MAX_PILL_CHARS and len(text.split()) <= _MAX_PILL_WORDS
