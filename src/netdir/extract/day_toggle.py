"""A toggle of day buttons above a programme: the chosen day dates the cards below, not the run.

A village festival's programme shows one day at a time: „<div><button class="… bg-primary
text-white">Samstag, 20. Juni</button><button class="… text-gray-600">Sonntag, 21. Juni</button>
</div>“ above cards that give only their hours („14:00 – 16:45 Uhr“). Read as one header, the
toggle's text is the run „Samstag, 20. Juni Sonntag, 21. Juni“, so every card started on the
Saturday and ended on the Sunday. A reader sees one day chosen: the cards below are that day's.

A toggle is an element whose element children (two or more: buttons, links, tabs or list items)
each hold only a day, with no text of their own beside them. Its chosen day is the one child
marked as current — a class ``active``, ``current``, ``selected``, ``is-active``, ``aria-selected``
or ``aria-pressed`` or ``aria-current`` set to true, on the child or inside it; or, where no
child is marked so, the one child without a ``hover:`` style among children that all have one
(a utility-class toggle styles only the days one may switch to) — else the first child, the one
a page shows before anybody clicks (a crawler reads the page as it loads). Two marked children
say nothing.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.inline_text import visible_text
from netdir.extract.marked_year_tabs import CURRENT_MARKS

_TOGGLE_TAGS = frozenset({"button", "a", "li", "span", "div", "label"})
_STATE_ATTRIBUTES = ("aria-selected", "aria-pressed", "aria-current")
_DAY_CHARS = 40  # „Samstag, 20. Juni“, „Sa 14.02.2026“; a longer child is a card
_MIN_DAYS = 2
_WRAPPERS = 2  # a toggle centred by a wrapper or two around it


def chosen_day(header: LexborNode) -> str | None:
    """The text of the day ``header``'s toggle shows as chosen, or None when ``header`` is no
    toggle of days (see the module docstring)."""
    children = [child for child in header.iter() if child.is_element_node]
    for _ in range(_WRAPPERS):
        if len(children) != 1 or _has_own_text(header):
            break
        header = children[0]  # „<div class="flex justify-center"><div class="inline-flex">…“
        children = [child for child in header.iter() if child.is_element_node]
    if len(children) < _MIN_DAYS or any(child.tag not in _TOGGLE_TAGS for child in children):
        return None
    if _has_own_text(header):
        return None  # words beside the buttons: a sentence, not a toggle
    days = [visible_text(child).strip() for child in children]
    if any(len(day) > _DAY_CHARS or not names_a_day(day) for day in days):
        return None
    marked = [day for child, day in zip(children, days, strict=True) if _is_marked(child)]
    if len(marked) > 1:
        return None
    if not marked:
        marked = [day for child, day in zip(children, days, strict=True) if not _hovers(child)]
        if len(marked) != 1:
            marked = days[:1]
    return marked[0]


def _hovers(child: LexborNode) -> bool:
    return any(
        token.startswith("hover:") for token in (child.attributes.get("class") or "").split()
    )


def _has_own_text(node: LexborNode) -> bool:
    return any((text.text_content or "").strip() for text in node.iter() if text.is_text_node)


def _is_marked(child: LexborNode) -> bool:
    for node in (child, *child.traverse(include_text=False)):
        attributes = node.attributes
        if CURRENT_MARKS & set((attributes.get("class") or "").split()):
            return True
        if any((attributes.get(name) or "").lower() == "true" for name in _STATE_ATTRIBUTES):
            return True
        if (attributes.get("aria-current") or "").lower() in ("page", "date"):
            return True
    return False
