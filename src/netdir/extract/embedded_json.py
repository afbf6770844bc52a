"""Events a page keeps as JSON for its scripts to render → raw records.

Script-rendered calendars show nothing without JavaScript, but carry their events in the
page: FullCalendar's event objects in a ``data-*`` attribute (``[{"title": …, "start":
"2026-10-21 19:00"}]``), a Vue or React component's props in an inline script
(``{"titel": "20. Sitzung des Stadtrates", "datum": "2026-09-10"}``). An object with a title
and a start that is an ISO date is read as an event, wherever it is nested. Dispatch asks for
these only when the page's HTML gave nothing: in a page that shows its events, the same JSON
would only repeat them (or be a news feed's data).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext, clean_text, set_field
from netdir.records import RawRecord

EXTRACTOR = "embedded_json"
CONFIDENCE = 0.7
_TITLE_KEYS = ("title", "titel", "name", "summary", "bezeichnung", "subject", "betreff")
_START_KEYS = ("start", "startDate", "start_date", "startdatum", "datum", "dtstart", "beginn", "begin")  # fmt: skip
_END_KEYS = ("end", "endDate", "end_date", "enddatum", "ende", "dtend")
_PLACE_KEYS = ("location", "ort", "place", "venue", "sitzungsort", "raum", "room")
_URL_KEYS = ("url", "full_url", "link", "href", "permalink")
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?)?$")
_JSON_START = re.compile(r"[\[{]\s*\"")  # an object or array that opens with a quoted key
_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "application/json", "module")
# How a JSON value opens inside an attribute in the page's source (quotes escaped as entities
# in a double-quoted attribute, raw in a single-quoted one).
_JSON_ATTRIBUTE = ('="[{&quot;', '="{&quot;', '="[&quot;', '="[{&#34;', '="{&#34;', "='[", "='{")
_MAX_TEXT = 2_000_000  # characters of one script or attribute read at most
_MAX_DEPTH = 30
_MAX_RECORDS = 1000


def extract_embedded_json(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    return records_from_json_texts(json_texts(tree), context)


def records_from_json_texts(texts: list[str], context: PageContext) -> list[RawRecord]:
    """Records of the event objects in ``texts`` (from :func:`json_texts`)."""
    records: list[RawRecord] = []
    seen: set[tuple[str, str]] = set()
    for text in texts:
        for value in _decoded_from(text):
            for node in _objects(value, 0):
                record = _record(node, context)
                if record is None or record.start is None:
                    continue
                key = (record.title.casefold(), record.start)
                if key in seen:
                    continue  # FullCalendar repeats an event in its extendedProps
                seen.add(key)
                records.append(record)
                if len(records) >= _MAX_RECORDS:
                    return records
    return records


def json_texts(tree: LexborHTMLParser, page_text: str | None = None) -> list[str]:
    """The ``data-*`` attribute values and inline scripts that may hold JSON, as text: cheap to
    collect before other readers change the tree, decoded only when they are needed. With the
    page's source at hand, attributes are walked only when the source has one that opens a JSON
    value (walking every element's attributes costs up to ~30 ms on a large page)."""
    texts: list[str] = []
    body = tree.body
    if body is not None and (page_text is None or any(m in page_text for m in _JSON_ATTRIBUTE)):
        for node in body.css("*"):
            for name, raw in node.attributes.items():
                if not name.startswith("data-") or not raw or len(raw) > _MAX_TEXT:
                    continue
                text = raw.strip()
                if text[:1] in ("[", "{") and '"' in text[:3]:
                    texts.append(text)
    for script in tree.css("script"):
        if "src" in script.attributes:
            continue
        kind = (script.attributes.get("type") or "").strip().lower()
        if kind not in _SCRIPT_TYPES:
            continue  # JSON-LD is read as such; templates are no data
        text = script.text(deep=True) or ""
        if '"' in text and len(text) <= _MAX_TEXT:
            texts.append(text)
    return texts


def _decoded_from(text: str) -> Iterator[Any]:
    """Every JSON value in ``text`` that starts at ``{"`` or ``[{"``, outermost first
    (a script holds JSON inside JavaScript: ``props: {…},``)."""
    decoder = json.JSONDecoder(strict=False)
    position = 0
    while (match := _JSON_START.search(text, position)) is not None:
        try:
            value, end = decoder.raw_decode(text, match.start())
        except (json.JSONDecodeError, RecursionError):
            position = match.start() + 1
            continue
        yield value
        position = end


def _objects(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            if isinstance(item, dict | list):
                yield from _objects(item, depth + 1)


def _record(node: dict[str, Any], context: PageContext) -> RawRecord | None:
    title_key = next((k for k in _TITLE_KEYS if isinstance(node.get(k), str)), None)
    start_key = next((k for k in _START_KEYS if _iso(node.get(k)) is not None), None)
    if title_key is None or start_key is None:
        return None
    title = clean_text(node[title_key])
    if title is None:
        return None
    record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{EXTRACTOR}:{title_key}"
    start = _iso(node[start_key])
    set_field(record, "start", start, f"{EXTRACTOR}:{start_key}")
    end_key = next((k for k in _END_KEYS if _iso(node.get(k)) is not None), None)
    if end_key is not None and (end := _iso(node[end_key])) != start:
        set_field(record, "end", end, f"{EXTRACTOR}:{end_key}")
    if start is not None and len(start) == 10:
        record.all_day = True
        record.field_sources["all_day"] = f"{EXTRACTOR}:{start_key}"
    place_key = next((k for k in _PLACE_KEYS if isinstance(node.get(k), str)), None)
    if place_key is not None:
        set_field(record, "location_text", clean_text(node[place_key]), f"{EXTRACTOR}:{place_key}")
    url_key = next((k for k in _URL_KEYS if isinstance(node.get(k), str)), None)
    url = context.absolute_url(node[url_key]) if url_key is not None else None
    if url is not None and url_key is not None:
        set_field(record, "url", url, f"{EXTRACTOR}:{url_key}")
    else:
        set_field(record, "url", context.base_url, "page")
    return record


def _iso(value: object) -> str | None:
    """``2026-10-21 19:00`` → ``2026-10-21T19:00``; a date alone stays a date."""
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    day, time, offset = match.groups()
    if time is None:
        return day
    return f"{day}T{time}{offset or ''}"
