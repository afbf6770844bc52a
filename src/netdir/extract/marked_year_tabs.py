"""The year of a page that keeps one year's entries: the year its navigation of years marks.

A meetup keeps its talks on one page per year. The page's heading is only „Talks“; below it a
list of the years links every year's page and marks the one shown: „<ul id="v_nav"><li><a
href="/2025/">2025</a></li><li class="active"><a href="/2024/">2024</a></li>…“. Each talk
gives its day as a badge „18“ / „Nov“. Read alone, such a day goes to the year nearest the day
the page was saved; a reader takes the year the navigation marks as the current one, as a tab
marked open names the pane below it.

So where links whose whole text is a year (three years or more) make one list — the items of
one ``ul``/``ol``, else the children of one element — and exactly one of them is marked as the
current one (a class ``active``, ``current``, ``selected``, ``is-active``, ``aria-current`` or
``aria-selected="true"`` on the link or on its item), or exactly one year of the list is written
without a link among the linked ones, that year is the page's. Two such lists marking different
years say nothing. The year a heading above a list states (``heading_year_above``) is nearer to
its rows and is asked first.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline

#: Provenance of a year read from the marked entry of a navigation of years.
MARKED_YEAR = "the marked year of the year navigation"

_YEAR = lazy_re.compile(r"(?:19|20)\d{2}")
#: Class names that mark an entry of a navigation, tab list or toggle as the one shown now.
CURRENT_MARKS = frozenset(
    {"active", "current", "selected", "is-active", "is-current", "is-selected"}
)
_MIN_YEARS = 3  # a list of two year links is a pager („2024 · 2026“), not the years' navigation
_ITEM_LEVELS = 2  # the link's item may wrap it in a span or two
_LIST_TAGS = frozenset({"ul", "ol"})

_READ: WeakKeyDictionary[Outline, str | None] = WeakKeyDictionary()


def marked_year(outline: Outline) -> str | None:
    """The one year the page's navigation of years marks as the current one, or None."""
    if outline in _READ:
        return _READ[outline]
    year = _read(outline)
    _READ[outline] = year
    return year


def _read(outline: Outline) -> str | None:
    lists: dict[int, tuple[LexborNode, list[LexborNode]]] = {}
    for node in outline.nodes:
        if node.tag != "a" or not _YEAR.fullmatch(visible_text(node).strip()):
            continue
        holder = _holder(node)
        if holder is not None:
            lists.setdefault(holder.mem_id, (holder, []))[1].append(node)
    found: set[str] = set()
    for holder, links in lists.values():
        years = {visible_text(link).strip() for link in links}
        if len(years) < _MIN_YEARS:
            continue
        marked = {visible_text(link).strip() for link in links if _is_marked(link, holder)}
        marked |= _unlinked_years(holder, years)
        if len(marked) == 1:
            found |= marked
    return found.pop() if len(found) == 1 else None


def _holder(link: LexborNode) -> LexborNode | None:
    """The list the year link is an entry of: its ``ul``/``ol``, else its parent's parent (the
    element whose children are the entries), else its parent."""
    ancestor = link.parent
    for _ in range(_ITEM_LEVELS + 1):
        if ancestor is None:
            return None
        if ancestor.tag in _LIST_TAGS:
            return ancestor
        ancestor = ancestor.parent
    parent = link.parent
    if parent is None:
        return None
    if parent.tag in ("li", "span") and parent.parent is not None:
        return parent.parent
    return parent


def _is_marked(link: LexborNode, holder: LexborNode) -> bool:
    """The link or one of the elements between it and the list is marked as the current one."""
    node: LexborNode | None = link
    while node is not None and node.mem_id != holder.mem_id:
        attributes = node.attributes
        classes = set((attributes.get("class") or "").lower().split())
        if classes & CURRENT_MARKS:
            return True
        if attributes.get("aria-current") not in (None, "false"):
            return True
        if attributes.get("aria-selected") == "true":
            return True
        node = node.parent
    return False


def _unlinked_years(holder: LexborNode, linked: set[str]) -> set[str]:
    """The entries of the list that are a year written without a link: the page one is on."""
    unlinked: set[str] = set()
    for item in holder.iter(include_text=False):
        text = visible_text(item).strip()
        if _YEAR.fullmatch(text) and text not in linked and item.css_first("a") is None:
            unlinked.add(text)
    return unlinked
