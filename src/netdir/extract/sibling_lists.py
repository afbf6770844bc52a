"""A one-item list built like a chosen list of the page, in a section beside it, is a listing too.

A musician's page written in Markdown and rendered with its sections („#### Aktuell“ over three
gigs, „#### Vergangen“ over one) gives each heading its own section and its own plain list::

    <section><h4>Aktuell</h4><ul><li>16.01.2026 | 20 Uhr | Blaue Fabrik Dresden | …</li>…</ul>
    </section>
    <section><h4>Vergangen</h4><ul><li>11.01.2026 | Heinrich-Zille-Karikaturenpreis …</li></ul>
    </section>

Plain lists in plain sections are not pooled (page-wide, every bulleted list of every section
would be one group), so the one past gig stood alone and, with fewer than two items, was no
list. A list of one item is one more list of the page when a chosen list is built as it is —
unclassed items of the same markup, every one opening with its day — and the two lists stand in
sibling boxes of one parent (the sections of one page body).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Candidate

_LIST_TAGS = ("ul", "ol")


def _opens_with_a_day(item: LexborNode) -> bool:
    return DATE_PHRASE.match(visible_text(item).strip()) is not None


def _box_parent(container: LexborNode) -> int | None:
    """The id of the element that holds the list's box (the section the list stands in)."""
    box = container.parent
    return box.parent.mem_id if box is not None and box.parent is not None else None


def _shape(item: LexborNode) -> tuple[str | None, ...]:
    """The tags of an item's own elements, a nested list (its notes, „Write-up“) left out."""
    return tuple(
        child.tag for child in item.iter(include_text=False) if child.tag not in _LIST_TAGS
    )


def _built_alike(item: LexborNode, items: list[LexborNode]) -> bool:
    """„<li><a>Opt Art: Chapter 5</a>, <time>6:30 PM-8:30 PM Wednesday 30th August 2023</time>
    </li>“ under „Future meetings“ beside the past meetings' list of the same ``<a>``,
    ``<time>`` items: an item that names its day after its name, built as most chosen items
    are — the same elements, a ``<time>`` among them, in the same order — and dated."""
    shape = _shape(item)
    if "time" not in shape or DATE_PHRASE.search(visible_text(item)) is None:
        return False
    return 2 * sum(_shape(node) == shape for node in items) > len(items)


def item_like_the_chosen_items(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone`` is a list of one item that opens with its day (or is built as the chosen items
    with a ``<time>``, ``_built_alike``), and a chosen list of the same item markup, every item
    opening with its day, stands in a sibling box (see above)."""
    container = lone.containers[0]
    item = lone.segments[0][0]
    if container.tag not in _LIST_TAGS:
        return False
    opens = _opens_with_a_day(item)
    parent = _box_parent(container)
    if parent is None:
        return False
    for other in chosen:
        if other.item_signature != lone.item_signature:
            continue
        items = [segment[0] for segment in other.segments if segment]
        if not items:
            continue
        if opens:
            if not all(_opens_with_a_day(node) for node in items):
                continue
        elif not _built_alike(item, items):
            continue
        if any(
            c.tag in _LIST_TAGS and c.parent is not container.parent and _box_parent(c) == parent
            for c in other.containers
        ):
            return True
    return False


def item_like_the_chosen_boxes(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone`` is the one item of a box („<div class="kommende-termine"><h2>Kommende</h2><a>4.
    Mai: Vortrag …</a></div>“) that opens with its day, and a chosen group's items of the same
    tag, every one opening with its day, fill a sibling box of the same tag („<div
    class="vergangene-termine"><h2>Vergangene</h2><a>3. Oktober: …</a>…</div>“): the page's
    upcoming section holds one item today. The boxes' classes may differ (one per section), and
    so may the items' („button-primary“ for the coming, „button-secondary“ for the past)."""
    container = lone.containers[0]
    item = lone.segments[0][0]
    if container.parent is None or not _opens_with_a_day(item):
        return False
    for other in chosen:
        items = [segment[0] for segment in other.segments if segment]
        if not items or any(node.tag != item.tag for node in items):
            continue
        if not all(_opens_with_a_day(node) for node in items):
            continue
        if any(
            c is not container
            and c.tag == container.tag
            and c.parent is not None
            and c.parent.mem_id == container.parent.mem_id
            for c in other.containers
        ):
            return True
    return False
