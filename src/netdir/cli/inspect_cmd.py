"""``netdir inspect TARGET``: what extraction finds on one URL or saved file.

A source author points it at a page and sees at once which extractor read it, every record as
the normalizer understands it, the detector's confidence and where each field came from. The
crawl, extract and normalize stages are imported inside the handler so ``netdir --help`` stays
light.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdir.cli.common import fail, iso_date, output_console

if TYPE_CHECKING:
    from netdir.catalog.model import Source
    from netdir.extract import ExtractResult
    from netdir.extract.listing import Detection
    from netdir.records import Offering, Page, RawRecord

INSPECT_SOURCE_ID = "inspect"
# Saved files carry no Content-Type: the suffix says what the body is.
_CONTENT_TYPES = {
    ".ics": "text/calendar",
    ".ical": "text/calendar",
    ".json": "application/json",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".html": "text/html",
    ".htm": "text/html",
}


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``inspect`` to the netdir parser."""
    parser = subcommands.add_parser(
        "inspect",
        help="show what extraction finds on a URL or a saved file",
        description="Fetch a URL (or read a file) and print the records extraction finds there, "
        "normalized, with extractor, confidence and field provenance.",
    )
    parser.add_argument("target", metavar="TARGET", help="an http(s) URL or a local file")
    parser.add_argument(
        "--base-url", help="the URL a local file was saved from (resolves its relative links)"
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help="the day to normalize relative dates against (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per record and line")
    parser.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="allow fetching from loopback/private addresses (local test servers)",
    )
    parser.add_argument(
        "--catalog",
        "--source-catalog",
        dest="source_catalog",
        help="catalog file to take --source from (default: the shipped catalog)",
    )
    parser.add_argument("--source", help="read the page with this catalog source's settings")
    parser.set_defaults(handler=run_inspect)


@dataclass(slots=True)
class InspectedRecord:
    raw: RawRecord
    offering: Offering | None


def run_inspect(args: argparse.Namespace) -> int:
    from netdir.extract import extract_page

    try:
        source = _source(args)
        page = _page(args, source)
    except InspectError as exc:
        return fail(str(exc), exc.code)
    from netdir.extract.listing import remembering_the_first_detection

    with remembering_the_first_detection() as detections:
        result = extract_page(page, source)
    today = args.today or datetime.now(UTC).date()
    inspected = [InspectedRecord(raw, _normalized(raw, today, source)) for raw in result.records]
    for issue in result.issues:
        print(f"netdir: {issue}", file=sys.stderr)
    if args.json:
        for item in inspected:
            print(json.dumps(record_json(item), ensure_ascii=False))
    else:
        _print_table(page, result, inspected)
    if not result.extractors or result.extractors == ["listing"]:
        _report_candidates(
            page, source, detections[0] if detections else None, as_table=not args.json
        )
    if not inspected:
        print(
            f"netdir: no records found on {page.final_url or page.url}; "
            "hint: try --source with a catalog entry that has rules, or check the page in a browser",
            file=sys.stderr,
        )
        return 1
    return 0


class InspectError(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _source(args: argparse.Namespace) -> Source | None:
    if args.source is None:
        if args.source_catalog is not None:
            raise InspectError("--catalog needs --source ID (which entry to use)")
        return None
    from netdir.catalog import CatalogError, load_catalog

    try:
        return load_catalog(args.source_catalog).source(args.source)
    except CatalogError as exc:
        raise InspectError(str(exc)) from exc
    except KeyError as exc:
        raise InspectError(str(exc.args[0])) from exc


def _page(args: argparse.Namespace, source: Source | None) -> Page:
    target: str = args.target
    if target.startswith(("http://", "https://")):
        return _fetched_page(target, args.allow_private_hosts, source)
    return _file_page(Path(target), args.base_url, source, args.today)


def _fetched_page(url: str, allow_private_hosts: bool, source: Source | None) -> Page:
    from netdir.crawl import CrawlError, fetch_one

    try:
        page = asyncio.run(fetch_one(url, allow_private_hosts=allow_private_hosts))
    except CrawlError as exc:
        raise InspectError(f"could not fetch {url}: {exc}", code=1) from exc
    if page.status >= 400:
        raise InspectError(f"{url} answered HTTP {page.status}; nothing to inspect", code=1)
    if source is not None:
        page.source_id = source.id
    return page


def _file_page(
    path: Path, base_url: str | None, source: Source | None, today: date | None = None
) -> Page:
    from netdir.crawl import decode_body
    from netdir.records import Page

    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InspectError(
            f"{path}: cannot read the file ({exc.strerror}); TARGET is an http(s) URL or a file"
        ) from exc
    text, encoding = decode_body(body, None)
    if base_url is None:
        print(
            f"netdir: warning: {path} is read without --base-url, so its relative links "
            "(detail pages, next pages) cannot be resolved; pass the URL it was saved from",
            file=sys.stderr,
        )
    url = base_url or path.resolve().as_uri()
    return Page(
        source_id=source.id if source is not None else INSPECT_SOURCE_ID,
        url=url,
        final_url=url,
        status=200,
        # A saved page is read as of the day it was saved (--today): a calendar's next
        # occurrence and a listing's yearless days count from that day, not from the clock.
        fetched_at=_saved_at(today),
        content_type=_CONTENT_TYPES.get(path.suffix.lower()),
        encoding=encoding,
        body=body,
        text=text,
    )


def _saved_at(today: date | None) -> datetime:
    if today is None:
        return datetime.now(UTC)
    return datetime.combine(today, time(12, tzinfo=UTC))


def _normalized(raw: RawRecord, today: date, source: Source | None) -> Offering | None:
    try:
        from netdir.normalize import normalize_record
    except ImportError:  # the normalize stage is optional for inspecting extraction
        return None
    return normalize_record(raw, today=today, source=source)


def record_json(item: InspectedRecord) -> dict[str, Any]:
    """The JSON line for one record: normalized values where known, the page's text beside."""
    raw, offering = item.raw, item.offering
    return {
        "title": offering.title if offering else raw.title,
        "start": offering.start if offering else raw.start,
        "end": offering.end if offering else raw.end,
        "recurrence": offering.recurrence if offering else raw.recurrence,
        "url": raw.url,
        "location": _location(raw, offering),
        "city": offering.city if offering else raw.city,
        "format": offering.format if offering else raw.attendance_mode,
        "kind": offering.kind if offering else raw.kind,
        "status": offering.status if offering else raw.status_text,
        "date_text": raw.date_text,
        "published": raw.published,
        "extractor": raw.extractor,
        "confidence": raw.confidence,
        "page_url": raw.page_url,
        "field_sources": raw.field_sources,
    }


def _location(raw: RawRecord, offering: Offering | None) -> str | None:
    if raw.location_text:
        return raw.location_text
    parts = [raw.venue or (offering.venue if offering else None), raw.city]
    return ", ".join(p for p in parts if p) or None


def _report_candidates(
    page: Page, source: Source | None, detection: Detection | None, *, as_table: bool
) -> None:
    """When the listing detector is unsure (or found nothing), say so and show the groups of
    blocks it weighed, so a source author sees what it chose between: those of the extraction
    just made (``detection``), else of a detection of its own."""
    if not page.text or "<" not in page.text[:2000]:
        return
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.context import PageContext
    from netdir.extract.listing import describe_candidates, describe_detection

    if detection is not None:
        unsure, rows = describe_detection(detection)
    else:
        unsure, rows = describe_candidates(
            LexborHTMLParser(page.text), PageContext.of(page, source)
        )
    if not unsure or not rows:
        return
    if not as_table:
        print(
            "netdir: the listing detector is unsure on this page; "
            "run without --json to see the candidate groups it weighed",
            file=sys.stderr,
        )
        return
    from rich.table import Table

    console = output_console()
    console.print("[bold]The listing detector is unsure[/bold]; the groups it weighed:")
    table = Table(expand=True)
    for column in ("group", "score", "blocks", "dated", "chosen", "sample title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["group"]),
            f"{row['score']:.2f}",
            str(row["blocks"]),
            f"{row['dated']:.0%}",
            "yes" if row["chosen"] else "",
            str(row["sample"] or ""),
        )
    console.print(table)


def _print_table(page: Page, result: ExtractResult, inspected: list[InspectedRecord]) -> None:
    from rich.table import Table

    console = output_console()
    extractors = ", ".join(result.extractors) or "none"
    confidences = sorted({item.raw.confidence for item in inspected})
    confidence = f", confidence {confidences[0]:.2f}" if confidences and confidences[0] < 1 else ""
    console.print(
        f"[bold]{len(inspected)} records[/bold] from {page.final_url or page.url} "
        f"(extractor: {extractors}{confidence})"
    )
    table = Table(show_lines=False, expand=True)
    for column in ("title", "start", "end", "location", "format", "status", "url"):
        table.add_column(column, overflow="fold")
    for item in inspected:
        row = record_json(item)
        table.add_row(
            row["title"],
            row["start"] or row["date_text"] or "",
            row["end"] or "",
            row["location"] or "",
            row["format"] or "",
            row["status"] or "",
            row["url"] or "",
        )
    if inspected:
        console.print(table)
        fields = inspected[0].raw.field_sources
        console.print(
            "fields from: " + "; ".join(f"{name} ← {where}" for name, where in fields.items()),
            highlight=False,
        )
