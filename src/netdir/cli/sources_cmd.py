"""``netdir sources list | check | add``: operate the catalog.

- ``list`` shows every catalog entry with its mode and, when a warehouse exists, its last success
  and record count.
- ``check`` fetches the start pages now and says, per source, what each extraction mode finds and
  whether a page moved, is login-only or yields nothing. An unreachable source is one line.
- ``add`` scouts an unknown page (feeds, iCal links, JSON-LD, WordPress REST hints, listing blocks,
  pagination) and prints a proposed catalog entry for a maintainer to review.

The crawl, extract and warehouse stages are imported inside the handlers: ``netdir --help`` stays
light, and ``list`` works on a machine where only the catalog is usable.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

import yaml

from netdir.catalog import Catalog, CatalogError, CrawlSettings, Source, load_catalog
from netdir.cli.common import default_db, fail
from netdir.records import Page
from netdir.sources.check import Extractor, Fetcher, check_sources, same_place
from netdir.sources.propose import choose_mode
from netdir.sources.recapture import captured_fetcher, default_fixtures_dir
from netdir.sources.scout import PageSignals, page_html, propose_entry, scout_page

# --- fetching and extracting through the other stages ---------------------------------------


def default_fetcher(allow_private_hosts: bool, settings: CrawlSettings | None = None) -> Fetcher:
    """One polite fetch per URL through the crawl stage, with the catalog's crawl settings."""
    from netdir.crawl import fetch_one

    def fetch(url: str) -> Page:
        # fetch_one is a coroutine function; a CLI command fetches one page at a time.
        return asyncio.run(
            fetch_one(url, settings=settings, allow_private_hosts=allow_private_hosts)
        )

    return fetch


def default_extractor() -> Extractor | None:
    try:
        from netdir.extract import extract_page
    except ImportError:  # the extract stage is not installed in this checkout
        return None
    return extract_page


# --- netdir sources add: the scouting report ---------------------------------------------------


def print_scout_report(url: str, page: Page, signals: PageSignals, out: TextIO) -> None:
    moved = "" if same_place(url, page.final_url) else f" → {page.final_url} (moved)"
    print(f"# {url}  HTTP {page.status}{moved}", file=out)
    print(f"# title: {signals.title or '-'}", file=out)
    print(f"# CMS: {', '.join(signals.cms) or 'unknown'}", file=out)
    print(f"# feeds: {', '.join(signals.feeds) or '-'}", file=out)
    print(f"# iCal: {', '.join(signals.ical_links) or '-'}", file=out)
    print(f"# JSON-LD types: {', '.join(signals.jsonld_types) or '-'}", file=out)
    print(f"# microdata types: {', '.join(signals.microdata_types) or '-'}", file=out)
    tec = " (The Events Calendar: try /wp-json/tribe/events/v1/events)" if signals.tec else ""
    print(f"# wp-json: {signals.wp_json or '-'}{tec}", file=out)
    for block in signals.listing_blocks:
        print(f"# listing block: {block.selector} ×{block.count}", file=out)
    if not signals.listing_blocks:
        print("# listing block: -", file=out)
    print(f"# pagination: {signals.next_page or '-'}", file=out)
    if signals.login_markers:
        print(f"# login markers: {', '.join(signals.login_markers)}", file=out)


# --- argparse wiring -------------------------------------------------------------------------


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``netdir sources`` with its ``list``, ``check`` and ``add`` subcommands."""
    parser = subcommands.add_parser(
        "sources",
        help="list, check and scout catalog sources",
        description=(
            "list: every catalog entry with its mode and, when a warehouse exists, its last "
            "success and record count. check: fetch the start pages now and say per source "
            "what extraction finds and whether a page moved, is login-only or yields nothing. "
            "add: scout an unknown page (feeds, iCal links, JSON-LD, WordPress REST hints, "
            "listing blocks, pagination) and print a proposed catalog entry to review."
        ),
    )
    actions = parser.add_subparsers(dest="sources_command", required=True, metavar="ACTION")

    list_parser = actions.add_parser("list", help="the catalog as a table")
    list_parser.add_argument("--catalog", type=Path, help="catalog YAML (default: shipped)")
    list_parser.add_argument("--db", type=Path, help="warehouse for last success and records")
    list_parser.set_defaults(handler=run_list)

    check_parser = actions.add_parser(
        "check",
        help="fetch start pages now and report",
        description="Exit code 0 when every checked source is OK (or login-only as expected), "
        "1 when any is unreachable, moved, broken, yields no records, is a single past event or "
        "is not the listing the catalog says. --offline reads the recaptured copies instead.",
    )
    check_parser.add_argument("ids", nargs="*", metavar="ID", help="sources (default: enabled)")
    check_parser.add_argument("--catalog", type=Path, help="catalog YAML (default: shipped)")
    check_parser.add_argument(
        "--allow-private-hosts", action="store_true", help="allow loopback/private addresses"
    )
    check_parser.add_argument(
        "--offline",
        action="store_true",
        help="read the recaptured copies (make recapture SOURCE=id) instead of fetching",
    )
    check_parser.add_argument(
        "--fixtures",
        type=Path,
        help="where --offline finds the recaptured copies (default: tests/catalog/fixtures)",
    )
    check_parser.set_defaults(handler=run_check)

    add_parser = actions.add_parser("add", help="scout a page and propose a catalog entry")
    add_parser.add_argument("url", help="the page that lists offerings")
    add_parser.add_argument("--id", dest="source_id", help="id for the proposed entry")
    add_parser.add_argument("--catalog", type=Path, help="catalog whose crawl settings to use")
    add_parser.add_argument(
        "--allow-private-hosts", action="store_true", help="allow loopback/private addresses"
    )
    add_parser.set_defaults(handler=run_add)


def _load(path: Path | None) -> Catalog | None:
    try:
        return load_catalog(path)
    except CatalogError as exc:
        fail(str(exc))
        return None


def source_summaries(db: Path) -> dict[str, dict[str, Any]]:
    """Last success and record count per source from the warehouse; empty when there is none."""
    if not db.exists():
        return {}
    try:
        from netdir.warehouse import Warehouse

        with Warehouse.open(db, read_only=True) as warehouse:
            rows = warehouse.source_summary()
    except Exception as exc:  # a locked or older warehouse must not break the listing
        print(f"netdir: warehouse {db} not readable ({type(exc).__name__}: {exc})", file=sys.stderr)
        return {}
    return {str(_get(row, "source_id")): _as_dict(row) for row in _rows(rows)}


def _rows(rows: Any) -> list[Any]:
    if isinstance(rows, dict):
        return [{"source_id": key, **_as_dict(value)} for key, value in rows.items()]
    return list(rows)


def _as_dict(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return row
    if hasattr(row, "_asdict"):
        return dict(row._asdict())
    return {
        name: value
        for name in dir(row)
        if not name.startswith("_") and not callable(value := getattr(row, name))
    }


def _get(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


def _first(row: dict[str, Any], *names: str) -> Any:
    for name in names:
        if row.get(name) is not None:
            return row[name]
    return None


def run_list(args: argparse.Namespace) -> int:
    catalog = _load(args.catalog)
    if catalog is None:
        return 2
    summaries = source_summaries(args.db or default_db())
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(catalog.sources)} sources")
    for column in ("id", "kind", "mode", "enabled", "last run", "last success", "records"):
        table.add_column(column, justify="right" if column == "records" else "left")
    for source in catalog.sources:
        row = summaries.get(source.id, {})
        last = _first(row, "last_success", "last_ok", "last_success_at")
        records = _first(row, "records_last_run", "records", "record_count")
        status = _first(row, "last_run_status", "status")
        mode = "login-only" if source.login_only else source.extract
        table.add_row(
            source.id,
            source.kind,
            mode,
            "yes" if source.enabled else "no",
            str(status) if status is not None else "-",
            str(last)[:16].replace("T", " ") if last is not None else "-",
            str(records) if records is not None else "-",
        )
    Console(width=140).print(table)
    return 0


def run_check(args: argparse.Namespace) -> int:
    catalog = _load(args.catalog)
    if catalog is None:
        return 2
    try:
        sources = catalog.select(args.ids or None)
    except KeyError as exc:
        return fail(str(exc.args[0]))

    fixtures = args.fixtures or default_fixtures_dir()

    def fetcher_for(source: Source) -> Fetcher:
        if args.offline:
            return captured_fetcher(fixtures, source)
        settings = source.effective_settings(catalog.settings)
        return default_fetcher(args.allow_private_hosts, settings)

    flags = check_sources(sources, fetcher_for, default_extractor(), sys.stdout)
    counts = Counter(flag for source_flags in flags.values() for flag in source_flags)
    print("summary: " + ", ".join(f"{flag} {n}" for flag, n in sorted(counts.items())))
    return 0 if all(f == ["OK"] or "LOGIN" in f for f in flags.values()) else 1


def run_add(args: argparse.Namespace) -> int:
    catalog = _load(args.catalog)
    if catalog is None:
        return 2
    fetch = default_fetcher(args.allow_private_hosts, catalog.settings)
    try:
        page = fetch(args.url)
    except Exception as exc:
        return fail(f"{args.url}: unreachable ({type(exc).__name__}: {exc})", code=1)
    if page.status >= 400:
        return fail(f"{args.url}: HTTP {page.status}; expected a listing page", code=1)
    signals = scout_page(page_html(page), page.final_url or args.url)
    print_scout_report(args.url, page, signals, sys.stdout)
    entry = propose_entry(page.final_url or args.url, signals, args.source_id)
    extract = default_extractor()
    if extract is not None:
        entry, comparison = choose_mode(entry, page, extract)
        if comparison:
            print(f"# compared on this page: {comparison}")
    print("# proposed catalog entry (review organizer, level, kind and notes before adding):")
    print(yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100), end="")
    return 0
