"""Checking catalog sources: fetch each start page, scout it, extract it, and give a verdict.

The fetcher and the extractor are passed in, so the check runs against pages served from
127.0.0.1 in tests, against recaptured copies offline, and without the extract stage where it is
not installed.

Besides reachability, the check says what each start page *is*, from the dated items extraction
finds on it: a ``listing`` (several dated items), a ``single`` page (one dated item), a
``single past event`` (one dated item, already over: a report, not a place to learn about the
next date) or ``empty`` (no dated item). A page that is not what the catalog's ``start_page``
says it is gets a flag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TextIO
from urllib.parse import urlsplit

from netdir.catalog.model import Source
from netdir.records import Page
from netdir.sources.scout import PageSignals, page_html, scout_page

Fetcher = Callable[[str], Page]
Extractor = Callable[[Page, Source | None], Any]
#: Sources whose records have no dates by nature (communities, networks, platforms).
UNDATED_KINDS = frozenset({"community_of_practice", "network", "platform", "overview_page"})
PageKind = Literal["listing", "single", "single past event", "empty"]


class NoStoredCopy(LookupError):
    """An offline check found no recaptured copy of a start URL: nothing was fetched."""


def same_place(requested: str, final: str) -> bool:
    """Whether a fetch ended where it was asked to: ``www.`` and a trailing slash do not count."""

    def key(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        return host, parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")

    return key(requested) == key(final)


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
    page_kind: PageKind | None = None  # None: nothing was extracted (no extract stage, HTTP error)
    no_copy: bool = False  # offline and no recaptured copy: says nothing about the live page
    dated: list[str] = field(default_factory=list)  # ISO start dates of the dated items found

    @property
    def moved(self) -> bool:
        return bool(self.final_url) and not same_place(self.url, self.final_url or "")

    @property
    def reachable(self) -> bool:
        return self.error is None and self.status is not None and self.status > 0


def record_start(record: Any, today: date) -> str | None:
    """The ISO start date of an extracted record: its ``start``, else what its date text says."""
    start = getattr(record, "start", None)
    if start:
        return str(start)[:10]
    text = getattr(record, "date_text", None)
    if not text:
        return None
    from netdir.normalize.when import parse_when  # the normalize stage reads German date text

    return (parse_when(text, today=today).start or "")[:10] or None


def classify_page(starts: Sequence[str | None], today: date) -> tuple[PageKind, list[str]]:
    """What a page is, from the start dates of the records found on it."""
    dated = sorted({start for start in starts if start})
    if len(dated) >= 2:
        return "listing", dated
    if len(dated) == 1:
        return ("single past event" if dated[0] < today.isoformat() else "single"), dated
    return "empty", dated


def check_url(
    source: Source,
    url: str,
    fetch: Fetcher,
    extract: Extractor | None,
    *,
    today: date | None = None,
) -> UrlCheck:
    result = UrlCheck(url=url)
    try:
        page = fetch(url)
    except Exception as exc:  # one broken source must not stop the check of the others
        result.error = f"{type(exc).__name__}: {exc}"
        result.no_copy = isinstance(exc, NoStoredCopy)
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
            day = today or date.today()
            starts = [record_start(record, day) for record in extracted.records]
            result.page_kind, result.dated = classify_page(starts, day)
    return result


def verdict(source: Source, checks: Sequence[UrlCheck]) -> list[str]:
    """The flags a maintainer acts on: unreachable, moved, login-only, broken, empty."""
    flags: list[str] = []
    if checks and all(check.no_copy for check in checks):
        return ["NO STORED COPY"]
    if not any(check.reachable for check in checks):
        return ["UNREACHABLE"]
    if any(check.status and check.status >= 400 for check in checks):
        flags.append("HTTP ERROR")
    if any(check.moved for check in checks):
        flags.append("MOVED")
    records = [check.records for check in checks if check.records is not None]
    has_login_markers = any(check.signals and check.signals.login_markers for check in checks)
    # A "Login" link in the menu is no wall when the page still lists offerings.
    if has_login_markers and (source.login_only or not sum(records)):
        flags.append("LOGIN" if source.login_only else "LOGIN MARKERS")
    if records and sum(records) == 0 and not source.login_only:
        flags.append("NO RECORDS")
    kinds = [check.page_kind for check in checks if check.page_kind is not None]
    if "single past event" in kinds:
        # A report of an event that is over tells nobody about the next one.
        flags.append("SINGLE PAST EVENT")
    if source.start_page == "listing" and kinds and "listing" not in kinds:
        flags.append("NOT A LISTING")
    if (
        sum(records) > 0
        and kinds
        and all(kind == "empty" for kind in kinds)
        and source.kind not in UNDATED_KINDS
    ):
        # Records without a single date: the overview cannot say when anything happens.
        flags.append("NO DATES")
    return flags or ["OK"]


def describe_page(check: UrlCheck) -> str:
    """One line on what the page is: ``listing (4 dated items, 2026-03-03 … 2027-06-22)``."""
    if check.page_kind == "listing":
        return f"listing ({len(check.dated)} dated items, {check.dated[0]} … {check.dated[-1]})"
    if check.page_kind in ("single", "single past event"):
        return f"{check.page_kind} ({check.dated[0]})"
    undated = f"; {check.records} undated records" if check.records else ""
    return f"empty (no dated items{undated})"


def report_source(source: Source, checks: Sequence[UrlCheck], out: TextIO) -> None:
    flags = verdict(source, checks)
    if flags in (["UNREACHABLE"], ["NO STORED COPY"]):
        reasons = "; ".join(check.error or f"HTTP {check.status}" for check in checks)
        print(f"{source.id}: {flags[0]} ({reasons})", file=out)
        return
    total = sum(check.records or 0 for check in checks)
    counted = any(check.records is not None for check in checks)
    records = f"{total} records" if counted else "records: extract stage not available"
    declared = f" · catalog start_page {source.start_page}" if source.start_page else ""
    print(f"{source.id}: {' '.join(flags)} · mode {source.extract} · {records}{declared}", file=out)
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
        if check.page_kind is not None:
            print(f"    page: {describe_page(check)}", file=out)
        for issue in check.issues:
            print(f"    issue: {issue}", file=out)


def check_sources(
    sources: Iterable[Source],
    fetcher_for: Callable[[Source], Fetcher],
    extract: Extractor | None,
    out: TextIO,
    *,
    today: date | None = None,
) -> dict[str, list[str]]:
    """Check each source's start pages; return the flags per source id."""
    flags: dict[str, list[str]] = {}
    for source in sources:
        fetch = fetcher_for(source)
        checks = [
            check_url(source, str(url), fetch, extract, today=today) for url in source.start_urls
        ]
        report_source(source, checks, out)
        flags[source.id] = verdict(source, checks)
    return flags
