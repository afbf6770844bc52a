"""schema.org microdata (``itemscope``/``itemprop``) → JSON-LD-shaped dicts → raw records."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.context import PageContext
from netdir.extract.jsonld import records_from_documents
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


def extract_microdata(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    items = []
    for node in tree.css("[itemscope]"):
        if not _is_top_level(node):
            continue
        try:
            items.append(item_to_dict(node))
        except RecursionError:
            continue  # items nested ~1000 deep: skip that one, keep the page's others
    return records_from_documents(items, context, EXTRACTOR)


def item_to_dict(item: LexborNode) -> dict[str, Any]:
    """One itemscope as ``{"@type": ..., prop: value | [values]}``; nested items become dicts."""
    result: dict[str, Any] = {}
    item_type = item.attributes.get("itemtype")
    if item_type:
        result["@type"] = item_type.split()[0]
    for prop_node in item.css("[itemprop]"):
        if not _same_node(_owner(prop_node), item):
            continue
        value = _value(prop_node)
        for name in (prop_node.attributes.get("itemprop") or "").split():
            if name in result:
                existing = result[name]
                result[name] = (
                    [*existing, value] if isinstance(existing, list) else [existing, value]
                )
            else:
                result[name] = value
    return result


def _value(node: LexborNode) -> Any:
    if "itemscope" in node.attributes:
        return item_to_dict(node)
    attribute = _VALUE_ATTRIBUTE.get(node.tag or "")
    if attribute and node.attributes.get(attribute):
        return node.attributes[attribute]
    if "content" in node.attributes:
        return node.attributes["content"]
    return node.text(separator=" ", strip=True)


def _owner(node: LexborNode) -> LexborNode | None:
    """The nearest itemscope ancestor: the item this property belongs to."""
    parent = node.parent
    while parent is not None and parent.is_element_node:
        if "itemscope" in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _same_node(a: LexborNode | None, b: LexborNode) -> bool:
    return a is not None and a.mem_id == b.mem_id


def _is_top_level(node: LexborNode) -> bool:
    """An item that is not itself the value of another item's property."""
    return "itemprop" not in node.attributes or _owner(node) is None
