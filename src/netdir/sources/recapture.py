"""Save a source's current start pages as test fixtures and show what changed in extraction.

    python -m netdir.sources.recapture SOURCE_ID [--catalog FILE] [--fixtures DIR]
    make recapture SOURCE=negz-termine

The pages land in ``tests/catalog/fixtures/<id>/`` (``page-01.html`` …) with a ``capture.json``
manifest: where each page came from, its hash, and the titles and dates extraction found on it.
Before the manifest is replaced, the records of the previous capture are compared with the new
ones, so a maintainer sees at once whether a site change added, lost or re-dated offerings. When
a page cannot be fetched the previous capture stays untouched.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import inspect
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from netdir.catalog.exceptions import CatalogError
from netdir.catalog.loader import load_catalog
from netdir.catalog.model import CrawlSettings, Source
from netdir.records import Page, RawRecord
from netdir.sources.check import NoStoredCopy

MANIFEST = "capture.json"
Fetcher = Callable[[str], Page]
Extractor = Callable[[Page, Source], Sequence[RawRecord]]

_EXTENSIONS = (
    ("calendar", "ics"),
    ("json", "json"),
    ("rss", "xml"),
    ("atom", "xml"),
    ("xml", "xml"),
)


def default_fixtures_dir() -> Path:
    """``tests/catalog/fixtures`` of the checkout (``NETDIR_HOME``, set by the Makefile, or cwd)."""
    return Path(os.environ.get("NETDIR_HOME", ".")) / "tests" / "catalog" / "fixtures"


def record_key(record: dict[str, Any]) -> str:
    return " ".join(str(record.get("title") or "").split()).casefold()


def record_summary(record: RawRecord) -> dict[str, Any]:
    """What a capture remembers of a record: enough to notice added, lost or re-dated offerings."""
    return {
        "title": record.title,
        "url": record.url,
        "date_text": record.date_text,
        "start": record.start,
        "end": record.end,
        "extractor": record.extractor,
    }


@dataclass(slots=True)
class CaptureDiff:
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    redated: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    first_capture: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.redated)

    def lines(self) -> list[str]:
        if self.first_capture:
            return [f"first capture: {len(self.added)} records"] + [
                f"+ {_describe(record)}" for record in self.added
            ]
        lines = [f"+ {_describe(record)}" for record in self.added]
        lines += [f"- {_describe(record)}" for record in self.removed]
        lines += [f"~ {old['title']}: {_when(old)} → {_when(new)}" for old, new in self.redated]
        total = (
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.redated)} re-dated, "
            f"{self.unchanged} unchanged"
        )
        return [*lines, total]


def _when(record: dict[str, Any]) -> str:
    parts = [record.get("start"), record.get("end")]
    machine = " – ".join(str(part) for part in parts if part)
    return machine or str(record.get("date_text") or "no date")


def _describe(record: dict[str, Any]) -> str:
    return f"{record.get('title')} ({_when(record)})"


def diff_records(
    previous: Sequence[dict[str, Any]] | None, current: Sequence[dict[str, Any]]
) -> CaptureDiff:
    """Compare record summaries by normalised title; dates decide "re-dated"."""
    if previous is None:
        return CaptureDiff(added=list(current), first_capture=True)
    old = {record_key(record): record for record in previous}
    new = {record_key(record): record for record in current}
    diff = CaptureDiff()
    for key, record in new.items():
        if key not in old:
            diff.added.append(record)
        elif _when(old[key]) != _when(record):
            diff.redated.append((old[key], record))
        else:
            diff.unchanged += 1
    diff.removed = [record for key, record in old.items() if key not in new]
    return diff


def _extension(page: Page) -> str:
    content_type = (page.content_type or "").lower()
    for marker, extension in _EXTENSIONS:
        if marker in content_type:
            return extension
    return "html"


def read_manifest(directory: Path) -> dict[str, Any] | None:
    path = directory / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def load_captured_pages(directory: Path) -> list[Page]:
    """The saved pages of a capture as ``Page`` objects, ready for ``extract_page``."""
    manifest = read_manifest(directory)
    if manifest is None:
        raise FileNotFoundError(f"{directory}: no {MANIFEST}; run the recapture first")
    pages = []
    for entry in manifest["pages"]:
        body = (directory / entry["file"]).read_bytes()
        pages.append(
            Page(
                source_id=manifest["source_id"],
                url=entry["url"],
                final_url=entry["final_url"],
                status=entry["status"],
                fetched_at=datetime.fromisoformat(manifest["captured_at"]),
                content_type=entry.get("content_type"),
                encoding="utf-8",
                body=body,
                text=body.decode("utf-8", errors="replace"),
                content_hash=entry["sha256"],
            )
        )
    return pages


def captured_fetcher(fixtures_dir: Path, source: Source) -> Fetcher:
    """A fetcher that answers from the recaptured copies of ``source`` instead of the network.

    ``netdir sources check --offline`` uses it, so the verdict on what each start page is
    (listing, single past event, empty) can be given without internet, from the pages saved by
    ``make recapture SOURCE=id``.
    """
    directory = fixtures_dir / source.id
    try:
        pages = {page.url: page for page in load_captured_pages(directory)}
    except FileNotFoundError:
        pages = {}

    def fetch(url: str) -> Page:
        page = pages.get(url)
        if page is None:
            raise NoStoredCopy(
                f"no recaptured copy of {url} in {directory} "
                f"→ run `make recapture SOURCE={source.id}` while online"
            )
        return page

    return fetch


def save_capture(
    directory: Path, source: Source, pages: Sequence[Page], records: Sequence[dict[str, Any]]
) -> Path:
    """Write the pages (as UTF-8) and the manifest; stale page files of older captures go."""
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("page-*"):
        stale.unlink()
    entries = []
    for number, page in enumerate(pages, start=1):
        text = page.text if page.text is not None else (page.body or b"").decode("utf-8", "replace")
        body = text.encode("utf-8")
        name = f"page-{number:02d}.{_extension(page)}"
        (directory / name).write_bytes(body)
        entries.append(
            {
                "file": name,
                "url": page.url,
                "final_url": page.final_url,
                "status": page.status,
                "content_type": page.content_type,
                "sha256": hashlib.sha256(body).hexdigest(),
            }
        )
    manifest = {
        "source_id": source.id,
        "captured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pages": entries,
        "records": list(records),
    }
    path = directory / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


class RecaptureError(RuntimeError):
    """A start page could not be fetched; the previous capture was kept."""


def recapture(
    source: Source,
    fixtures_dir: Path,
    fetch: Fetcher,
    extract: Extractor,
    *,
    force: bool = False,
) -> CaptureDiff:
    """Fetch the start pages, diff their records against the last capture, save the new one.

    A capture that finds no records where the previous one found some is not saved unless
    ``force``: a broken or login-walled page must not silently replace good fixtures.
    """
    pages = []
    for url in source.start_urls:
        try:
            page = fetch(str(url))
        except Exception as exc:
            raise RecaptureError(
                f"[{source.id}] {url}: unreachable ({type(exc).__name__}: {exc}); "
                "the previous capture was kept"
            ) from exc
        if page.status >= 400 or (page.text is None and page.body is None):
            raise RecaptureError(
                f"[{source.id}] {url}: HTTP {page.status}, expected a page with a body; "
                "the previous capture was kept → check the URL with `netdir sources check`"
            )
        page.source_id = source.id
        pages.append(page)
    records = [record_summary(record) for page in pages for record in extract(page, source)]
    directory = fixtures_dir / source.id
    previous = read_manifest(directory)
    diff = diff_records(previous["records"] if previous else None, records)
    if not records and previous and previous["records"] and not force:
        raise RecaptureError(
            f"[{source.id}] {', '.join(str(url) for url in source.start_urls)}: no records "
            f"found, the previous capture had {len(previous['records'])}; the previous capture "
            "was kept → inspect the page with `netdir inspect URL`, or pass --force to save it"
        )
    save_capture(directory, source, pages, records)
    return diff


def _default_fetch(source: Source, defaults: CrawlSettings, allow_private_hosts: bool) -> Fetcher:
    from netdir.crawl import fetch_one

    settings = source.effective_settings(defaults)

    def fetch(url: str) -> Page:
        page = fetch_one(url, settings=settings, allow_private_hosts=allow_private_hosts)
        return asyncio.run(page) if inspect.isawaitable(page) else page

    return fetch


def _default_extract(page: Page, source: Source) -> Sequence[RawRecord]:
    from netdir.extract import extract_page

    return extract_page(page, source).records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m netdir.sources.recapture",
        description="Save a source's current start pages as test fixtures and diff its records.",
    )
    parser.add_argument("source_id", metavar="SOURCE_ID")
    parser.add_argument("--catalog", type=Path, help="catalog YAML (default: shipped)")
    parser.add_argument(
        "--fixtures", type=Path, help="fixtures root (default: tests/catalog/fixtures)"
    )
    parser.add_argument(
        "--allow-private-hosts", action="store_true", help="allow loopback/private addresses"
    )
    parser.add_argument(
        "--force", action="store_true", help="save even when no records are found any more"
    )
    args = parser.parse_args(argv)
    try:
        catalog = load_catalog(args.catalog)
        source = catalog.source(args.source_id)
    except CatalogError as exc:
        print(f"recapture: {exc}", file=sys.stderr)
        return 2
    except KeyError as exc:
        print(f"recapture: {exc.args[0]}", file=sys.stderr)
        return 2
    if source.login_only:
        print(
            f"recapture: {source.id} is login-only; there is no listing to capture", file=sys.stderr
        )
        return 2
    fixtures = args.fixtures or default_fixtures_dir()
    fetch = _default_fetch(source, catalog.settings, args.allow_private_hosts)
    try:
        diff = recapture(source, fixtures, fetch, _default_extract, force=args.force)
    except RecaptureError as exc:
        print(f"recapture: {exc}", file=sys.stderr)
        return 1
    print(f"{source.id}: saved {len(source.start_urls)} page(s) to {fixtures / source.id}")
    for line in diff.lines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
