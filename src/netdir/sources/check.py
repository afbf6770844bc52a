"""Checking catalog sources: fetch each start page, scout it, extract it, and give a verdict.

The fetcher and the extractor are passed in, so the check runs against pages served from
127.0.0.1 in tests and without the extract stage where it is not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import urlsplit

from netdir.catalog.model import Source
from netdir.records import Page
from netdir.sources.scout import PageSignals, page_html, scout_page

Fetcher = Callable[[str], Page]
Extractor = Callable[[Page, Source | None], Any]


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

    @property
    def moved(self) -> bool:
        return bool(self.final_url) and not same_place(self.url, self.final_url or "")

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
    records = [check.records for check in checks if check.records is not None]
    has_login_markers = any(check.signals and check.signals.login_markers for check in checks)
    # A "Login" link in the menu is no wall when the page still lists offerings.
    if has_login_markers and (source.login_only or not sum(records)):
        flags.append("LOGIN" if source.login_only else "LOGIN MARKERS")
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
