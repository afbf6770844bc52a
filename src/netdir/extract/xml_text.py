"""A body that is an XML document of its own: its head, and its tree parsed with nothing to
expand.

The site-XML reader (``xml_records``) and frab's schedule reader (``frab_xml``) both tell their
documents by the head and parse the whole body. A document type or entity declaration is refused
unread: an export or a schedule needs none, and an entity could expand without bound or name a
local file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

# What may stand before the document element: a byte order mark, white space.
_LEADING = "\ufeff \r\n\t"


def document_head(text: str, chars: int) -> str:
    """The body's first ``chars`` characters after its byte order mark and white space, looked
    for in the first twice as many (a large body is not copied whole to strip its start)."""
    return text[: 2 * chars].lstrip(_LEADING)[:chars]


def document_root(text: str) -> ElementTree.Element | None:
    """The document's root element; None when it is not well-formed XML or declares a
    document type or an entity."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        return None
    try:
        return ElementTree.fromstring(text.lstrip(_LEADING))
    except ElementTree.ParseError:
        return None
