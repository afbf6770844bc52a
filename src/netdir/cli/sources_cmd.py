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
import inspect
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urljoin, urlsplit

import yaml
from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.catalog import Catalog, CatalogError, CrawlSettings, Source, load_catalog
from netdir.cli.common import default_db, fail
from netdir.records import Page

Fetcher = Callable[[str], Page]
Extractor = Callable[[Page, Source | None], Any]

_LOGIN_WORDS = re.compile(r"\b(Anmelden|Einloggen|Login|Log in|Sign in|Registrieren)\b", re.I)
_NEXT_WORDS = re.compile(r"^\s*(weiter|nächste( seite)?|next|»|›|>)\s*$", re.I)
_CMS_MARKERS = (
    ("WordPress", ("/wp-content/", "/wp-includes/", "/wp-json/")),
    ("Drupal", ("/sites/default/files", "drupal-settings-json", "Drupal.settings")),
    ("TYPO3", ("/typo3conf/", "/typo3temp/", "/fileadmin/")),
    ("Government Site Builder", ("/SiteGlobals/", "/SharedDocs/")),
    ("Liferay", ("Liferay.ThemeDisplay", "/o/frontend-", "portlet_com_liferay")),
)


# --- scouting: what a page offers to the extractors ------------------------------------------


@dataclass(slots=True)
class ListingBlock:
    selector: str  # CSS selector of one repeated item
    count: int
    title_selector: str | None  # a heading inside the item, if any


@dataclass(slots=True)
class PageSignals:
    """What one page offers, found without extracting anything."""

    title: str | None = None
    site_name: str | None = None
    cms: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)  # <link rel=alternate> RSS/Atom
    ical_links: list[str] = field(default_factory=list)  # .ics, webcal:, ?ical=1
    jsonld_types: list[str] = field(default_factory=list)
    microdata_types: list[str] = field(default_factory=list)
    wp_json: str | None = None  # the WordPress REST root, if announced
    tec: bool = False  # The Events Calendar markers
    login_markers: list[str] = field(default_factory=list)
    listing_blocks: list[ListingBlock] = field(default_factory=list)
    next_page: str | None = None
    next_selector: str | None = None

    def summary(self) -> str:
        parts = [
            f"JSON-LD {','.join(self.jsonld_types) or '-'}",
            f"microdata {','.join(self.microdata_types) or '-'}",
            f"feeds {len(self.feeds)}",
            f"ical {len(self.ical_links)}",
            f"wp-json {'yes' if self.wp_json else '-'}" + (" (TEC)" if self.tec else ""),
        ]
        if self.listing_blocks:
            best = self.listing_blocks[0]
            parts.append(f"listing {best.selector} ×{best.count}")
        else:
            parts.append("listing -")
        if self.next_page:
            parts.append("next page")
        return " · ".join(parts)


def scout_page(html: str, base_url: str) -> PageSignals:
    """Read the signals an extraction mode relies on from one HTML page."""
    tree = LexborHTMLParser(html)
    signals = PageSignals()
    title_node = tree.css_first("title")
    signals.title = _text(title_node)
    site = tree.css_first('meta[property="og:site_name"]')
    signals.site_name = (site.attributes.get("content") or None) if site else None
    signals.cms = _cms(tree, html)
    for link in tree.css("link[rel~=alternate][href]"):
        kind = (link.attributes.get("type") or "").lower()
        href = urljoin(base_url, link.attributes.get("href") or "")
        if "rss" in kind or "atom" in kind:
            signals.feeds.append(href)
        elif "calendar" in kind:
            signals.ical_links.append(href)
    for anchor in tree.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        if href.lower().startswith("webcal:"):
            signals.ical_links.append(href)
        elif re.search(r"\.ics(\?|$)|[?&]ical=1", href, re.I):
            signals.ical_links.append(urljoin(base_url, href))
    signals.ical_links = list(dict.fromkeys(signals.ical_links))
    signals.jsonld_types = _jsonld_types(tree)
    signals.microdata_types = sorted(
        {
            (node.attributes.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
            for node in tree.css("[itemscope][itemtype]")
        }
        - {""}
    )
    api = tree.css_first('link[rel="https://api.w.org/"]')
    if api is not None:
        signals.wp_json = urljoin(base_url, api.attributes.get("href") or "/wp-json/")
    elif "/wp-json/" in html:
        signals.wp_json = urljoin(base_url, "/wp-json/")
    signals.tec = "tribe-events" in html or "/wp-json/tribe/" in html
    signals.login_markers = _login_markers(tree)
    signals.listing_blocks = find_listing_blocks(tree)
    signals.next_page, signals.next_selector = _next_page(tree, base_url)
    return signals


def _text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = " ".join(node.text(separator=" ", strip=True).split())
    return text or None


def _cms(tree: LexborHTMLParser, html: str) -> list[str]:
    found: list[str] = []
    generator = tree.css_first('meta[name="generator"]')
    content = (generator.attributes.get("content") or "") if generator else ""
    for name, markers in _CMS_MARKERS:
        if name.split()[0].lower() in content.lower() or any(m in html for m in markers):
            found.append(name)
    return found


def _jsonld_types(tree: LexborHTMLParser) -> list[str]:
    types: Counter[str] = Counter()

    def collect(item: Any) -> None:
        if isinstance(item, list):
            for element in item:
                collect(element)
        elif isinstance(item, dict):
            kind = item.get("@type")
            for name in kind if isinstance(kind, list) else [kind]:
                if isinstance(name, str):
                    types[name] += 1
            if "@graph" in item:
                collect(item["@graph"])

    for script in tree.css('script[type="application/ld+json"]'):
        try:
            collect(json.loads(script.text() or "null"))
        except json.JSONDecodeError:
            types["(invalid JSON-LD)"] += 1
    return [f"{name}×{count}" if count > 1 else name for name, count in types.most_common()]


def _login_markers(tree: LexborHTMLParser) -> list[str]:
    markers: list[str] = []
    if tree.css_first('input[type="password"]') is not None:
        markers.append("password field")
    words = set()
    for node in tree.css("form, button, a, h1, h2, input[type=submit]"):
        text = _text(node) or node.attributes.get("value") or ""
        words.update(match.group(1) for match in _LOGIN_WORDS.finditer(text))
    markers.extend(sorted(words))
    return markers


def _next_page(tree: LexborHTMLParser, base_url: str) -> tuple[str | None, str | None]:
    for selector in ('link[rel="next"]', 'a[rel~="next"]', "a.next", ".pagination a.next"):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("href"):
            return urljoin(base_url, node.attributes["href"] or ""), selector
    for anchor in tree.css("a[href]"):
        label = _text(anchor) or anchor.attributes.get("aria-label") or ""
        if _NEXT_WORDS.match(label):
            return urljoin(base_url, anchor.attributes.get("href") or ""), None
    return None, None


def _signature(node: LexborNode) -> str:
    classes = [c for c in (node.attributes.get("class") or "").split() if not c[-1].isdigit()]
    return node.tag + "".join(f".{c}" for c in classes[:2])


def find_listing_blocks(tree: LexborHTMLParser, minimum: int = 3) -> list[ListingBlock]:
    """Groups of at least ``minimum`` sibling elements of one shape that each hold a link.

    A cheap stand-in for the extract stage's listing detector: enough to propose a ``rules.item``
    selector to a maintainer, who confirms it with ``netdir inspect``.
    """
    blocks: dict[str, ListingBlock] = {}
    body = tree.body
    if body is None:
        return []
    for parent in body.traverse(include_text=False):
        groups: dict[str, list[LexborNode]] = {}
        for child in parent.iter(include_text=False):
            if child.tag in ("script", "style", "option", "br", "link", "meta"):
                continue
            groups.setdefault(_signature(child), []).append(child)
        for signature, members in groups.items():
            linked = [m for m in members if m.css_first("a[href]") is not None]
            wordy = [m for m in linked if len(_text(m) or "") >= 20]
            if len(wordy) < minimum or signature in ("li", "p", "a", "span", "div", "td", "tr"):
                continue
            heading = next(
                (h for h in ("h2", "h3", "h4", ".title", "a") if members[0].css_first(h)), None
            )
            current = blocks.get(signature)
            if current is None or len(wordy) > current.count:
                blocks[signature] = ListingBlock(signature, len(wordy), heading)
    return sorted(blocks.values(), key=lambda block: -block.count)[:3]


# --- fetching and extracting through the other stages ---------------------------------------


def default_fetcher(allow_private_hosts: bool, settings: CrawlSettings | None = None) -> Fetcher:
    """One polite fetch per URL through the crawl stage, with the catalog's crawl settings."""
    from netdir.crawl import fetch_one

    accepts_settings = "settings" in inspect.signature(fetch_one).parameters

    def fetch(url: str) -> Page:
        options: dict[str, Any] = {"allow_private_hosts": allow_private_hosts}
        if accepts_settings and settings is not None:
            options["settings"] = settings
        page = fetch_one(url, **options)
        if inspect.isawaitable(page):
            page = asyncio.run(page)
        return page

    return fetch


def default_extractor() -> Extractor | None:
    try:
        from netdir.extract import extract_page
    except ImportError:  # the extract stage is not installed in this checkout
        return None
    return extract_page


def page_html(page: Page) -> str:
    if page.text is not None:
        return page.text
    if page.body is not None:
        return page.body.decode(page.encoding or "utf-8", errors="replace")
    return ""


def _same_place(requested: str, final: str) -> bool:
    def key(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        return host, parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")

    return key(requested) == key(final)


# --- netdir sources check --------------------------------------------------------------------


@dataclass(slots=True)
class UrlCheck:
    url: str
    status: int | None = None
    final_url: str | None = None
    error: str | None = None
    signals: PageSignals | None = None
    records: int | None = None
    extractors: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)

    @property
    def moved(self) -> bool:
        return bool(self.final_url) and not _same_place(self.url, self.final_url or "")

    @property
    def reachable(self) -> bool:
        return self.error is None and self.status is not None and self.status > 0


def check_url(source: Source, url: str, fetch: Fetcher, extract: Extractor | None) -> UrlCheck:
    result = UrlCheck(url=url)
    try:
        page = fetch(url)
    except Exception as exc:  # one broken source must not stop the check of the others
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    result.status = page.status
    result.final_url = page.final_url
    html = page_html(page)
    if html:
        result.signals = scout_page(html, page.final_url or url)
    if extract is not None and page.status < 400:
        try:
            extracted = extract(page, source)
        except Exception as exc:
            result.issues.append(f"extraction failed: {type(exc).__name__}: {exc}")
        else:
            result.records = len(extracted.records)
            result.extractors = list(getattr(extracted, "extractors", []))
            result.issues.extend(str(issue) for issue in extracted.issues)
    return result


def verdict(source: Source, checks: Sequence[UrlCheck]) -> list[str]:
    """The flags a maintainer acts on: unreachable, moved, login-only, broken, empty."""
    flags: list[str] = []
    if not any(check.reachable for check in checks):
        return ["UNREACHABLE"]
    if any(check.status and check.status >= 400 for check in checks):
        flags.append("HTTP ERROR")
    if any(check.moved for check in checks):
        flags.append("MOVED")
    if any(check.signals and check.signals.login_markers for check in checks):
        flags.append("LOGIN" if source.login_only else "LOGIN MARKERS")
    records = [check.records for check in checks if check.records is not None]
    if records and sum(records) == 0 and not source.login_only:
        flags.append("NO RECORDS")
    return flags or ["OK"]


def report_source(source: Source, checks: Sequence[UrlCheck], out: TextIO) -> None:
    flags = verdict(source, checks)
    if flags == ["UNREACHABLE"]:
        reasons = "; ".join(check.error or f"HTTP {check.status}" for check in checks)
        print(f"{source.id}: UNREACHABLE ({reasons})", file=out)
        return
    total = sum(check.records or 0 for check in checks)
    counted = any(check.records is not None for check in checks)
    records = f"{total} records" if counted else "records: extract stage not available"
    print(f"{source.id}: {' '.join(flags)} · mode {source.extract} · {records}", file=out)
    for check in checks:
        if check.error:
            print(f"  {check.url}  unreachable: {check.error}", file=out)
            continue
        moved = f" → {check.final_url} (moved)" if check.moved else ""
        print(f"  {check.url}  HTTP {check.status}{moved}", file=out)
        if check.signals is not None:
            print(f"    finds: {check.signals.summary()}", file=out)
            if check.signals.cms:
                print(f"    cms: {', '.join(check.signals.cms)}", file=out)
            if check.signals.login_markers:
                print(f"    login markers: {', '.join(check.signals.login_markers)}", file=out)
        if check.records is not None:
            used = ", ".join(check.extractors) or "none"
            print(f"    extracted: {check.records} records (by {used})", file=out)
        for issue in check.issues:
            print(f"    issue: {issue}", file=out)


def check_sources(
    sources: Iterable[Source],
    fetcher_for: Callable[[Source], Fetcher],
    extract: Extractor | None,
    out: TextIO,
) -> dict[str, list[str]]:
    """Check each source's start pages; return the flags per source id."""
    flags: dict[str, list[str]] = {}
    for source in sources:
        fetch = fetcher_for(source)
        checks = [check_url(source, str(url), fetch, extract) for url in source.start_urls]
        report_source(source, checks, out)
        flags[source.id] = verdict(source, checks)
    return flags


# --- netdir sources add ----------------------------------------------------------------------


def _slug(text: str) -> str:
    lowered = text.lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        lowered = lowered.replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or "source"


def propose_entry(url: str, signals: PageSignals, source_id: str | None = None) -> dict[str, Any]:
    """A catalog entry for review: what the page offers decides the proposed mode."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    entry: dict[str, Any] = {
        "id": source_id or _slug(host.rsplit(".", 1)[0]),
        "name": signals.site_name or signals.title or host,
        "kind": "event_calendar",
        "organizer": signals.site_name or host,
        "level": "mixed",
        "start_urls": [url],
    }
    event_types = [t for t in signals.jsonld_types + signals.microdata_types if "Event" in t]
    if signals.tec or event_types or signals.ical_links or not signals.listing_blocks:
        entry["extract"] = "auto"
    else:
        best = signals.listing_blocks[0]
        title = best.title_selector or "a"
        entry["extract"] = "rules"
        entry["rules"] = {
            "item": best.selector,
            "min_items": 1,
            "fields": {"title": title, "url": "a@href"},
        }
    if signals.next_page:
        entry["follow"] = (
            {"next": signals.next_selector, "max_pages": 5}
            if signals.next_selector
            else {"max_pages": 5}
        )
    entry["domains"] = [host]
    found = []
    if signals.cms:
        found.append(f"CMS {'/'.join(signals.cms)}")
    if signals.jsonld_types:
        found.append(f"JSON-LD {', '.join(signals.jsonld_types)}")
    if signals.microdata_types:
        found.append(f"microdata {', '.join(signals.microdata_types)}")
    if signals.feeds:
        found.append(f"feeds {', '.join(signals.feeds)}")
    if signals.ical_links:
        found.append(f"iCal {', '.join(signals.ical_links[:3])}")
    if signals.wp_json:
        found.append("wp-json" + (" with The Events Calendar" if signals.tec else ""))
    if signals.login_markers:
        found.append(f"login markers ({', '.join(signals.login_markers)})")
    scouted = datetime.now(UTC).date().isoformat()
    entry["notes"] = f"Scouted {scouted} (SEEN): " + ("; ".join(found) or "no structured data")
    return entry


def print_scout_report(url: str, page: Page, signals: PageSignals, out: TextIO) -> None:
    moved = "" if _same_place(url, page.final_url) else f" → {page.final_url} (moved)"
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


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``netdir sources`` with its ``list``, ``check`` and ``add`` subcommands."""
    parser = subcommands.add_parser(
        "sources", help="list, check and scout catalog sources", description=__doc__
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
        "1 when any is unreachable, moved, broken or yields no records.",
    )
    check_parser.add_argument("ids", nargs="*", metavar="ID", help="sources (default: enabled)")
    check_parser.add_argument("--catalog", type=Path, help="catalog YAML (default: shipped)")
    check_parser.add_argument(
        "--allow-private-hosts", action="store_true", help="allow loopback/private addresses"
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

    def fetcher_for(source: Source) -> Fetcher:
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
    print("# proposed catalog entry (review organizer, level, kind and notes before adding):")
    print(yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100), end="")
    return 0
