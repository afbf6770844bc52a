"""schema.org JSON-LD: ``<script type="application/ld+json">`` blocks → raw records.

Real pages break JSON in predictable ways (trailing commas, comments, HTML entities instead of
quotes, raw newlines in strings, two objects in one block); the reader repairs those and skips
a block it still cannot read.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.schema_org import (
    is_organization,
    is_site_furniture,
    iter_things,
    records_from_thing,
)
from netdir.records import RawRecord

EXTRACTOR = "jsonld"
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPERS = ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>")


def extract_jsonld(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    documents = [doc for block in jsonld_blocks(tree) for doc in parse_jsonld_text(block)]
    return records_from_documents(documents, context, EXTRACTOR)


def looks_like_jsonld_document(text: str, content_type: str | None) -> bool:
    """A whole body of JSON-LD (``application/ld+json``), not HTML with script blocks."""
    if content_type and "ld+json" in content_type.lower():
        return True
    head = text.lstrip("\ufeff \r\n\t")[:2000]
    return head[:1] in ("{", "[") and '"@context"' in head


def jsonld_blocks(tree: LexborHTMLParser) -> list[str]:
    blocks = []
    for script in tree.css("script[type]"):
        script_type = (script.attributes.get("type") or "").strip().lower()
        if script_type.startswith("application/ld+json"):
            blocks.append(script.text(deep=True) or "")
    return blocks


def records_from_documents(
    documents: list[Any], context: PageContext, extractor: str
) -> list[RawRecord]:
    """Records of all offering-like things in the documents.

    An Organization counts only when a list names it or the page has nothing else: on most
    pages it is the site's publisher (Yoast puts it into every ``@graph``), not an offering.
    """
    things = [thing for document in documents for thing in iter_things(document)]
    has_furniture = any(
        is_site_furniture(node)
        for document in documents
        for node in (document.get("@graph", []) if isinstance(document, dict) else [])
        if isinstance(node, dict)
    ) or any(isinstance(doc, dict) and is_site_furniture(doc) for doc in documents)
    has_offerings = any(not is_organization(node) for node, _ in things)
    records: list[RawRecord] = []
    seen: set[int] = set()
    for node, listed in things:
        if id(node) in seen:
            continue
        seen.add(id(node))
        if is_organization(node) and not listed and (has_offerings or has_furniture):
            continue
        records.extend(records_from_thing(node, context, extractor))
    return records


def parse_jsonld_text(text: str) -> list[Any]:
    """All JSON values in one block, repairing common damage; [] when it cannot be read."""
    stripped = text.strip()
    for wrapper in _WRAPPERS:
        stripped = stripped.replace(wrapper, "")
    if not stripped:
        return []
    for candidate in (stripped, _repair(stripped), _repair(html.unescape(stripped))):
        values = _decode_all(candidate)
        if values:
            return values
    return []


def _decode_all(text: str) -> list[Any]:
    """Every top-level JSON value in ``text`` (some CMSs concatenate objects in one block)."""
    decoder = json.JSONDecoder(strict=False)  # strict=False: raw newlines inside strings
    values: list[Any] = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position] in " \t\r\n;,":
            position += 1
        if position >= len(text):
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return values
        values.append(value)
    return values


def _repair(text: str) -> str:
    """Drop comments, then trailing commas (a comment may sit between a comma and ``}``)."""
    return _drop_trailing_commas(_drop_comments(text))


def _outside_strings(text: str) -> list[tuple[bool, str]]:
    """``text`` split into (is_string, chunk) pieces; string chunks keep their quotes."""
    pieces: list[tuple[bool, str]] = []
    start, index, length = 0, 0, len(text)
    while index < length:
        if text[index] != '"':
            index += 1
            continue
        pieces.append((False, text[start:index]))
        end = index + 1
        while end < length and text[end] != '"':
            end += 2 if text[end] == "\\" else 1
        pieces.append((True, text[index : end + 1]))
        start = index = end + 1
    pieces.append((False, text[start:]))
    return pieces


def _drop_comments(text: str) -> str:
    out: list[str] = []
    in_block_comment = False
    for is_string, chunk in _outside_strings(text):
        if is_string:
            if not in_block_comment:
                out.append(chunk)
            continue
        kept, index = [], 0
        while index < len(chunk):
            if in_block_comment:
                end = chunk.find("*/", index)
                if end < 0:
                    index = len(chunk)
                    break
                in_block_comment, index = False, end + 2
            elif chunk.startswith("/*", index):
                in_block_comment, index = True, index + 2
            elif chunk.startswith("//", index):
                end = chunk.find("\n", index)
                index = len(chunk) if end < 0 else end
            else:
                kept.append(chunk[index])
                index += 1
        out.append("".join(kept))
    return "".join(out)


def _drop_trailing_commas(text: str) -> str:
    return "".join(
        chunk if is_string else _TRAILING_COMMA.sub(r"\1", chunk)
        for is_string, chunk in _outside_strings(text)
    )
