"""publish(): every requested file written under a temp name first, then all moved into place.

A failure while producing any format leaves every previously published file byte-identical
(the temp files are removed) and raises PublishError naming the format.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from netdir.heap import release_free_memory
from netdir.in_thread import InThread
from netdir.publish.changes import changes_document, previous_document
from netdir.publish.csv_export import csv_file_pairs, excel_csv_pairs, rfc4180_csv_pairs
from netdir.publish.dcat import dcat_jsonld_bytes
from netdir.publish.exceptions import PublishError
from netdir.publish.formats import FORMATS
from netdir.publish.html_export import PageContext, index_html_stream
from netdir.publish.ical_export import KIND_CALENDARS, Revision, calendar_file_pairs
from netdir.publish.json_text import (
    compact_json_line,
    indented_json_parts,
    orjson_exact,
)
from netdir.publish.metadata import (
    DESCRIBED_FILES,
    DatasetMetadata,
    FileFacts,
    datapackage_bytes,
)
from netdir.publish.overview_json import (
    overview_document,
    overview_json_bytes,
    overview_ndjson_bytes,
)
from netdir.publish.parallel import (
    CHILD_JOBS,
    MIN_ROWS_TO_FORK,
    RenderedElsewhere,
    Renderer,
    RenderProcess,
    format_of,
)
from netdir.publish.parquet_export import parquet_file_pairs
from netdir.publish.rows import json_ready_row, json_ready_rows
from netdir.publish.schema import (
    SCHEMA_FILE,
    reject_duplicate_ids,
    schema_text,
    validate_overview,
)
from netdir.publish.target import PublishTarget, is_remote

#: The files each format writes.
FORMAT_FILES: dict[str, tuple[str, ...]] = {
    "json": ("overview.json", SCHEMA_FILE),
    "ndjson": ("overview.ndjson",),
    "csv": ("overview.csv", "overview.rfc4180.csv"),
    "parquet": ("overview.parquet",),
    "ics": ("upcoming.ics", *KIND_CALENDARS.values()),
    "html": ("index.html",),
    "duckdb": ("netdir.duckdb",),
    "changes": ("changes.json",),
    "metadata": ("datapackage.json", "dcat.jsonld"),
}
# Moved into place last, in this order: whoever polls overview.json sees the rest already new.
COMMIT_LAST = ["datapackage.json", "dcat.jsonld", "changes.json", "overview.json"]
BERLIN = ZoneInfo("Europe/Berlin")

Snapshot = Callable[[Path], None]


@dataclass
class PublishReport:
    """What one publish wrote, and where."""

    location: str
    generated_at: str
    count: int
    formats: list[str]
    files: list[str]
    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: list[str] = field(default_factory=list)  # "duckdb: no snapshot callable given"


def publish(
    rows: Iterable[Mapping[str, Any]],
    out: str | Path,
    *,
    formats: Iterable[str] = FORMATS,
    generated_at: datetime | None = None,
    snapshot: Snapshot | None = None,
    storage_options: Mapping[str, Any] | None = None,
    metadata: DatasetMetadata | None = None,
    today: date | None = None,
    create_bucket: bool = False,
    revisions_by_id: Mapping[str, tuple[int, datetime]] | None = None,
    source_names: Mapping[str, str] | None = None,
    render_process: RenderProcess | None = None,
) -> PublishReport:
    """Write the requested formats of the overview into ``out`` (a directory or fsspec URL).

    ``rows`` is read once (a list or a stream of rows).

    ``snapshot(path)`` must write the DuckDB marts file to ``path`` (``Warehouse.export_marts``);
    without it, ``duckdb`` is skipped when publishing every format and an error when asked for.
    ``today`` (default: today in Europe/Berlin) decides what upcoming.ics counts as upcoming.
    A remote bucket is created only with ``create_bucket``. ``revisions_by_id`` (offering id →
    version and when it began, ``Warehouse.offering_revisions``) gives calendar events their
    SEQUENCE and LAST-MODIFIED. ``source_names`` (source id → catalog name) label the page's
    source links. ``render_process``: the second process, if the caller started it early
    (``netdir.publish.parallel.started_early``); closed here if no format goes to it.
    """
    requested = list(formats)
    wanted = _wanted_formats(requested, snapshot, explicit=formats is not FORMATS)
    moment = _utc(generated_at)
    today = today or moment.astimezone(BERLIN).date()
    revisions = {
        offering_id: Revision(version, changed_at)
        for offering_id, (version, changed_at) in (revisions_by_id or {}).items()
    }
    target = PublishTarget(out, storage_options)
    produced: dict[str, FileFacts] = {}  # facts, not bytes: each file's bytes go once staged
    # In CHILD_JOBS's order, the largest first: this process takes back from the end.
    forked = [job for job in CHILD_JOBS if format_of(job) in wanted]
    elsewhere: RenderedElsewhere | None = None
    if forked and "ndjson" in wanted and not target.remote:
        # overview.ndjson is written while the rows are read, and its parts go to the second
        # process as they are made: it reads them while this process reads on, and renders
        # once the last row is in, not after the whole read and the file.
        target.prepare(create_bucket=create_bucket)
        stream = _RowStream(
            forked,
            target,
            render_process,
            _child_renderers(today, moment, revisions),
            check=overview_document([], moment),
        )
        try:
            prepared = stream.read(rows, produced)
        except BaseException:
            stream.abandon()
            raise
        del rows
        elsewhere, exact = stream.elsewhere, stream.exact
        checked_elsewhere = elsewhere is not None
        if elsewhere is None:  # too few rows to fork for
            forked = []
        document = overview_document(prepared, moment)
    else:
        checked_elsewhere = False
        # One JSON-ready dict per row; ``rows`` may be a stream (Warehouse.iter_overview_rows),
        # so the warehouse's form of all rows is never held beside this one.
        prepared = json_ready_rows(rows)
        del rows
        document = overview_document(prepared, moment)
        exact = orjson_exact(document)  # asked once for overview.json, .ndjson and index.html
        target.prepare(create_bucket=create_bucket)
        if len(prepared) < MIN_ROWS_TO_FORK:
            forked = []
    meta = metadata or DatasetMetadata(base_url=default_base_url(out))
    page = PageContext(
        metadata=meta,
        source_names=dict(source_names or {}),
        kind_calendars={
            kind: name
            for kind, name in KIND_CALENDARS.items()
            if any(row.get("kind") == kind for row in prepared)
        },
        today=today,
    )

    def render(fmt: str) -> Iterable[tuple[str, bytes | list[bytes]]]:
        return _render(fmt, prepared, page.changes, today, moment, revisions, exact)

    if not forked and render_process is not None:
        render_process.close()
    snapshot_job: _SnapshotJob | None = None
    try:
        if forked and elsewhere is None:  # the second core renders these and writes their files
            # A remote target, or no overview.ndjson wanted (a local one streams it, see
            # _RowStream): the rows go over as one NDJSON text. Starts now and imports
            # meanwhile, unless it was started early.
            elsewhere = RenderedElsewhere(forked, target, render_process)
            rows_ndjson = overview_ndjson_bytes(prepared, exact=exact)
            elsewhere.hand_over(_child_renderers(today, moment, revisions), rows_ndjson)
            if "ndjson" in wanted:  # the same text is the file
                with _failures_named("ndjson", target):
                    target.stage("overview.ndjson", rows_ndjson)
                    produced["overview.ndjson"] = FileFacts.of("overview.ndjson", rows_ndjson)
            del rows_ndjson
        if "duckdb" in wanted:  # DuckDB works without the GIL: beside the rendering below
            snapshot_job = _SnapshotJob(target, snapshot)  # type: ignore[arg-type]

        def check() -> None:
            # Streamed rows were checked by the child as they arrived (``_RowStream``); only
            # where it did not vouch for every row (one failed, or it died) are they checked
            # here, which also says what is wrong.
            if checked_elsewhere and elsewhere is not None and elsewhere.checked():
                reject_duplicate_ids(document)
            else:
                validate_overview(document)

        def note_changes() -> None:
            if "changes" in wanted or "html" in wanted:  # the page shows what is new
                with _failures_named("changes", target):
                    previous = previous_document(target.read_bytes("overview.json"))
                    page.changes = changes_document(previous, document)

        def produce(fmt: str) -> None:
            with _failures_named(format_of(fmt), target):
                if fmt == "duckdb":
                    snapshot_job.stage()  # type: ignore[union-attr]
                    return
                if fmt == "metadata" or (fmt == "ndjson" and "overview.ndjson" in produced):
                    return  # metadata describes the other files: produced after them
                if fmt == "json":  # written as it is made: never whole in memory
                    tally = _Tally()
                    parts = indented_json_parts(document, exact=exact)
                    target.write_temp_stream("overview.json", tally.count(parts))
                    target.adopt("overview.json")
                    produced["overview.json"] = tally.facts("overview.json")
                    schema = schema_text().encode("utf-8")
                    target.stage(SCHEMA_FILE, schema)
                    produced[SCHEMA_FILE] = FileFacts.of(SCHEMA_FILE, schema)
                    return
                if fmt == "html":  # likewise: its parts held at once were publish's peak
                    tally = _Tally()
                    parts = index_html_stream(document, page, exact=exact)
                    target.write_temp_stream("index.html", tally.count(parts))
                    target.adopt("index.html")
                    produced["index.html"] = tally.facts("index.html")
                    release_free_memory()
                    return
                rendered: Iterable[tuple[str, Any]]
                if elsewhere is None or fmt not in forked:
                    rendered = render(fmt)
                elif fmt in elsewhere.taken_back:  # a job of the second process's, done here
                    rendered = _child_renderers(today, moment, revisions)[fmt](prepared)
                else:
                    rendered = elsewhere.result(fmt).items()
                for name, file in rendered:
                    if isinstance(file, FileFacts):
                        target.adopt(name)  # written by the child
                        produced[name] = file
                    else:
                        target.stage(name, file)
                        produced[name] = FileFacts.of(name, file)
                    del file  # one file's bytes at a time
                # Its buffers are free now; returned, they do not add to the next format's peak.
                release_free_memory()

        # This process renders its own formats first, then those of the child's it has not
        # started yet (from the last one back, one at a time: whichever process is free takes
        # the next), then takes the snapshot and the child's.
        later = [fmt for fmt in wanted if fmt in forked or fmt == "duckdb"]
        later += [job for job in forked if job not in wanted]  # a CSV file's job (format_of)
        own = [fmt for fmt in wanted if fmt not in later]
        # Invalid rows raise the check's error, not one of a renderer, and are published in no
        # format at all: nothing is moved into place before every format is staged and the rows
        # are checked. Where the child checks them, its verdict comes once it has read the last
        # part (polite row, 1,600 rows: 0.09-0.28 s after this process's read, the child still
        # compiling its validator): this process renders its own formats meanwhile, and a
        # renderer's error gives way to the check's. Not for many rows: there the marts snapshot
        # runs while the child checks them, and this process's rendering beside it raised the
        # run's peak (5,000 pages: 364 -> 397 MB).
        if (
            checked_elsewhere
            and elsewhere is not None
            and len(prepared) <= RENDER_BEFORE_VERDICT_MAX_ROWS
        ):
            try:
                note_changes()
                for fmt in own:
                    produce(fmt)
            except Exception:
                check()
                raise
            check()
        else:
            check()
            note_changes()
            for fmt in own:
                produce(fmt)
        while elsewhere is not None and (taken := elsewhere.take_back()) is not None:
            produce(taken)
        for fmt in later:
            if elsewhere is None or fmt not in elsewhere.taken_back:
                produce(fmt)
        if "metadata" in wanted:
            with _failures_named("metadata", target):
                modified = document["generated_at"]
                dcat = dcat_jsonld_bytes(_described_files(target, produced), meta, modified)
                produced["dcat.jsonld"] = FileFacts.of("dcat.jsonld", dcat)
                target.stage("dcat.jsonld", dcat)
                facts = _described_files(target, produced)
                target.stage("datapackage.json", datapackage_bytes(facts, meta, modified))
        _wait_synced(target)
    except BaseException:
        if elsewhere is not None:
            elsewhere.cancel()
        if snapshot_job is not None:
            snapshot_job.abandon()
        target.discard(unadopted=[name for job in forked for name in FORMAT_FILES[format_of(job)]])
        raise
    if elsewhere is not None:
        elsewhere.close()
    changes = page.changes
    written = _commit(target)
    summary = (changes or {}).get("summary", {})
    return PublishReport(
        location=target.location,
        generated_at=document["generated_at"],
        count=len(prepared),
        formats=wanted,
        files=sorted(written),
        added=summary.get("added", 0),
        changed=summary.get("changed", 0),
        removed=summary.get("removed", 0),
        skipped=[f"{fmt}: no snapshot callable given" for fmt in requested if fmt not in wanted],
    )


#: Up to this many rows this process renders its own formats while the second process still
#: checks the streamed rows (see ``publish``).
RENDER_BEFORE_VERDICT_MAX_ROWS = 5000

#: Lines of overview.ndjson sent to the second process at a time (~1 MB at 1,000 offerings).
LINES_PER_PART = 1000


class _RowStream:
    """The rows made JSON-ready one at a time while overview.ndjson is written from them; once
    there are ``MIN_ROWS_TO_FORK`` of them, the second process gets its formats and the text
    so far, then each part as it is written (``RenderedElsewhere.stream``)."""

    def __init__(
        self,
        forked: list[str],
        target: PublishTarget,
        render_process: RenderProcess | None,
        renderers: Mapping[str, Renderer],
        check: dict[str, Any] | None = None,
    ) -> None:
        self._forked = forked
        self._check = check  # the document's other fields: the child checks the rows
        self._target = target
        self._render_process = render_process
        self._renderers = renderers
        self._held: list[bytes] = []  # the parts made before there were rows enough to fork for
        self.prepared: list[dict[str, Any]] = []
        self.exact = True  # ``orjson_exact`` of every row, so of the document too
        self.elsewhere: RenderedElsewhere | None = None
        self._error: BaseException | None = None

    def read(
        self, rows: Iterable[Mapping[str, Any]], produced: dict[str, FileFacts]
    ) -> list[dict[str, Any]]:
        """Every row JSON-ready, overview.ndjson written and adopted (its facts in ``produced``).
        An error of the rows is raised as it is; one of writing the file names ndjson."""
        tally = _Tally()
        with _failures_named("ndjson", self._target):
            self._target.write_temp_stream("overview.ndjson", tally.count(self._parts(rows)))
        if self._error is not None:
            raise self._error
        self._target.adopt("overview.ndjson")
        produced["overview.ndjson"] = tally.facts("overview.ndjson")
        if self.elsewhere is not None:
            self.elsewhere.end_stream()
        elif self._render_process is not None:
            self._render_process.close()
        return self.prepared

    def abandon(self) -> None:
        """The read failed: the second process renders nothing, the file is not kept."""
        if self.elsewhere is not None:
            self.elsewhere.cancel()
        elif self._render_process is not None:
            self._render_process.close()
        self._target.discard(unadopted=["overview.ndjson"])

    def _parts(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[bytes]:
        prepared, lines = self.prepared, []
        for ready in self._ready(rows):
            prepared.append(ready)
            exact = orjson_exact(ready)
            self.exact = self.exact and exact
            lines.append(compact_json_line(ready, exact=exact))
            if len(lines) == LINES_PER_PART:
                yield self._sent(b"".join(lines))
                lines.clear()
        if lines:
            yield self._sent(b"".join(lines))

    def _ready(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
        try:
            for row in rows:
                yield json_ready_row(row)
        except Exception as exc:  # the warehouse's, not the file's: raised by ``read``
            self._error = exc

    def _sent(self, part: bytes) -> bytes:
        if self.elsewhere is None:
            if len(self.prepared) < MIN_ROWS_TO_FORK:
                self._held.append(part)
                return part
            self.elsewhere = RenderedElsewhere(self._forked, self._target, self._render_process)
            self.elsewhere.stream(self._renderers, self._check)
            for held in self._held:
                self.elsewhere.send(held)
            self._held.clear()
        self.elsewhere.send(part)
        return part


@contextmanager
def _failures_named(fmt: str, target: PublishTarget) -> Iterator[None]:
    """Turn any error while producing ``fmt`` into a PublishError that names it."""
    try:
        yield
    except PublishError:
        raise
    except Exception as exc:
        raise PublishError(
            f"could not produce {', '.join(FORMAT_FILES[fmt])} for {target.location}: "
            f"{type(exc).__name__}: {exc} → nothing was replaced; the previous files are intact",
            format=fmt,
        ) from exc


def _wait_synced(target: PublishTarget) -> None:
    """Every staged file on disk (``PublishTarget.wait_synced``) before any is moved into place."""
    try:
        target.wait_synced()
    except OSError as exc:
        raise PublishError(
            f"could not write the new files to {target.location}: {type(exc).__name__}: {exc}"
            " → nothing was replaced; the previous files are intact"
        ) from exc


def _commit(target: PublishTarget) -> list[str]:
    try:
        return target.commit(order=COMMIT_LAST)
    except Exception as exc:
        # Every file was complete; only moving them failed (disk, permissions, network).
        target.discard()
        raise PublishError(
            f"moving the new files into place in {target.location} failed: "
            f"{type(exc).__name__}: {exc} → some files may be new and some old; "
            "overview.json is moved last, so it is still the previous one unless it was reached. "
            "Publish again once the target is writable"
        ) from exc


def write_overview(
    rows: Sequence[Mapping[str, Any]],
    out: str | Path,
    *,
    generated_at: datetime | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> str:
    """Write overview.json (and its schema) atomically; ``out`` is a directory or a .json path.

    The document is validated before the old file is replaced. Returns the file's path or URL.
    """
    text = str(out)
    directory: str | Path = out
    if text.endswith(".json"):
        directory = text.rsplit("/", 1)[0] if is_remote(text) else Path(text).parent
        name = text.rsplit("/", 1)[-1]
    else:
        name = "overview.json"
    target = PublishTarget(directory, storage_options)
    target.prepare()
    moment = _utc(generated_at)
    document = overview_document(json_ready_rows(rows), moment)
    validate_overview(document)
    try:
        target.stage(name, overview_json_bytes(document))
        target.stage(SCHEMA_FILE, schema_text().encode("utf-8"))
        target.commit(order=[name])
    except BaseException:
        target.discard()
        raise
    return f"{target.location.rstrip('/')}/{name}"


def _utc(moment: datetime | None) -> datetime:
    """The publish instant in UTC; a naive value is taken as UTC, not as local time."""
    if moment is None:
        return datetime.now(UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def default_base_url(out: str | Path) -> str | None:
    """Where the files will be found if nobody says otherwise: an http(s) --out itself, else
    nothing (ids relative to the metadata file; never the build machine's file:// path)."""
    text = str(out)
    return text.rstrip("/") + "/" if text.startswith(("https://", "http://")) else None


def _wanted_formats(
    formats: Iterable[str], snapshot: Snapshot | None, *, explicit: bool
) -> list[str]:
    requested = list(dict.fromkeys(formats))
    unknown = [fmt for fmt in requested if fmt not in FORMATS]
    if unknown:
        raise PublishError(
            f"unknown format(s) {', '.join(unknown)}: expected some of {', '.join(FORMATS)}"
        )
    if "duckdb" in requested and snapshot is None:
        if explicit:
            raise PublishError(
                "netdir.duckdb needs a snapshot callable (Warehouse.export_marts) → pass snapshot=",
                format="duckdb",
            )
        requested.remove("duckdb")
    return requested


def _render(
    fmt: str,
    rows: list[dict[str, Any]],
    changes: dict[str, Any] | None,
    today: date,
    moment: datetime,
    revisions: dict[str, Revision],
    exact: bool | None = None,
) -> Iterable[tuple[str, bytes | list[bytes]]]:
    """(name, bytes) of each file of ``fmt``; CSV and iCal make them one at a time.
    overview.json and index.html are not made here: ``publish`` writes them as they are made.
    The second process's formats are rendered by the same functions it calls
    (``_child_renderers``), here when it does not take them or this process took one back."""
    if fmt == "ndjson":
        return [("overview.ndjson", overview_ndjson_bytes(rows, exact=exact))]
    if fmt == "csv":  # both files: no second process renders one of them
        return csv_file_pairs(rows, today=today)
    if fmt in CHILD_JOBS:
        return _child_renderers(today, moment, revisions)[fmt](rows)
    if fmt == "changes":
        return [("changes.json", overview_json_bytes(changes or {}))]
    raise AssertionError(f"no renderer for {fmt}")  # _wanted_formats admits only FORMATS


def _child_renderers(
    today: date, moment: datetime, revisions: dict[str, Revision]
) -> dict[str, Renderer]:
    """The renderers of CHILD_JOBS as the second process calls them: with the rows alone
    (``_render``'s arguments for them, bound here); "csv" is overview.csv alone there."""
    return {
        "csv": partial(excel_csv_pairs, today=today),
        "csv.rfc4180": rfc4180_csv_pairs,
        "ics": partial(calendar_file_pairs, today=today, generated_at=moment, revisions=revisions),
        "parquet": parquet_file_pairs,
    }


class _Tally:
    """Size and SHA-256 of the parts that pass through ``count``: a file's facts, taken while
    it is written part by part."""

    def __init__(self) -> None:
        self._size = 0
        self._digest = hashlib.sha256()

    def count(self, parts: Iterable[bytes]) -> Iterator[bytes]:
        for part in parts:
            self._size += len(part)
            self._digest.update(part)
            yield part

    def facts(self, name: str) -> FileFacts:
        return FileFacts(name, self._size, self._digest.hexdigest())


class _SnapshotJob:
    """The DuckDB snapshot, written by a thread from the moment it is created; ``stage()``
    waits for it and stages the file, ``abandon()`` waits and removes it."""

    name = "netdir.duckdb"

    def __init__(self, target: PublishTarget, snapshot: Snapshot) -> None:
        self._target = target
        self._snapshot = snapshot
        self._scratch = (
            tempfile.TemporaryDirectory(prefix="netdir-snapshot-") if target.remote else None
        )
        self._local = (
            Path(self._scratch.name) / self.name
            if self._scratch is not None
            else Path(target.temp_path(self.name))
        )
        # What the snapshot raises is raised by stage(), in the publishing thread.
        self._written = InThread(self._write, name="netdir-snapshot")

    def _write(self) -> None:
        self._snapshot(self._local)
        _check_snapshot(self._local, self._target)

    def stage(self) -> None:
        self._written.result()
        self._target.stage_local_file(self.name, self._local)
        if self._scratch is not None:
            self._scratch.cleanup()

    def abandon(self) -> None:
        self._written.wait()
        self._local.unlink(missing_ok=True)
        self._local.with_name(self._local.name + ".wal").unlink(missing_ok=True)
        if self._scratch is not None:
            self._scratch.cleanup()


def _check_snapshot(local: Path, target: PublishTarget) -> None:
    if not local.exists() or local.stat().st_size == 0:
        raise PublishError(
            f"the snapshot callable wrote nothing to {local} (publishing to {target.location})"
            " → Warehouse.export_marts must create the file it is given",
            format="duckdb",
        )


def _described_files(target: PublishTarget, produced: dict[str, FileFacts]) -> list[FileFacts]:
    """Files of this publish with their size and hash, plus those already published before."""
    facts = []
    for name in DESCRIBED_FILES:
        if name in produced:
            facts.append(produced[name])
        elif any(staged.name == name for staged in target.staged) or target.exists(name):
            facts.append(FileFacts(name))
    return facts
