"""Extract a whole site of the running sample web the way the refresh would (minus the crawler)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from netdir.catalog import Source
from netdir.demo import SampleWeb
from netdir.extract import check_validity, extract_page
from netdir.records import Page, RawRecord

#: The day the sample web's pages were written for.
TODAY = date(2026, 11, 27)
#: When the pages count as fetched (iCal recurrences are expanded from this day on).
FETCHED_AT = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
GSB_PAGES = ("", "?gtp=7356_list%3D2", "?gtp=7356_list%3D3")

FetchPage = Callable[[str, str], Page]


def _start_path(sample_web: SampleWeb, source: Source) -> str:
    return str(source.start_urls[0]).removeprefix(sample_web.base_urls[source.id])


def extract_site(sample_web: SampleWeb, fetch_page: FetchPage, site: str) -> list[RawRecord]:
    """All records of one site's catalog source (every listing page for the paginated one)."""
    source = sample_web.catalog().source(site)
    start = _start_path(sample_web, source)
    paths = [start + suffix for suffix in GSB_PAGES] if site == "gsb-aktuelles" else [start]
    records: list[RawRecord] = []
    for path in paths:
        result = extract_page(fetch_page(site, path), source)
        assert not result.issues, [str(issue) for issue in result.issues]
        records.extend(result.records)
    assert check_validity(source, records).ok, site
    return records
