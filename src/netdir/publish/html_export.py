"""index.html: one offline page with search and filters over the embedded overview.

The data sits in a ``<script type="application/json">`` block; ``<``, ``>`` and ``&`` are
written as JSON escapes there so a scraped "</script>" cannot end the block early. The page's
script renders with textContent only, and a Content-Security-Policy allows just that one inline
script (by hash), so even a missed escape could not run injected code.

What needs no script is rendered here, HTML-escaped: a ``<noscript>`` list of the offerings,
"Neu seit dem letzten Lauf" from changes.json, the calendar subscriptions, links to every
published file and the licence, Impressum and Barrierefreiheitserklärung.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from netdir.publish.json_text import compact_json_bytes
from netdir.publish.labels import FORMAT_LABELS, KIND_LABELS, STATUS_LABELS, kind_label, web_url
from netdir.publish.metadata import DatasetMetadata
from netdir.publish.rows import berlin_day, parse_iso

TEMPLATE_FILE = "index.template.html"
SCRIPT_FILE = "index.js"
BERLIN = ZoneInfo("Europe/Berlin")
#: Too vague for a day: listed as "date to be announced", never as upcoming in a month.
VAGUE_PRECISIONS = frozenset({"season", "year"})
#: (file, what it is) for the download links, in the order a reader looks for them.
DOWNLOADS = (
    ("overview.csv", "CSV für Excel"),
    ("overview.rfc4180.csv", "CSV (RFC 4180)"),
    ("overview.json", "JSON"),
    ("overview.schema.json", "JSON Schema"),
    ("overview.ndjson", "NDJSON"),
    ("overview.parquet", "Parquet"),
    ("netdir.duckdb", "DuckDB"),
    ("changes.json", "Änderungen (JSON)"),
    ("datapackage.json", "Data Package"),
    ("dcat.jsonld", "DCAT-AP.de"),
)
NEW_LIMIT = 15


@dataclass
class PageContext:
    """What the page shows besides the offerings."""

    metadata: DatasetMetadata = field(default_factory=DatasetMetadata)
    changes: dict[str, Any] | None = None
    source_names: dict[str, str] = field(default_factory=dict)
    kind_calendars: dict[str, str] = field(default_factory=dict)  # kind → file, kinds present
    today: date | None = None


def embedded_json(document: Any, *, exact: bool | None = None) -> str:
    return embedded_json_bytes(document, exact=exact).decode("utf-8")


def embedded_json_bytes(document: Any, *, exact: bool | None = None) -> bytes:
    """Compact JSON safe inside a <script> block. Kept as UTF-8 bytes: the overview's data is
    ~12 MB per 10,000 offerings, and as a str with one "–" in it twice that per copy."""
    return _script_safe(compact_json_bytes(document, exact=exact))


#: Items of a long list (the overview's offerings) made into one piece of the data block.
DATA_ITEMS_PER_PIECE = 1000


def embedded_json_pieces(document: Any, *, exact: bool | None = None) -> Iterator[bytes]:
    """``embedded_json_bytes(document)`` in pieces that join to it: an object's long lists a
    slice of items at a time. Dumped whole, the data was escaped by five replaces, each one a
    new copy of it: ~3 copies at once (~60 MB each at 50,000 offerings), publish's peak."""
    if not isinstance(document, dict) or not document or not all(map(_is_text, document)):
        yield embedded_json_bytes(document, exact=exact)
        return
    for index, (key, value) in enumerate(document.items()):
        # Compact JSON of an object is its members' JSON joined, in either encoder.
        member = (b"," if index else b"{") + _script_safe(compact_json_bytes(key)) + b":"
        if isinstance(value, list) and len(value) > DATA_ITEMS_PER_PIECE:
            yield member + b"["
            for first in range(0, len(value), DATA_ITEMS_PER_PIECE):
                items = value[first : first + DATA_ITEMS_PER_PIECE]
                if first:
                    yield b","
                yield _script_safe(
                    b",".join(compact_json_bytes(item, exact=exact) for item in items)
                )
            yield b"]"
        else:
            yield member + embedded_json_bytes(value, exact=exact)
    yield b"}"


def _is_text(key: object) -> bool:
    return isinstance(key, str)


def _script_safe(text: bytes) -> bytes:
    return (
        text.replace(b"<", b"\\u003c")
        .replace(b">", b"\\u003e")
        .replace(b"&", b"\\u0026")
        .replace("\u2028".encode(), b"\\u2028")  # UTF-8 never holds these bytes inside
        .replace("\u2029".encode(), b"\\u2029")  # another character: the same as on text
    )


def index_html_bytes(
    document: dict[str, Any], context: PageContext | None = None, *, exact: bool | None = None
) -> bytes:
    """The page; ``exact``: see ``json_text.orjson_exact`` (asked of ``document`` if None)."""
    return b"".join(index_html_stream(document, context, exact=exact))


def index_html_stream(
    document: dict[str, Any], context: PageContext | None = None, *, exact: bool | None = None
) -> Iterator[bytes]:
    """``index_html_bytes`` in the parts that make it, in order: the page's text around the
    data and the data (one object, wherever the page names it). Each part is made when the
    writer asks for it: written as they come,
    the page is never one more copy of the data, nor all of its parts at once (50,000
    offerings: ~45 MB of data and ~20 MB of the list without JavaScript)."""
    context = context or PageContext()
    package = resources.files("netdir.publish")
    template = package.joinpath(TEMPLATE_FILE).read_text(encoding="utf-8")
    script = package.joinpath(SCRIPT_FILE).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    today = context.today or _berlin_day(document["generated_at"])
    page_info = {
        "today": today.isoformat(),
        "sourceNames": context.source_names,
        "publicUrl": context.metadata.base_url,
    }
    page = (
        template.replace("__SCRIPT_HASH__", f"sha256-{digest}")
        .replace("__SCRIPT__", script)
        .replace("__LABELS__", embedded_json(_labels()))
        .replace("__PAGE__", embedded_json(page_info))
        .replace("__NEW__", _new_since_last_run(context.changes))
        .replace("__SUBSCRIBE__", _subscribe(context))
        .replace("__DOWNLOADS__", _downloads(context.metadata))
    )
    # The list of every offering goes in as bytes, a slice of rows at a time: as text it was
    # copied by each replace above and by the split below (50,000 offerings: ~30 MB a copy).
    offerings = document["offerings"]

    # Last: the data may contain any of the placeholders above as plain text. Joined as bytes,
    # as str.replace would put it at every "__DATA__" (also one a title brought in above).
    def data() -> Iterator[bytes]:
        return embedded_json_pieces(document, exact=exact)

    for index, text in enumerate(page.split("__NOSCRIPT__")):
        if index:
            yield from _with_data(_noscript_pieces(offerings, today, context), data)
        yield from _with_data([text.encode("utf-8")], data)


def _with_data(pieces: Iterable[bytes], data: Callable[[], Iterator[bytes]]) -> Iterator[bytes]:
    """``pieces`` with the data's pieces (made anew each time) wherever they say "__DATA__"."""
    for piece in pieces:
        first, *rest = piece.split(b"__DATA__")
        yield first
        for after in rest:
            yield from data()
            yield after


def _labels() -> dict[str, dict[str, str]]:
    return {"kind": KIND_LABELS, "format": FORMAT_LABELS, "status": STATUS_LABELS}


def _berlin_day(moment: str) -> date:
    return datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(BERLIN).date()


def _new_since_last_run(changes: dict[str, Any] | None) -> str:
    if not changes or not changes.get("previous_generated_at") or not changes.get("added"):
        return ""  # a first publish: everything would be "new"
    added = changes["added"]
    items = "".join(
        f"<li>{_link(item.get('url'), item.get('title') or item['id'])}</li>"
        for item in added[:NEW_LIMIT]
    )
    more = f"<p>… und {len(added) - NEW_LIMIT} weitere.</p>" if len(added) > NEW_LIMIT else ""
    return (
        '<section id="neu" aria-labelledby="neu-titel"><h2 id="neu-titel">'
        f"Neu seit dem letzten Lauf ({len(added)})</h2><ul>{items}</ul>{more}</section>"
    )


def _subscribe(context: PageContext) -> str:
    base = context.metadata.base_url
    links = [("upcoming.ics", "Alle kommenden Termine")]
    links += [
        (name, kind_label(kind) or kind) for kind, name in sorted(context.kind_calendars.items())
    ]
    items = []
    for name, label in links:
        # webcal:// needs an absolute address: known from the public URL, or (served over
        # http) computed by the script; opened from disk the link downloads the file.
        href = "webcal://" + base.split("://", 1)[1] + name if base else name
        items.append(
            f'<li><a class="subscribe" data-file="{escape(name)}" href="{escape(href)}">'
            f"{escape(label)}</a></li>"
        )
    return (
        '<section id="abonnieren" aria-labelledby="abo-titel"><h2 id="abo-titel">'
        f"Termine abonnieren (Kalender)</h2><ul>{''.join(items)}</ul></section>"
    )


def _downloads(meta: DatasetMetadata) -> str:
    files = " · ".join(f'<a href="{name}">{escape(label)}</a>' for name, label in DOWNLOADS)
    legal = [f"Lizenz: {_link(meta.licence_page, meta.licence_title)}"]
    if meta.impressum_url:
        legal.append(_link(meta.impressum_url, "Impressum"))
    if meta.accessibility_url:
        legal.append(_link(meta.accessibility_url, "Barrierefreiheitserklärung"))
    return f"<p>Daten: {files}</p><p>{' · '.join(legal)}</p>"


#: Rows of the page's plain list made into one piece of its bytes.
NOSCRIPT_ROWS_PER_PIECE = 1000


def _noscript_pieces(
    offerings: list[dict[str, Any]], today: date, context: PageContext
) -> Iterator[bytes]:
    """``_noscript_list`` as UTF-8 bytes in pieces that join to it, each made when the writer
    asks for it."""
    yield b'<ul class="noscript-list">'
    rows: list[str] = []
    for row in _noscript_rows(offerings, today, context):
        rows.append(row)
        if len(rows) == NOSCRIPT_ROWS_PER_PIECE:
            yield "".join(rows).encode("utf-8")
            rows.clear()
    yield ("".join(rows) + "</ul>").encode("utf-8")


def _noscript_list(offerings: list[dict[str, Any]], today: date, context: PageContext) -> str:
    """Every offering that is not over, as a plain list: the page without JavaScript."""
    return f'<ul class="noscript-list">{"".join(_noscript_rows(offerings, today, context))}</ul>'


def _noscript_rows(
    offerings: list[dict[str, Any]], today: date, context: PageContext
) -> Iterator[str]:
    kind_labels: dict[Any, str | None] = {}
    for offering in offerings:
        if _is_over(offering, today):
            continue
        kind = offering.get("kind")
        if kind not in kind_labels:
            kind_labels[kind] = kind_label(kind)
        start = offering.get("start")
        when = (
            f'<time datetime="{escape(start)}">{escape(_german_when(offering))}</time>'
            if start
            else escape(offering.get("date_text") or "ohne festen Termin")
        )
        place = ", ".join(p for p in (offering.get("city"), offering.get("state")) if p)
        sources = ", ".join(
            context.source_names.get(s.get("source_id"), s.get("source_id") or "")
            for s in offering.get("sources") or []
        )
        details = " · ".join(escape(part) for part in (kind_labels[kind], place) if part)
        yield (
            f"<li>{_link(offering.get('url'), offering['title'])} – {when}"
            f"{' · ' + details if details else ''}"
            f"{' · Quelle: ' + escape(sources) if sources else ''}</li>"
        )


def _is_over(offering: dict[str, Any], today: date) -> bool:
    if offering.get("status") == "past":
        return True
    if offering.get("recurrence") and offering.get("start"):
        return False  # it repeats
    end = offering.get("end")
    day = berlin_day(end if parse_iso(end) is not None else offering.get("start"))
    return day is not None and day < today


def _german_when(offering: dict[str, Any]) -> str:
    start = offering.get("start")
    if parse_iso(start) is None:
        return ""
    if offering.get("date_precision") in _MONTH_OR_VAGUER:
        return str(offering.get("date_text") or str(offering["start"])[:7])
    return _german_day_time(start)


_MONTH_OR_VAGUER = VAGUE_PRECISIONS | {"month"}


@lru_cache(maxsize=16384)
def _german_day_time(start_text: str) -> str:
    start = parse_iso(start_text)
    if isinstance(start, datetime):
        return start.astimezone(BERLIN).strftime("%d.%m.%Y, %H:%M Uhr")
    return start.strftime("%d.%m.%Y")  # type: ignore[union-attr]


def _link(url: str | None, text: str) -> str:
    safe = web_url(url)
    if safe is None:
        return escape(text)
    return f'<a href="{escape(safe)}" rel="noopener noreferrer">{escape(text)}</a>'
