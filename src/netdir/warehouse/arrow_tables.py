"""Record dataclasses → Arrow tables, column by column, so DuckDB can load them in bulk.

A run's pages, records and offerings go to DuckDB as a stream of batches (``*_batches``: a
``RecordBatchReader`` that builds the next batch when DuckDB asks for it): one INSERT per
table, and only one batch of Arrow columns at a time, however many pages were crawled (the
whole 5,000-page table of bodies took ~2.7x their size while being built).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from itertools import accumulate, islice
from operator import attrgetter
from typing import Any, TypeVar

import pyarrow as pa

from netdir.catalog.model import Source
from netdir.gc_pause import gc_paused as gc_paused  # also imported from here (bench)
from netdir.records import Offering, Page, RawRecord, SourceResult
from netdir.warehouse.exceptions import WarehouseError

T = TypeVar("T")

_TEXT = pa.string()
_TEXT_LIST = pa.list_(pa.string())
_TIMESTAMP = pa.timestamp("us", tz="UTC")
SOURCE_REF = pa.struct([("source_id", _TEXT), ("url", _TEXT), ("extractor", _TEXT)])


Spec = Sequence[tuple[str, pa.DataType, Callable[[T], Any]]]
#: Rows per streamed batch; pages carry their bodies, so fewer of them.
BATCH_ROWS = 4096
PAGE_BATCH_ROWS = 256


def _columns(items: Sequence[T], spec: Spec[T]) -> pa.Table:
    return pa.table(
        {name: pa.array([get(item) for item in items], type=kind) for name, kind, get in spec}
    )


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _stream(
    schema: pa.Schema, chunks: Iterator[list[T]], build: Callable[[list[T]], pa.Table]
) -> pa.RecordBatchReader:
    def batches() -> Iterator[pa.RecordBatch]:
        for chunk in chunks:
            yield from build(chunk).to_batches()

    return pa.RecordBatchReader.from_batches(schema, batches())


def _schema(spec: Spec[T]) -> pa.Schema:
    return pa.schema([(name, kind) for name, kind, _ in spec])


# One encoder for all rows: json.dumps with non-default options builds a new one per call.
_encode_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json(mapping: dict[str, str]) -> str | None:
    return _encode_json(mapping) if mapping else None


def _json_column(mappings: Iterable[dict[str, str]]) -> pa.Array:
    """``_json`` of each mapping as a text column, each distinct dict object encoded once:
    records share one dict per distinct field provenance and extra (the extraction pool's
    ``_Repeated``), offerings one per distinct field provenance (the merge), so a batch holds a
    few dozen of them, not one per row (5,000 pages: ~100,000 encodings, ~0.5 CPU-s of the
    load). By ``id``: every dict is held by its row while the column is made."""
    texts: dict[int, str | None] = {}
    column: list[str | None] = []
    for mapping in mappings:
        key = id(mapping)
        if key not in texts:
            texts[key] = _json(mapping)
        column.append(texts[key])
    return pa.array(column, type=_TEXT)


def _aware(page: Page) -> datetime:
    if page.fetched_at.tzinfo is None:
        raise WarehouseError(
            f"[{page.source_id}] {page.url}: fetched_at {page.fetched_at.isoformat()} has no "
            "time zone, expected timezone-aware UTC (records.Page contract); the crawler should "
            "use datetime.now(UTC)"
        )
    return page.fetched_at


#: Offering attributes copied as they are, with their Arrow types (column name = attribute,
#: except start/end, stored as start_iso/end_iso beside the typed columns).
_OFFERING_SCALARS: tuple[tuple[str, str, pa.DataType], ...] = (
    ("id", "id", _TEXT),
    ("title", "title", _TEXT),
    ("kind", "kind", _TEXT),
    ("url", "url", _TEXT),
    ("start_iso", "start", _TEXT),
    ("end_iso", "end", _TEXT),
    ("all_day", "all_day", pa.bool_()),
    ("date_precision", "date_precision", _TEXT),
    ("date_text", "date_text", _TEXT),
    ("recurrence", "recurrence", _TEXT),
    ("format", "format", _TEXT),
    ("venue", "venue", _TEXT),
    ("city", "city", _TEXT),
    ("state", "state", _TEXT),
    ("organizer", "organizer", _TEXT),
    ("audience", "audience", _TEXT_LIST),
    ("topics", "topics", _TEXT_LIST),
    ("cost", "cost", _TEXT),
    ("free", "free", pa.bool_()),
    ("status", "status", _TEXT),
    ("description", "description", _TEXT),
    ("confidence", "confidence", pa.float64()),
)
_read_offering_scalars = attrgetter(*(attribute for _, attribute, _ in _OFFERING_SCALARS))
_read_ref = attrgetter("source_id", "url", "extractor")


def offerings_batches(offerings: Sequence[Offering]) -> pa.RecordBatchReader:
    """``offerings_table``, streamed in batches of ``BATCH_ROWS``."""
    return _stream(OFFERINGS_SCHEMA, _chunks(offerings, BATCH_ROWS), offerings_table)


def offerings_table(offerings: Sequence[Offering]) -> pa.Table:
    """One row per offering (``sources`` in the order given; the loader sorts them in SQL).

    Built by transposing one ``attrgetter`` tuple per offering and flattening the source refs
    into one list with offsets (C speed), instead of one Python call per field: this table is
    the bulk of a load's Python time.
    """
    columns = list(zip(*map(_read_offering_scalars, offerings), strict=True)) or [
        () for _ in _OFFERING_SCALARS
    ]
    arrays = {
        name: pa.array(values, type=kind)
        for (name, _, kind), values in zip(_OFFERING_SCALARS, columns, strict=True)
    }
    refs = [ref for offering in offerings for ref in offering.sources]
    ref_columns = list(zip(*map(_read_ref, refs), strict=True)) or [(), (), ()]
    ref_structs = pa.StructArray.from_arrays(
        [pa.array(values, type=_TEXT) for values in ref_columns], fields=list(SOURCE_REF)
    )
    offsets = pa.array(
        [0, *accumulate(len(offering.sources) for offering in offerings)], type=pa.int32()
    )
    arrays["sources"] = pa.ListArray.from_arrays(offsets, ref_structs)
    arrays["field_provenance"] = _json_column(offering.field_provenance for offering in offerings)
    return pa.table(arrays, schema=OFFERINGS_SCHEMA)


OFFERINGS_SCHEMA = pa.schema(
    [
        *((name, kind) for name, _, kind in _OFFERING_SCALARS),
        ("sources", pa.list_(SOURCE_REF)),
        ("field_provenance", _TEXT),
    ]
)


def pages_table(run_id: str, results: Sequence[SourceResult]) -> pa.Table:
    """Every page answer of the run; bodies only of pages that changed (304s carry none)."""
    pages: list[Page] = [page for result in results for page in result.pages]
    return _columns(pages, _page_spec(run_id))


def pages_batches(run_id: str, results: Sequence[SourceResult]) -> pa.RecordBatchReader:
    """``pages_table``, streamed in batches of ``PAGE_BATCH_ROWS``. Checked first: an error
    raised while DuckDB reads the stream would reach the caller as DuckDB's, not ours."""
    spec = _page_spec(run_id)
    for result in results:
        for page in result.pages:
            _aware(page)
    pages = (page for result in results for page in result.pages)
    return _stream(
        _schema(spec), _chunks(pages, PAGE_BATCH_ROWS), lambda chunk: _columns(chunk, spec)
    )


def _page_spec(run_id: str) -> Spec[Page]:
    return [
        ("run_id", _TEXT, lambda p: run_id),
        ("source_id", _TEXT, lambda p: p.source_id),
        ("url", _TEXT, lambda p: p.url),
        ("final_url", _TEXT, lambda p: p.final_url),
        ("status", pa.int32(), lambda p: p.status),
        ("fetched_at", _TIMESTAMP, _aware),
        ("etag", _TEXT, lambda p: p.etag),
        ("last_modified", _TEXT, lambda p: p.last_modified),
        ("content_hash", _TEXT, lambda p: p.content_hash),
        ("content_type", _TEXT, lambda p: p.content_type),
        ("encoding", _TEXT, lambda p: p.encoding),
        ("changed", pa.bool_(), lambda p: p.changed),
        ("truncated", pa.bool_(), lambda p: p.truncated),
        ("next_url", _TEXT, lambda p: p.next_url),
        ("elapsed_ms", pa.float64(), lambda p: p.elapsed_ms),
        ("body", pa.binary(), lambda p: p.stored_body() if p.changed else None),
    ]


#: RawRecord attributes copied as they are: (column, attribute, Arrow type).
_RECORD_SCALARS: tuple[tuple[str, str, pa.DataType], ...] = (
    ("source_id", "source_id", _TEXT),
    ("page_url", "page_url", _TEXT),
    ("extractor", "extractor", _TEXT),
    ("title", "title", _TEXT),
    ("url", "url", _TEXT),
    ("description", "description", _TEXT),
    ("date_text", "date_text", _TEXT),
    ("start_iso", "start", _TEXT),
    ("end_iso", "end", _TEXT),
    ("all_day", "all_day", pa.bool_()),
    ("recurrence", "recurrence", _TEXT),
    ("location_text", "location_text", _TEXT),
    ("venue", "venue", _TEXT),
    ("city", "city", _TEXT),
    ("attendance_mode", "attendance_mode", _TEXT),
    ("organizer", "organizer", _TEXT),
    ("kind", "kind", _TEXT),
    ("status_text", "status_text", _TEXT),
    ("cost_text", "cost_text", _TEXT),
    ("audience_text", "audience_text", _TEXT),
    ("topics", "topics", _TEXT_LIST),
    ("published", "published", _TEXT),
    ("confidence", "confidence", pa.float64()),
)
_read_record_scalars = attrgetter(*(attribute for _, attribute, _ in _RECORD_SCALARS))
RECORDS_SCHEMA = pa.schema(
    [
        ("run_id", _TEXT),
        ("position", pa.int32()),
        *((name, kind) for name, _, kind in _RECORD_SCALARS),
        ("field_sources", _TEXT),
        ("extra", _TEXT),
    ]
)


def records_table(run_id: str, results: Sequence[SourceResult]) -> pa.Table:
    """The records each source lists in this run, in their order per source."""
    return _records_table(run_id, list(_positioned(results)))


def records_batches(run_id: str, results: Sequence[SourceResult]) -> pa.RecordBatchReader:
    """``records_table``, streamed in batches of ``BATCH_ROWS``."""
    return _stream(
        RECORDS_SCHEMA,
        _chunks(_positioned(results), BATCH_ROWS),
        lambda chunk: _records_table(run_id, chunk),
    )


def _positioned(results: Sequence[SourceResult]) -> Iterator[tuple[int, RawRecord]]:
    unread = [result.source_id for result in results if result.unread_records]
    if unread:  # a bug, not a state to store: these sources would lose their records
        raise ValueError(f"records of {', '.join(unread)} were never read from the last run")
    for result in results:
        yield from enumerate(result.records)


def _records_table(run_id: str, rows: list[tuple[int, RawRecord]]) -> pa.Table:
    """Transposed like ``offerings_table``: one ``attrgetter`` tuple per record."""
    records = [record for _, record in rows]
    columns = list(zip(*map(_read_record_scalars, records), strict=True)) or [
        () for _ in _RECORD_SCALARS
    ]
    arrays = {
        "run_id": pa.array([run_id] * len(rows), type=_TEXT),
        "position": pa.array([position for position, _ in rows], type=pa.int32()),
    }
    for (name, _, kind), values in zip(_RECORD_SCALARS, columns, strict=True):
        arrays[name] = pa.array(values, type=kind)
    arrays["field_sources"] = _json_column(record.field_sources for record in records)
    arrays["extra"] = _json_column(record.extra for record in records)
    return pa.table(arrays, schema=RECORDS_SCHEMA)


def health_table(run_id: str, results: Sequence[SourceResult]) -> pa.Table:
    return _columns(
        results,
        [
            ("run_id", _TEXT, lambda r: run_id),
            ("source_id", _TEXT, lambda r: r.source_id),
            ("status", _TEXT, lambda r: r.status),
            ("healthy", pa.bool_(), lambda r: r.healthy),
            ("pages_fetched", pa.int32(), lambda r: r.pages_fetched),
            ("pages_unchanged", pa.int32(), lambda r: r.pages_unchanged),
            ("pages_failed", pa.int32(), lambda r: sum(1 for p in r.pages if p.status >= 400)),
            ("records", pa.int32(), lambda r: r.record_count),
            ("issues", pa.int32(), lambda r: len(r.issues)),
            ("issue_messages", _TEXT_LIST, lambda r: [str(issue) for issue in r.issues]),
            ("robots_skipped", pa.int32(), lambda r: len(r.robots_skipped)),
        ],
    )


def sources_table(sources: Sequence[Source]) -> pa.Table:
    return _columns(
        sources,
        [
            ("source_id", _TEXT, lambda s: s.id),
            ("name", _TEXT, lambda s: s.name),
            ("kind", _TEXT, lambda s: s.kind),
            ("extract_mode", _TEXT, lambda s: s.extract),
            ("organizer", _TEXT, lambda s: s.organizer),
            ("level", _TEXT, lambda s: s.level),
            ("start_urls", _TEXT_LIST, lambda s: [str(url) for url in s.start_urls]),
            ("domains", _TEXT_LIST, lambda s: s.domains),
            ("enabled", pa.bool_(), lambda s: s.enabled),
            ("login_only", pa.bool_(), lambda s: s.login_only),
            ("precedence", pa.int32(), lambda s: s.precedence),
            ("min_valid_ratio", pa.float64(), lambda s: s.min_valid_ratio),
        ],
    )
