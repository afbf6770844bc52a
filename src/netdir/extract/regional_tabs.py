"""One event held in several regions, a tab for each region: named by the heading over the tabs.

A Christian youth work's page „KiBiTa 2024“ (a regional children's day) puts each region's day
in a tab of its own — „Berlin, Brandenburg“, „Zwickau“, „Oberlausitz“, … —, each pane an info
table „Termin: 16.03.2024“, „Ort: CV Oranienburg …“, „Zeit: …“. Nothing in a pane names the day
but the tab: every pane read as an event called „Zwickau“ or „Vogtland“. The tabs say where
(which region's day it is); the heading over the tab set says what. A row of a group is named
„<heading> (<tab>)“ when it stands in a tab pane and its own name is only that pane's tab (or a
remark followed by the tab in brackets), in a group of at least three rows from as many panes,
under a heading of the page above the tabs. Without such a heading the tab stays the name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.element_ancestors import document_root
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_line
from netdir.records import RawRecord

SOURCE = "listing:heading over the tabs (one event, a tab per region)"
_MIN_PANES = 3
_PANE_LEVELS = 8  # a pane a few wrappers above the block it holds
_HEADING_LEVELS = 4  # the tab set a few wrappers below the article that heads it
_SIBLINGS = 20  # elements walked back from the tab set to its heading
_HEADING_CHARS = 80
_HEADINGS = ("h1", "h2", "h3", "h4")
# Bootstrap's and the Joomla tab plugins' panes: „tab-pane“ among the classes.
_PANE_CLASS = lazy_re.compile(r"(?:^|\s)tab-pane(?:\s|$)")


def name_by_the_heading_over_the_tabs(
    group: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> None:
    """Name each row of ``group`` that only names its tab by the heading over the tab set (see
    the module docstring); changes the records in place."""
    panes: dict[int, tuple[LexborNode, str]] = {}
    for record in group:
        block = block_of.get(id(record))
        if not block or not record.title:
            continue
        pane = _pane_of(block[0])
        if pane is None:
            continue
        label = _label_of(pane)
        if label is None or not _names_only_the_tab(record.title, label):
            continue
        panes[id(record)] = (pane, label)
    if len(panes) < _MIN_PANES or len({pane.mem_id for pane, _ in panes.values()}) < len(panes):
        return  # a few rows, or several rows in one pane: a pane's own list, not one per region
    first = next(pane for pane, _ in panes.values())
    heading = _heading_over(first)
    if heading is None:
        return
    for record in group:
        found = panes.get(id(record))
        if found is None:
            continue
        record.title = f"{heading} ({found[1]})"
        record.field_sources["title"] = SOURCE


def _pane_of(node: LexborNode) -> LexborNode | None:
    current: LexborNode | None = node
    for _ in range(_PANE_LEVELS):
        if current is None or current.tag in ("body", "html"):
            return None
        if _is_pane(current):
            return current
        current = current.parent
    return None


def _is_pane(node: LexborNode) -> bool:
    attributes = node.attributes
    if attributes.get("role") == "tabpanel":
        return True
    return bool(_PANE_CLASS.search(attributes.get("class") or ""))


def _label_of(pane: LexborNode) -> str | None:
    """The pane's tab: its own first heading (a tab plugin repeats the tab's name there), or
    the tab link that points at the pane's id."""
    heading = pane.css_first(", ".join((*_HEADINGS, "h5", "h6")))
    if heading is not None and (text := visible_line(heading)):
        return text
    pane_id = pane.attributes.get("id")
    if not pane_id:
        return None
    root = document_root(pane)
    for link in root.css("a[href]"):
        if (link.attributes.get("href") or "") == f"#{pane_id}" and (text := visible_line(link)):
            return text
    return None


def _names_only_the_tab(title: str, label: str) -> bool:
    """„Zwickau“ under the tab „Zwickau“, or „Das solltest du mitbringen... (Berlin,
    Brandenburg)“ (a remark and the tab in brackets): the row names nothing but its tab."""
    title = " ".join(title.split())
    return title == label or title.endswith(f"({label})")


def _heading_over(pane: LexborNode) -> str | None:
    """The strongest heading above the tab set: walking up from the pane's tab set, the
    headings before it among its siblings (the article's „KiBiTa 2024“ over its „Wer kann dabei
    sein?“); the highest rank wins, the nearest among equals."""
    tab_set = pane.parent
    node = tab_set
    for _ in range(_HEADING_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return None
        found: list[tuple[int, str]] = []
        for sibling in element_siblings(node, "prev", _SIBLINGS):
            text = visible_line(sibling) if sibling.tag in _HEADINGS else ""
            if text and len(text) <= _HEADING_CHARS:
                found.append((_HEADINGS.index(sibling.tag), text))
        if found:
            return min(found, key=lambda rank_text: rank_text[0])[1]
        node = node.parent
    return None
