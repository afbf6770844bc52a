"""Per-field validity of one source's records against the offering schema.

A source whose records are mostly junk ("mehr", "»", menu words) has a broken rule or a
detector that chose the wrong blocks; the pipeline then keeps its last good records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from netdir.catalog.model import Source
from netdir.extract.title_text import is_junk_title
from netdir.fast_pickle import pickled_by_fields
from netdir.records import RawRecord, SourceIssue

MAX_TITLE_LENGTH = 300
# Extractors whose records always should carry the offering's own link.
URL_EXTRACTORS = frozenset({"listing", "feed", "tec"})


@dataclass(slots=True)
class ValidityReport:
    source_id: str
    total: int
    ratios: dict[str, float]  # field → share of records where it is valid
    ok: bool
    issue: SourceIssue | None


def valid_title(title: str | None) -> bool:
    if title is None or not title.strip():
        return False
    return len(title) <= MAX_TITLE_LENGTH and not is_junk_title(title)


def valid_url(url: str | None) -> bool:
    if not url:
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ValidityCounts:
    """How many records there are, with a valid title, that should carry a URL, with a valid
    one. Counts add up, so pages can be counted where they are read (the extraction workers)."""

    records: int = 0
    valid_titles: int = 0
    with_urls: int = 0
    valid_urls: int = 0

    def __add__(self, other: ValidityCounts) -> ValidityCounts:
        return ValidityCounts(
            self.records + other.records,
            self.valid_titles + other.valid_titles,
            self.with_urls + other.with_urls,
            self.valid_urls + other.valid_urls,
        )


def count_validity(source: Source, records: Sequence[RawRecord]) -> ValidityCounts:
    with_urls = [r for r in records if _provides_url(r, source)]
    return ValidityCounts(
        records=len(records),
        valid_titles=sum(valid_title(r.title) for r in records),
        with_urls=len(with_urls),
        valid_urls=sum(valid_url(r.url) for r in with_urls),
    )


def check_validity(
    source: Source,
    records: Sequence[RawRecord],
    page_url: str | None = None,
    counts: ValidityCounts | None = None,
) -> ValidityReport:
    """Share of valid titles and URLs; ``ok`` when both reach ``source.min_valid_ratio``.

    URLs count only for records whose extractor provides them (a single iCal event without
    URL is fine; a listing item without link is not). ``counts``: ``count_validity`` of
    ``records`` when already known (title checks cost ~25 µs a record); recounted when it
    does not match ``records``.
    """
    if counts is None or counts.records != len(records):
        counts = count_validity(source, records)
    total = counts.records
    if total == 0:
        return ValidityReport(source.id, 0, {}, True, None)
    ratios = {"title": counts.valid_titles / total}
    if counts.with_urls:
        ratios["url"] = counts.valid_urls / counts.with_urls
    threshold = source.min_valid_ratio
    failing = {name: ratio for name, ratio in ratios.items() if ratio < threshold}
    if not failing:
        return ValidityReport(source.id, total, ratios, True, None)
    examples = _examples(records, source, failing)
    summary = ", ".join(f"{ratio:.0%} valid {name}s" for name, ratio in sorted(failing.items()))
    issue = SourceIssue(
        source.id,
        page_url or str(source.start_urls[0]),
        "validity",
        f"{summary} in {total} records, expected at least {threshold:.0%}; e.g. {examples}",
        hint="the records were not published over the last good ones; check the page with "
        "`netdir inspect URL` and fix rules.fields (or set extract: rules)",
    )
    return ValidityReport(source.id, total, ratios, False, issue)


def _provides_url(record: RawRecord, source: Source) -> bool:
    if record.extractor in URL_EXTRACTORS or record.url is not None:
        return True
    return record.extractor == "rules" and source.rules is not None and "url" in source.rules.fields


def _examples(records: Sequence[RawRecord], source: Source, failing: dict[str, float]) -> str:
    bad = [
        r
        for r in records
        if ("title" in failing and not valid_title(r.title))
        or ("url" in failing and _provides_url(r, source) and not valid_url(r.url))
    ]
    return ", ".join(f"{r.title[:40]!r} → {r.url}" for r in bad[:3])
