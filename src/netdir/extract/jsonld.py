"""schema.org JSON-LD: ``<script type="application/ld+json">`` blocks → raw records.

Real pages break JSON in predictable ways (trailing commas, comments, HTML entities instead of
quotes, raw newlines in strings, two objects in one block); the reader repairs those and skips
a block it still cannot read.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext
from netdir.extract.framing_series import framing_series
from netdir.extract.no_event_titles import says_no_event
from netdir.extract.schema_org import (
    is_organization,
    is_site_furniture,
    iter_things,
    names_the_source,
    records_from_thing,
    text_of,
)
from netdir.records import RawRecord

EXTRACTOR = "jsonld"
_TRAILING_COMMA = lazy_re.compile(r",\s*([}\]])")
# „"endDate": "2018-7-19T23-23-59-00",,“ (EventON): a comma written twice is one.
_REPEATED_COMMA = lazy_re.compile(r",(?:\s*,)+")
_WRAPPERS = ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>")
_BRACKET = lazy_re.compile(r"[\[\]{}]")
_MAX_REPAIRABLE_DEPTH = 500
_MAX_INDEXED_NODES = 20_000
_REFERENCE_KEYS = frozenset({"@id", "@type"})
# Properties of an event whose value may be a reference to a node stated elsewhere.
_RESOLVED_PROPERTIES = (
    "location", "organizer", "performer", "offers", "address", "eventSchedule", "superEvent",
    "hasCourseInstance", "provider", "audience",
)  # fmt: skip
_VALID_ESCAPES = frozenset('"\\/bfnrtu')
# A quote closes a string when what follows can follow a string in JSON.
_ENDS_STRING = lazy_re.compile(r"\s*(?:[,:}\]]|$)")
# A number with a leading zero outside strings ("postalCode": 04109) is quoted as text.
_LEADING_ZERO = lazy_re.compile(r"([:\[,]\s*)(0\d+(?:\.\d+)?)(?=\s*[,}\]])")


def extract_jsonld(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    documents = [doc for block in jsonld_blocks(tree) for doc in parse_jsonld_text(block)]
    return records_from_documents(documents, context, EXTRACTOR)


def looks_like_jsonld_document(text: str, content_type: str | None) -> bool:
    """A whole body of JSON-LD (``application/ld+json``), not HTML with script blocks."""
    if content_type and "ld+json" in content_type.lower():
        return True
    head = text.lstrip("\ufeff \r\n\t")[:2000]
    return head[:1] in ("{", "[") and '"@context"' in head


def jsonld_scripts(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's ``<script type="application/ld+json">`` elements (any case, any parameters)."""
    return [
        script
        for script in tree.css("script[type]")
        if (script.attributes.get("type") or "").strip().lower().startswith("application/ld+json")
    ]


def jsonld_blocks(tree: LexborHTMLParser) -> list[str]:
    return [script.text(deep=True) or "" for script in jsonld_scripts(tree)]


def records_from_documents(
    documents: list[Any], context: PageContext, extractor: str
) -> list[RawRecord]:
    """Records of all offering-like things in the documents.

    An Organization counts only when a list names it or the page has nothing else: on most
    pages it is the site's publisher (Yoast puts it into every ``@graph``), not an offering —
    unless it is the catalog source's own, a network's on its own site (``names_the_source``).
    An undated series its dated sessions name as ``superEvent`` is their frame
    (``framing_series``).
    """
    things = [thing for document in documents for thing in _things_of(document)]
    has_furniture = any(
        is_site_furniture(node)
        for document in documents
        for node in (document.get("@graph", []) if isinstance(document, dict) else [])
        if isinstance(node, dict)
    ) or any(isinstance(doc, dict) and is_site_furniture(doc) for doc in documents)
    has_offerings = any(not is_organization(node) for node, _ in things)
    index = _id_index(documents) if things else {}
    records: list[RawRecord] = []
    seen: set[int] = framing_series(things)  # an undated series its sessions point to
    seen_records: set[tuple[str, str | None, str | None]] = set()
    for node, listed in things:
        if id(node) in seen:
            continue
        seen.add(id(node))
        if (
            is_organization(node)
            and not listed
            and (has_offerings or has_furniture)
            and not names_the_source(text_of(node.get("name")), context)
        ):
            continue
        for record in records_from_thing(_resolved(node, index), context, extractor):
            if says_no_event(record.title):
                continue  # „INGEN TURNERING DENNE UGE“: an empty week's placeholder
            key = (record.title.casefold(), record.start, record.url)
            if key in seen_records:
                continue  # the same event twice (in an ItemList and again on its own)
            seen_records.add(key)
            records.append(record)
    return records


def _id_index(documents: list[Any]) -> dict[str, dict[str, Any]]:
    """Nodes by ``@id``, so that ``"location": {"@id": "#venue"}`` finds the Place stated
    elsewhere in the ``@graph``. Iterative and bounded: a hostile block costs nothing."""
    index: dict[str, dict[str, Any]] = {}
    stack: list[Any] = list(documents)
    budget = _MAX_INDEXED_NODES
    while stack and budget > 0:
        budget -= 1
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            node_id = value.get("@id")
            if isinstance(node_id, str) and len(value) > 1 and not set(value) <= _REFERENCE_KEYS:
                index.setdefault(node_id, value)
            stack.extend(v for v in value.values() if isinstance(v, dict | list))
    return index


def _resolved(node: dict[str, Any], index: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``node`` with its references (``{"@id": …}`` only) replaced by the nodes they name."""
    if not index:
        return node
    resolved = dict(node)
    for key in _RESOLVED_PROPERTIES:
        value = node.get(key)
        if isinstance(value, list):
            resolved[key] = [_target(item, index) for item in value]
        elif value is not None:
            resolved[key] = _target(value, index)
    return resolved


def _target(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= _REFERENCE_KEYS:
        value = index.get(str(value.get("@id")), value)
    if isinstance(value, dict) and isinstance(value.get("address"), dict):
        # A Place whose PostalAddress is a reference too.
        return {**value, "address": index.get(str(value["address"].get("@id")), value["address"])}
    return value


def _things_of(document: Any) -> list[tuple[dict[str, Any], bool]]:
    """The offering-like nodes of one document; none when it nests too deep to walk (a
    hostile block must not take the page's other blocks with it)."""
    try:
        return list(iter_things(document))
    except RecursionError:
        return []


def parse_jsonld_text(text: str) -> list[Any]:
    """All JSON values in one block, repairing common damage; [] when nothing can be read.

    The fast path is one plain decode; repairs run only when it fails. A block no repair makes
    whole still gives the objects inside it that are readable on their own.
    """
    stripped = text.strip()
    for wrapper in _WRAPPERS:
        stripped = stripped.replace(wrapper, "")
    if not stripped:
        return []
    values, complete = _decode_all(stripped)
    if complete or _nests_deeper_than(stripped, _MAX_REPAIRABLE_DEPTH):
        # No repair makes a block nested thousands deep readable, and the character-level
        # repairs would spend seconds on it (100k levels: 13 s, measured).
        return values
    best = values
    for candidate in _repaired_versions(stripped):
        values, complete = _decode_all(candidate)
        if complete:
            return values
        if len(values) > len(best):
            best = values
    if best:
        return best
    return _salvage_objects(_repair_strings(_repair(html.unescape(stripped))))


def _nests_deeper_than(text: str, limit: int) -> bool:
    """Brackets nest deeper than ``limit`` (brackets inside strings counted too: a cheap bound)."""
    depth = 0
    for bracket in _BRACKET.findall(text):
        depth = depth + 1 if bracket in "[{" else max(0, depth - 1)
        if depth > limit:
            return True
    return False


def _repaired_versions(text: str) -> Iterator[str]:
    """Ever stronger repairs, each tried only when the one before did not read the block."""
    repaired = _repair(text)
    yield repaired
    yield _repair(html.unescape(text))
    yield _repair_strings(repaired)
    yield _repair_strings(_repair(html.unescape(text)))


def _decode_all(text: str) -> tuple[list[Any], bool]:
    """Every top-level JSON value in ``text`` (some CMSs concatenate objects in one block),
    and whether the whole text was read."""
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
        except (json.JSONDecodeError, RecursionError):
            # RecursionError: a block nested ~1000 levels deep; the page's other blocks stay.
            return values, False
        values.append(value)
    return values, True


def _repair_strings(text: str) -> str:
    """Fix what breaks strings and numbers: ``\\'`` and other invalid escapes, quotes inside a
    string that the CMS did not escape, numbers with a leading zero (a postcode ``04109``)."""
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char != '"':
            end = text.find('"', index)
            end = length if end < 0 else end
            out.append(_LEADING_ZERO.sub(r'\1"\2"', text[index:end]))
            index = end
            continue
        out.append('"')
        index += 1
        while index < length:
            char = text[index]
            if char == "\\":
                following = text[index + 1 : index + 2]
                if following in _VALID_ESCAPES:
                    out.append(text[index : index + 2])
                else:
                    out.append(following)  # "\\'" and the like: the character itself
                index += 2
                continue
            if char == '"':
                if _ENDS_STRING.match(text, index + 1):
                    break
                out.append('\\"')  # a quote inside the text: "Konzert "Live" im Park"
                index += 1
                continue
            out.append(char)
            index += 1
        out.append('"')
        index += 1
    return "".join(out)


def _salvage_objects(text: str) -> list[Any]:
    """The JSON objects inside an unreadable block that read on their own, outermost first.

    Iterative (a stack of spans), so a block nested a thousand levels deep cannot overflow.
    """
    decoder = json.JSONDecoder(strict=False)
    found: list[tuple[int, Any]] = []
    pending = [(0, len(text))]
    budget = 200  # spans tried per block: salvage must stay cheap on a hostile page
    while pending and budget > 0:
        begin, finish = pending.pop()
        for start, end in reversed(_child_objects(text, begin, finish)):
            budget -= 1
            try:
                value, _ = decoder.raw_decode(text[start:end])
            except (json.JSONDecodeError, RecursionError):
                pending.append((start + 1, end - 1))
                continue
            if isinstance(value, dict):
                found.append((start, value))
    return [value for _, value in sorted(found, key=lambda item: item[0])]


def _child_objects(text: str, begin: int, finish: int) -> list[tuple[int, int]]:
    """Spans of the outermost ``{...}`` inside ``text[begin:finish]`` (strings skipped)."""
    spans: list[tuple[int, int]] = []
    depth, start, index = 0, -1, begin
    while index < finish:
        char = text[index]
        if char == '"':
            index += 1
            while index < finish and text[index] != '"':
                index += 2 if text[index] == "\\" else 1
        elif char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
        index += 1
    return spans


def repaired_json(text: str) -> str:
    """``text`` with comments and the commas hand edits leave (before a closing bracket,
    doubled) dropped outside strings: what other readers of damaged JSON use too."""
    return _repair(text)


def _repair(text: str) -> str:
    """Drop comments, then trailing and doubled commas (a comment may sit between a comma and
    ``}``)."""
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
    """Commas before a closing bracket dropped and doubled commas made one, outside strings."""
    return "".join(
        chunk if is_string else _TRAILING_COMMA.sub(r"\1", _REPEATED_COMMA.sub(",", chunk))
        for is_string, chunk in _outside_strings(text)
    )
