"""schema.org microdata (``itemscope``/``itemprop``) → JSON-LD-shaped dicts → raw records.

RDFa Lite (``typeof``/``property``) has the same shape — an element opens an item, its
descendants name properties — so :mod:`netdir.extract.rdfa` reads it with the same walker and
a different set of attribute names (:class:`ItemSyntax`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext
from netdir.extract.inline_text import visible_line, visible_text
from netdir.extract.jsonld import records_from_documents
from netdir.extract.noon_day_stamps import with_shown_clock
from netdir.extract.place_lines import names_a_place
from netdir.extract.schema_org import is_event_type, type_names
from netdir.extract.shown_runs import items_per_shown_run
from netdir.normalize.when import parse_when
from netdir.normalize.when_zone import zone_of_address
from netdir.records import RawRecord

EXTRACTOR = "microdata"
# Where the machine-readable value of an itemprop lives, by tag (WHATWG microdata §5.2.4).
_VALUE_ATTRIBUTE = {
    "meta": "content",
    "a": "href",
    "link": "href",
    "area": "href",
    "img": "src",
    "audio": "src",
    "video": "src",
    "source": "src",
    "iframe": "src",
    "object": "data",
    "time": "datetime",
    "data": "value",
    "meter": "value",
}
_HIDDEN_VALUE_TAGS = frozenset({"meta", "link"})  # elements that hold a value unseen
_MAX_ITEMREF_DEPTH = 8  # itemref chains that loop back are cut here
_DATE_PROPERTIES = frozenset({"startDate", "endDate"})
# A stamp as ISO 8601 writes it: the day, then (after "T" or a space) the clock and a zone.
_WELL_FORMED_STAMP = lazy_re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_STAMP_DAY = lazy_re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True, slots=True)
class ItemSyntax:
    """The attribute names one markup syntax uses for items, their types and properties."""

    scope: str  # the attribute that opens an item
    type: str  # the attribute naming its type(s)
    prop: str  # the attribute naming a property
    ref: str | None = None  # the attribute pulling in properties from elsewhere (by id)
    value_attributes: tuple[str, ...] = ()  # checked before the tag's own attribute


MICRODATA = ItemSyntax("itemscope", "itemtype", "itemprop", ref="itemref")


def extract_microdata(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    return records_from_documents(read_items(tree, MICRODATA), context, EXTRACTOR)


def read_items(tree: LexborHTMLParser, syntax: ItemSyntax) -> list[dict[str, Any]]:
    """Every top-level item of the page as a JSON-LD-shaped dict."""
    ids: dict[str, LexborNode] | None = None
    if syntax.ref is not None and tree.css_first(f"[{syntax.ref}]") is not None:
        ids = {node.attributes.get("id") or "": node for node in tree.css("[id]")}
    items = []
    for node in tree.css(f"[{syntax.scope}]"):
        if not _is_top_level(node, syntax):
            continue
        try:
            item = item_to_dict(node, syntax, ids)
        except RecursionError:
            continue  # items nested ~1000 deep: skip that one, keep the page's others
        item = _named_by_summary(item)
        if _is_an_event(item):
            item = with_shown_clock(node, item)
        if (
            "location" not in item
            and _is_an_event(item)
            and (place := _unmarked_place(node, syntax))
        ):
            item["location"] = place
        runs = (
            items_per_shown_run(node, item, syntax.prop, _HIDDEN_VALUE_TAGS)
            if _is_an_event(item)
            else []
        )
        items.extend(runs or [item])
    return items


def _is_an_event(item: dict[str, Any]) -> bool:
    return any(map(is_event_type, type_names(item)))


def _named_by_summary(item: dict[str, Any]) -> dict[str, Any]:
    """An event named by ``summary``, as data-vocabulary.org (Google's vocabulary before
    schema.org, ``itemtype="http://data-vocabulary.org/Event"``, RDFa ``v:summary``) names it:
    that is its name. schema.org's Event has no ``summary``, so a ``name`` beside it wins.
    An odds portal's match rows are such scopes ("Monaco - Nanterre", startDate "21/03/18 19:45")."""
    if "name" in item or "summary" not in item or not _is_an_event(item):
        return item
    return {**item, "name": item["summary"]}


# "Little Rock, AR", "Montreal, QC": a town and its US state's or Canadian province's code.
_TOWN_AND_STATE = lazy_re.compile(r"^[^\W\d_][\w .'’-]*, ([A-Z]{2})$")


def _unmarked_place(item: LexborNode, syntax: ItemSyntax) -> str | None:
    """The place of an event whose scope states none: its one child without any property that
    reads as a place. A tour table's row is an Event scope whose cells name the arena
    (``itemprop="name"``), the day and the ticket offers, while the town sits in a cell of its
    own without a property („Little Rock, AR“, Bon Jovi's tour dates). Several such children,
    or one that reads as no place (a description, an empty time cell), give nothing."""
    texts = []
    for child in item.iter():
        if not child.is_element_node or syntax.prop in child.attributes:
            continue
        if syntax.scope in child.attributes or child.css_first(f"[{syntax.prop}]") is not None:
            continue
        if text := visible_line(child):
            texts.append(text)
    if len(texts) != 1:
        return None
    town = _TOWN_AND_STATE.match(texts[0])
    if (town and zone_of_address(None, town.group(1))) or names_a_place(texts[0]):
        return texts[0]
    return None


def item_to_dict(
    item: LexborNode,
    syntax: ItemSyntax = MICRODATA,
    ids: dict[str, LexborNode] | None = None,
    depth: int = 0,
) -> dict[str, Any]:
    """One item as ``{"@type": ..., prop: value | [values]}``; nested items become dicts.

    Several types (``itemtype="…/Event …/Festival"``) are kept as a list; ``itemref`` adds
    the properties of the elements it names (a page may state an event's place elsewhere).
    """
    result: dict[str, Any] = {}
    item_types = (item.attributes.get(syntax.type) or "").split()
    if item_types:
        result["@type"] = item_types[0] if len(item_types) == 1 else item_types
    roots = [item]
    if ids is not None and syntax.ref is not None and depth < _MAX_ITEMREF_DEPTH:
        for ref in (item.attributes.get(syntax.ref) or "").split():
            if ref in ids:
                roots.append(ids[ref])
    for root in roots:
        # A referenced element's properties are those no other item inside it claims.
        owner = item if root is item else _owner(root, syntax)
        candidates = list(root.css(f"[{syntax.prop}]"))
        if root is not item and syntax.prop in root.attributes:
            # (selectolax may match the root itself; it counts once)
            candidates = [root, *(c for c in candidates if c.mem_id != root.mem_id)]
        for prop_node in candidates:
            if prop_node is not root and not _same_owner(_owner(prop_node, syntax), owner):
                continue
            if root is not item and prop_node.mem_id == item.mem_id:
                continue
            value = _value(prop_node, syntax, ids, depth)
            for raw_name in (prop_node.attributes.get(syntax.prop) or "").split():
                name = property_name(raw_name)
                if name in result:
                    existing = result[name]
                    result[name] = (
                        [*existing, value] if isinstance(existing, list) else [existing, value]
                    )
                else:
                    result[name] = value
    return result


def property_name(raw: str) -> str:
    """``schema:startDate`` and ``https://schema.org/startDate`` → ``startDate``."""
    return (
        raw.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1] if ("/" in raw or ":" in raw) else raw
    )


def _value(
    node: LexborNode, syntax: ItemSyntax, ids: dict[str, LexborNode] | None, depth: int
) -> Any:
    if syntax.scope in node.attributes:
        return item_to_dict(node, syntax, ids, depth + 1)
    for name in syntax.value_attributes:
        if node.attributes.get(name):
            return node.attributes[name]
    attribute = _VALUE_ATTRIBUTE.get(node.tag or "")
    if attribute and node.attributes.get(attribute):
        value = node.attributes[attribute]
        if node.tag == "meta" and _is_date_property(node, syntax):
            return _stamp_as_shown(node, value or "")
        return value
    if node.attributes.get("content"):  # <span itemprop="startDate" content="2027-03-05">
        return node.attributes["content"]
    return visible_text(node)


def _is_date_property(node: LexborNode, syntax: ItemSyntax) -> bool:
    names = (node.attributes.get(syntax.prop) or "").split()
    return any(property_name(name) in _DATE_PROPERTIES for name in names)


def _stamp_as_shown(meta: LexborNode, stamp: str) -> str:
    """A ``<meta>`` date that is no well-formed stamp, read as the element around it shows it.
    The Events Calendar 2.x wrote "2012-05-13-06:00:00" (a dash for the "T", a 12-hour clock)
    inside "<dd>…13. Mai 2012 18:00</dd>": the stamp's day with the shown clock, when the
    element shows that day with a clock; any other stamp as it is."""
    day = _STAMP_DAY.match(stamp.strip())
    parent = meta.parent
    if _WELL_FORMED_STAMP.match(stamp.strip()) or day is None or parent is None:
        return stamp
    try:
        stamp_day = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    except ValueError:
        return stamp
    shown = parse_when(visible_text(parent), today=stamp_day).start
    if shown is None or "T" not in shown or shown[:10] != stamp_day.isoformat():
        return stamp
    return shown[:16]


def _owner(node: LexborNode, syntax: ItemSyntax = MICRODATA) -> LexborNode | None:
    """The nearest item ancestor: the item this property belongs to."""
    parent = node.parent
    while parent is not None and parent.is_element_node:
        if syntax.scope in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _same_owner(a: LexborNode | None, b: LexborNode | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.mem_id == b.mem_id


def _is_top_level(node: LexborNode, syntax: ItemSyntax = MICRODATA) -> bool:
    """An item that is not itself the value of another item's property."""
    return syntax.prop not in node.attributes or _owner(node, syntax) is None
