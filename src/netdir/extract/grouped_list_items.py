"""Items of one list that the page groups under labels are items of that list.

A meet-up's home page lists its past meetings in one bulleted list, and the meetings of one book
nested under the book's name::

    <ul>
      <li><a>What Next?</a>, <time>6:30 PM-8:30 PM Tuesday 21st January 2020</time></li>
      <li>10 Technical Papers Every Programmer Should Read (At Least Twice)
        <ul><li><a>…: "Out Of The Tar Pit"</a>, <time>… Tuesday 7th January 2020</time></li></ul>
      </li>
      <li><a>Festive Show &amp; Tell 2019</a>, <time>… Tuesday 3rd December 2019</time></li>
      …

A reader sees one list of meetings, some indented under their book. The detector saw an outer
list whose items were meetings and whole books (a book's item holds many days, so it read as no
one meeting) and, apart from it, one small unclassed list per book: the two longest books'
meetings were read, every meeting between them and every book of one meeting was lost.

Where a list's items are dated entries and, between them, labels that carry a nested list of
dated entries (the label itself undated), the nested entries are lifted into the outer list
right after their label: the list is read as the flat list it shows. The label stays as an
item of its own text (undated, it names nothing). A list made only of labels (years over their
meetings) is left as it is: each nested list is a list of the page already, chosen or not on
its own merit.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import date_like
from netdir.extract.inline_text import visible_text

_LIST_TAGS = ("ul", "ol")
_MAX_LABEL_CHARS = 160  # a book's or a series' name, not a paragraph


def _items(list_node: LexborNode) -> list[LexborNode]:
    return [child for child in list_node.iter(include_text=False) if child.tag == "li"]


def _nested_list(item: LexborNode) -> LexborNode | None:
    """The one list that stands directly in ``item`` (None for none or several)."""
    lists = [child for child in item.iter(include_text=False) if child.tag in _LIST_TAGS]
    return lists[0] if len(lists) == 1 else None


def _label_text(item: LexborNode, nested: LexborNode) -> str:
    """The item's own text, the nested list's left out."""
    whole = visible_text(item)
    inner = visible_text(nested)
    return whole.replace(inner, " ", 1).strip() if inner else whole


def _a_label_over_dated_items(item: LexborNode) -> bool:
    nested = _nested_list(item)
    if nested is None:
        return False
    entries = _items(nested)
    if not entries or not all(date_like(visible_text(entry)) for entry in entries):
        return False
    label = _label_text(item, nested)
    return 0 < len(label) <= _MAX_LABEL_CHARS and date_like(label) is None


def _a_dated_entry(item: LexborNode) -> bool:
    return _nested_list(item) is None and date_like(visible_text(item)) is not None


def lift_grouped_list_items(body: LexborNode) -> None:
    """Lift the dated entries nested under undated labels into the list around them, where that
    list also holds dated entries of its own (see the module docstring)."""
    # (one query over the tree; pages without a list in a list item pay nothing more)
    for nested in reversed(body.css("li > ul, li > ol")):
        item = nested.parent
        outer = item.parent if item is not None else None
        if item is None or outer is None or outer.tag not in _LIST_TAGS:
            continue
        siblings = _items(outer)
        if not any(_a_dated_entry(sibling) for sibling in siblings):
            continue
        if not _a_label_over_dated_items(item):
            continue
        for entry in reversed(_items(nested)):
            item.insert_after(entry)
        nested.decompose()
