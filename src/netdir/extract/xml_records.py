"""A site's own XML export of its events, read as the JSON objects it spells.

Besides RSS, Atom, iCalendar and frab, sites keep their events in XML of their own making: a
church event database's export (``<root><Export><Veranstaltung><START>2015-06-07 04:00:00
</START><_event_TITLE>…</_event_TITLE>…``), an inn's app data (``<feed><entry><title>
Schnitzelbuffet</title><date>01. September 2016</date><time>ab 18:00 Uhr</time></entry>``,
a ``<feed>`` without Atom's namespace), a community's hand-kept list (``<events><event><title
lang="en">…</title><dateStart>02-June-2022</dateStart>``). Such a document is the same tree of
named values a JSON answer is: each element with children becomes an object of them (repeated
names a list), each leaf its text, and the JSON reader (``embedded_json``) finds the events in it
by the keys it knows. A feed (a namespaced root, ``<rss>``, RDF), a frab schedule and an HTML
page are left to their readers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import Any

from netdir import lazy_re
from netdir.extract.context import PageContext
from netdir.extract.embedded_json import records_from_document_value
from netdir.extract.xml_text import document_head, document_root
from netdir.records import RawRecord

EXTRACTOR = "xml"
_HEAD_CHARS = 2000
# An XML document: its declaration, or an element name right at the start (not <!DOCTYPE html>).
_XML_START = lazy_re.compile(r"^(?:<\?xml[^>]{0,200}\?>|<[A-Za-z_][\w.:-]{0,80}[\s/>])")
_XML_TYPES = ("xml",)
# Roots the feed and page readers own: RSS, RDF and HTML by name, Atom (and XHTML) by namespace.
_OTHER_ROOTS = frozenset({"rss", "rdf", "html", "schedule"})
# The document element's start tag, after the declaration, comments and processing instructions.
_ROOT_TAG = lazy_re.compile(
    r"^(?:\s*<\?[^>]{0,300}\?>|\s*<!--.{0,3000}?-->)*\s*<([A-Za-z_][\w.:-]{0,80})([^>]{0,2000})>",
    re.DOTALL,
)
_MAX_DEPTH = 30


def looks_like_xml_document(text: str, content_type: str | None) -> bool:
    """The body opens as XML (or is served as XML) and is not an HTML page."""
    head = document_head(text, _HEAD_CHARS)
    lowered = head.lower()
    if "<html" in lowered or "<!doctype html" in lowered:
        return False
    served_as_xml = any(kind in (content_type or "").lower() for kind in _XML_TYPES)
    if not (served_as_xml and head.startswith("<")) and _XML_START.match(head) is None:
        return False
    # Told apart by the start tag alone: a feed is not parsed twice.
    root = _ROOT_TAG.match(head)
    return root is None or not _owned_by_other_readers(root[1], root[2])


def _owned_by_other_readers(name: str, attributes: str) -> bool:
    return _local_name(name).lower() in _OTHER_ROOTS or "xmlns=" in attributes


def xml_document_records(text: str, context: PageContext) -> list[RawRecord]:
    """The events of a site's own XML document; none when it is no such document."""
    values = xml_values(text)
    if values is None:
        return []
    return records_from_document_value(values, list(_words(values)), context)


def _words(value: Any) -> Iterator[str]:
    """The keys and texts of ``value``: where its slashed dates stand, each whole (as in the
    JSON text it spells, where a quote ends each)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)
    else:
        for key, item in value.items():
            yield key
            yield from _words(item)


def xml_values(text: str) -> dict[str, Any] | None:
    """The document as nested objects (``{root: {child: …}}``); None when it does not parse, is
    a feed, a frab schedule or a page, or declares a document type (an entity could expand
    without bound or name a local file: a data export needs none)."""
    root = document_root(text)
    if root is None or root.tag.startswith("{") or _local_name(root.tag).lower() in _OTHER_ROOTS:
        return None
    return {root.tag: _value(root, 0)}


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _value(element: ElementTree.Element, depth: int) -> Any:
    """A leaf's text (its attributes are labels: ``Label="Titel"``, ``lang="en"``), or the
    element's attributes and children as an object, a name repeated becoming a list."""
    children = list(element)
    text = (element.text or "").strip()
    if (not children and (text or not element.attrib)) or depth > _MAX_DEPTH:
        return text
    value: dict[str, Any] = dict(element.attrib)
    repeated: set[str] = set()
    for child in children:
        name, item = child.tag, _value(child, depth + 1)
        if name in repeated:
            value[name].append(item)
        elif name in value:
            value[name] = [value[name], item]
            repeated.add(name)
        else:
            value[name] = item
    return value
