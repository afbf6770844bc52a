"""Small builders of the shared record types, for realistic warehouse runs."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from netdir.catalog.model import Source
from netdir.records import Offering, Page, RawRecord, SourceIssue, SourceRef, SourceResult
from netdir.warehouse import RunInput

TODAY = date(2026, 11, 27)


def source(source_id: str, kind: str = "conference", extract: str = "jsonld") -> Source:
    return Source(
        id=source_id,
        name=source_id.replace("-", " ").title(),
        start_urls=[f"https://{source_id}.example.org/veranstaltungen/"],
        kind=kind,
        extract=extract,  # type: ignore[arg-type]
    )


def page(source_id: str, url: str, body: str, at: datetime, *, status: int = 200) -> Page:
    raw = body.encode("utf-8")
    return Page(
        source_id=source_id,
        url=url,
        final_url=url,
        status=status,
        fetched_at=at,
        content_type="text/html; charset=utf-8",
        encoding="utf-8",
        body=raw if status == 200 else None,
        text=body if status == 200 else None,
        etag=f'"{hashlib.sha256(raw).hexdigest()[:12]}"',
        last_modified="Wed, 25 Nov 2026 10:00:00 GMT",
        content_hash=hashlib.sha256(raw).hexdigest(),
        changed=status == 200,
    )


def record(source_id: str, page_url: str, title: str, **fields: object) -> RawRecord:
    return RawRecord(
        source_id=source_id,
        page_url=page_url,
        extractor="jsonld",
        title=title,
        field_sources={"title": "jsonld:Event.name"},
        **fields,  # type: ignore[arg-type]
    )


def offering(offering_id: str, title: str, source_ids: Sequence[str], **fields: object) -> Offering:
    refs = [
        SourceRef(sid, f"https://{sid}.example.org/{offering_id}/", "jsonld") for sid in source_ids
    ]
    return Offering(id=offering_id, title=title, sources=refs, **fields)  # type: ignore[arg-type]


def result(
    source_id: str,
    *,
    status: str = "ok",
    healthy: bool = True,
    pages: Sequence[Page] = (),
    records: Sequence[RawRecord] = (),
    issues: Sequence[SourceIssue] = (),
) -> SourceResult:
    return SourceResult(
        source_id=source_id,
        status=status,  # type: ignore[arg-type]
        pages=list(pages),
        records=list(records),
        issues=list(issues),
        healthy=healthy,
        pages_fetched=sum(1 for p in pages if p.status < 400),
        pages_unchanged=sum(1 for p in pages if not p.changed),
    )


def run_input(
    run_id: str,
    started_at: datetime,
    sources: Sequence[Source],
    results: Sequence[SourceResult],
    offerings: Sequence[Offering],
    today: date = TODAY,
) -> RunInput:
    return RunInput(
        run_id=run_id,
        started_at=started_at,
        finished_at=started_at + timedelta(minutes=3),
        sources=list(sources),
        results=list(results),
        offerings=list(offerings),
        today=today,
    )


def moved(item: Offering, **changes: object) -> Offering:
    return replace(item, **changes)  # type: ignore[arg-type]


RUN1_AT = datetime(2026, 10, 20, 5, 30, tzinfo=UTC)
RUN2_AT = datetime(2026, 11, 27, 5, 30, tzinfo=UTC)
