"""schema.org in RDFa Lite (``vocab``/``typeof``/``property``) → JSON-LD-shaped dicts → records.

RDFa Lite has microdata's shape with other attribute names: ``typeof`` opens an item (and names
its type), ``property`` names a property of the nearest enclosing item, and ``content`` states a
machine-readable value over the element's text. Prefixed names (``schema:Event``) and full IRIs
are reduced to schema.org's local names, as in JSON-LD. Open Graph ``<meta property="og:…">``
tags outside any ``typeof`` belong to no item and are ignored.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.jsonld import records_from_documents
from netdir.extract.microdata import ItemSyntax, read_items
from netdir.records import RawRecord

EXTRACTOR = "rdfa"
RDFA_LITE = ItemSyntax("typeof", "typeof", "property", value_attributes=("content",))


def extract_rdfa(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    if tree.css_first("[typeof]") is None:
        return []
    return records_from_documents(read_items(tree, RDFA_LITE), context, EXTRACTOR)
