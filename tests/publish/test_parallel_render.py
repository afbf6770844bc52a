"""Formats rendered in a second process: the same bytes, and a failure there names its format."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from netdir.publish import PublishError, publish
from netdir.publish import publisher as publisher_module
from netdir.publish.csv_export import csv_file_pairs
from netdir.publish.ical_export import calendar_file_pairs
from netdir.publish.overview_json import overview_ndjson_bytes
from netdir.publish.parallel import (
    CHILD_JOBS,
    MIN_ROWS_TO_FORK,
    RenderedElsewhere,
    RenderProcess,
    claim,
    started_early,
)
from netdir.publish.publisher import _child_renderers
from netdir.publish.rows import json_ready_rows
from netdir.publish.target import PublishTarget
from tests.publish.conftest import GENERATED_AT, TODAY, fake_snapshot, file_bytes, offering

ROWS = [
    offering(
        id=f"off-{n}",
        title=f"Fachtag Digitale Verwaltung – Teil {n}",
        start=f"2027-01-{n % 28 + 1:02d}T09:30:00+01:00",
        city="Leipzig",
        kind="conference" if n % 2 else "workshop",
        description="Zeile eins\nZeile zwei; mit Komma, Semikolon und ÄÖÜ",
    )
    for n in range(60)
]


def _publish(directory: Path, **overrides: Any) -> None:
    publish(
        ROWS, directory, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot, **overrides
    )


def test_formats_rendered_in_a_second_process_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 10**9)
    _publish(tmp_path / "here")
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    _publish(tmp_path / "forked")

    here, forked = file_bytes(tmp_path / "here"), file_bytes(tmp_path / "forked")
    assert sorted(here) == sorted(forked)
    # The snapshot (a fresh DuckDB file) and the metadata holding its hash differ every time.
    same = set(here) - {"netdir.duckdb", "datapackage.json", "dcat.jsonld"}
    assert {"upcoming.ics", "overview.csv", "overview.parquet", "overview.ndjson"} <= same
    assert {name: here[name] for name in same} == {name: forked[name] for name in same}
    # overview.ndjson is written a part at a time while the rows are read (each part also goes
    # to the child): the metadata's size and hash are still the written file's.
    package = json.loads(forked["datapackage.json"])
    [ndjson] = [r for r in package["resources"] if r["path"] == "overview.ndjson"]
    assert ndjson["bytes"] == len(forked["overview.ndjson"])
    assert ndjson["hash"] == "sha256:" + hashlib.sha256(forked["overview.ndjson"]).hexdigest()
    # So is overview.json (a slice of offerings at a time): still json.dumps' text of it.
    written = forked["overview.json"]
    document = json.loads(written)
    assert written == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    [overview] = [r for r in package["resources"] if r["path"] == "overview.json"]
    assert overview["bytes"] == len(written)
    assert overview["hash"] == "sha256:" + hashlib.sha256(written).hexdigest()


def test_rows_streamed_to_the_second_process_in_parts_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows' NDJSON goes to the second process in parts while they are read; the parts made
    before there are rows enough to fork for are held, then sent first: every row arrives once,
    in order (a lost, doubled or reordered part changes the CSV and the calendars)."""
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 10**9)
    _publish(tmp_path / "here")
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 20)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 7)  # 60 rows: 9 parts, 3 held
    monkeypatch.setattr(RenderedElsewhere, "take_back", lambda self: None)  # all rendered there
    _publish(tmp_path / "streamed")

    here, streamed = file_bytes(tmp_path / "here"), file_bytes(tmp_path / "streamed")
    for name in ("overview.ndjson", "overview.csv", "overview.rfc4180.csv", "upcoming.ics"):
        assert streamed[name] == here[name], name
    assert streamed["overview.parquet"] == here["overview.parquet"]


def test_rows_failing_while_streamed_replace_nothing_and_end_the_second_process(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warehouse read fails after the second process got some rows: its error is raised as
    it is, the second process renders nothing and ends, and no file or temp file is left."""
    before = file_bytes(published_dir)
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 10)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 5)
    started: list[RenderedElsewhere] = []
    real_stream = RenderedElsewhere.stream

    def noted_stream(self: RenderedElsewhere, renderers: Any, check: Any = None) -> None:
        started.append(self)
        real_stream(self, renderers, check)

    monkeypatch.setattr(RenderedElsewhere, "stream", noted_stream)

    def rows() -> Iterator[dict[str, Any]]:
        yield from ROWS[:30]
        raise RuntimeError("the warehouse went away")

    with pytest.raises(RuntimeError, match="went away"):
        publish(
            rows(), published_dir, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot
        )

    [elsewhere] = started  # it had forked: 30 rows streamed
    assert elsewhere._process.poll() is not None
    assert file_bytes(published_dir) == before
    assert sorted(path.name for path in published_dir.iterdir()) == sorted(before)


def broken_ics(*args: Any, **kwargs: Any) -> bytes:
    """A calendar renderer that fails; module-level, so the second process can import it."""
    raise OSError("disk full")


def test_a_format_failing_in_the_second_process_replaces_nothing_and_is_named(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_bytes(published_dir)
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    monkeypatch.setattr(publisher_module, "calendar_file_pairs", broken_ics)
    with pytest.raises(PublishError) as raised:
        _publish(published_dir)

    assert raised.value.format == "ics"
    assert "upcoming.ics" in str(raised.value) and "OSError: disk full" in str(raised.value)
    assert file_bytes(published_dir) == before


def test_a_format_failing_here_removes_the_files_the_child_wrote(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_bytes(published_dir)

    def broken_html(*args: Any, **kwargs: Any) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    monkeypatch.setattr(publisher_module, "index_html_stream", broken_html)
    with pytest.raises(PublishError) as raised:
        _publish(published_dir)

    assert raised.value.format == "html"
    assert file_bytes(published_dir) == before
    # Neither the child's CSV/iCal/Parquet temp files, this process's NDJSON nor the
    # snapshot's remain.
    assert sorted(path.name for path in published_dir.iterdir()) == sorted(before)


def test_invalid_rows_checked_while_the_child_renders_replace_nothing(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schema check runs after the fork: its error still wins over the renderers', and what
    the child already wrote is removed."""
    before = file_bytes(published_dir)
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    rows = [*ROWS, offering(id="falsch", status="vielleicht")]

    with pytest.raises(PublishError, match="falsch") as raised:
        publish(rows, published_dir, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot)

    assert raised.value.format == "json"
    assert file_bytes(published_dir) == before
    assert sorted(path.name for path in published_dir.iterdir()) == sorted(before)


def test_streamed_rows_are_checked_by_the_second_process_as_they_arrive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows streamed to the second process are checked against the schema there, a part at a
    time, while this process reads on: this process checks only that ids are unique."""
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 20)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 7)

    def not_here(document: dict[str, Any]) -> None:
        raise AssertionError("checked in the publishing process")

    monkeypatch.setattr(publisher_module, "validate_overview", not_here)
    _publish(tmp_path / "out")
    assert len(json.loads((tmp_path / "out" / "overview.json").read_bytes())["offerings"]) == 60

    twice = [*ROWS, offering(id="off-3", title="Noch einmal")]
    with pytest.raises(PublishError, match="more than once"):
        publish(
            twice,
            tmp_path / "twice",
            generated_at=GENERATED_AT,
            today=TODAY,
            snapshot=fake_snapshot,
        )


def test_a_part_failing_the_second_processs_check_is_checked_here_and_named(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One invalid row in one part: the second process says so, and this process's own check
    names the offering and field (as before the check moved), replacing nothing."""
    before = file_bytes(published_dir)
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 20)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 7)
    checked_here: list[int] = []
    real = publisher_module.validate_overview

    def noted(document: dict[str, Any]) -> None:
        checked_here.append(len(document["offerings"]))
        real(document)

    monkeypatch.setattr(publisher_module, "validate_overview", noted)
    rows = [*ROWS[:30], offering(id="falsch", status="vielleicht"), *ROWS[30:]]

    with pytest.raises(PublishError, match="offering 'falsch' field status") as raised:
        publish(rows, published_dir, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot)

    assert raised.value.format == "json"
    assert checked_here == [61]
    assert file_bytes(published_dir) == before
    assert sorted(path.name for path in published_dir.iterdir()) == sorted(before)


def test_own_formats_render_while_the_second_process_checks_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This process renders its own formats before it waits for the second process's verdict
    on streamed rows (waiting first, it idled while the child compiled and checked)."""
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 20)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 7)
    events: list[str] = []
    real_html, real_checked = publisher_module.index_html_stream, RenderedElsewhere.checked

    def html(*args: Any, **kwargs: Any) -> Iterator[bytes]:
        events.append("html")
        return real_html(*args, **kwargs)

    def checked(self: RenderedElsewhere) -> bool | None:
        events.append("verdict")
        return real_checked(self)

    monkeypatch.setattr(publisher_module, "index_html_stream", html)
    monkeypatch.setattr(RenderedElsewhere, "checked", checked)
    _publish(tmp_path / "out")
    assert events.index("html") < events.index("verdict")


def test_invalid_streamed_rows_raise_the_checks_error_over_a_renderers(
    published_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rendered before the verdict, a format that fails on invalid rows gives way to the check's
    error, which names the offering, and nothing is replaced."""
    before = file_bytes(published_dir)
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 20)
    monkeypatch.setattr(publisher_module, "LINES_PER_PART", 7)

    def broken_html(*args: Any, **kwargs: Any) -> bytes:
        raise KeyError("status")

    monkeypatch.setattr(publisher_module, "index_html_stream", broken_html)
    rows = [*ROWS[:30], offering(id="falsch", status="vielleicht"), *ROWS[30:]]

    with pytest.raises(PublishError, match="offering 'falsch' field status") as raised:
        publish(rows, published_dir, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot)

    assert raised.value.format == "json"
    assert file_bytes(published_dir) == before
    assert sorted(path.name for path in published_dir.iterdir()) == sorted(before)

    # Valid rows: the renderer's own error, named by its format.
    with pytest.raises(PublishError) as raised:
        _publish(published_dir)
    assert raised.value.format == "html"
    assert file_bytes(published_dir) == before


def calendars_noting_peak(rows: list[dict[str, Any]], **kwargs: Any) -> Iterator[tuple[str, bytes]]:
    """The calendars, after writing the rendering process's peak resident size (VmHWM) to the
    file the environment names."""
    status = Path("/proc/self/status").read_text()
    Path(os.environ["NETDIR_TEST_PEAK_FILE"]).write_text(status.split("VmHWM:")[1].split()[0])
    yield from calendar_file_pairs(rows, **kwargs)


def test_the_second_process_does_not_share_the_publishing_process_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refresh publishes from a process that holds the crawl's and the merge's leftovers
    (hundreds of MB at 5,000 pages); a forked renderer started with all of them resident."""
    peak_file = tmp_path / "peak-kb"
    monkeypatch.setenv("NETDIR_TEST_PEAK_FILE", str(peak_file))
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    monkeypatch.setattr(publisher_module, "calendar_file_pairs", calendars_noting_peak)
    # The calendars stay with the second process: this one would take them back (and note
    # its own peak) when it is done with its formats before that process starts them.
    monkeypatch.setattr(RenderedElsewhere, "take_back", lambda self: None)
    ballast = bytearray(b"x" * (200 * 2**20))  # resident in this process

    _publish(tmp_path / "out")

    assert len(ballast) == 200 * 2**20
    assert 0 < int(peak_file.read_text()) < 150 * 1024
    assert (tmp_path / "out" / "upcoming.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_second_process_starts_without_the_catalogs_models() -> None:
    # It starts while the publishing process prepares the rows; pydantic and the catalog models
    # were ~0.3 of its ~0.55 CPU-s start, paid on the critical path of a small (polite) run.
    probe = (
        "import sys, netdir.publish.render_child\n"
        "print(sorted(m for m in ('pydantic', 'yaml', 'netdir.catalog') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_a_process_started_early_renders_the_same_files_and_an_unused_one_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A refresh starts the second process before the merge (its imports overlap it): publish
    # uses that one, or ends it when the rows turn out too few to fork for.
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 10**9)
    _publish(tmp_path / "here")
    unused = RenderProcess()
    _publish(tmp_path / "few", render_process=unused)
    assert unused.process.poll() is not None  # ended, not left running
    monkeypatch.setattr(publisher_module, "MIN_ROWS_TO_FORK", 1)
    early = RenderProcess()
    _publish(tmp_path / "early", render_process=early)
    assert early.taken and early.process.wait(timeout=5) == 0
    here, forked = file_bytes(tmp_path / "here"), file_bytes(tmp_path / "early")
    assert {"upcoming.ics", "overview.csv"} <= set(forked)
    assert {name: forked[name] for name in ("upcoming.ics", "overview.csv", "overview.ndjson")} == {
        name: here[name] for name in ("upcoming.ics", "overview.csv", "overview.ndjson")
    }


def test_the_early_process_of_a_run_that_never_publishes_is_ended() -> None:
    with started_early(expected_rows=MIN_ROWS_TO_FORK) as process:
        assert process is not None
    assert process.process.wait(timeout=5) == 0
    with started_early(expected_rows=MIN_ROWS_TO_FORK - 1) as none:
        assert none is None


def test_a_format_is_claimed_by_one_process_only(tmp_path: Path) -> None:
    assert claim(str(tmp_path), "csv")
    assert not claim(str(tmp_path), "csv")
    assert claim(str(tmp_path), "ics")


def test_formats_taken_back_before_the_second_process_starts_them_are_left_to_this_one(
    tmp_path: Path,
) -> None:
    """The second process renders its formats in order; the publishing one, once done with its
    own, takes back from the end those not started: each format is rendered exactly once."""
    target = PublishTarget(tmp_path / "out")
    target.prepare()
    elsewhere = RenderedElsewhere(["ics", "csv", "parquet"], target)
    # Nothing handed over yet: the second process has started none of them.
    assert elsewhere.take_back() == "parquet"
    assert elsewhere.take_back() == "csv"
    renderers = _child_renderers(TODAY, GENERATED_AT, {})
    elsewhere.hand_over(renderers, overview_ndjson_bytes(json_ready_rows(ROWS)))

    files = elsewhere.result("ics")
    assert set(files) == {"upcoming.ics", *(n for n in files if n.startswith("upcoming-"))}
    with pytest.raises(ValueError, match="taken back"):
        elsewhere.result("csv")
    written = {path.name for path in (tmp_path / "out").iterdir()}
    assert not any("csv" in name or "parquet" in name for name in written)
    assert elsewhere.take_back() is None  # the calendars were claimed by the second process


def test_the_two_csv_files_are_jobs_of_their_own_either_process_renders(tmp_path: Path) -> None:
    """overview.csv and overview.rfc4180.csv are two jobs (``JOB_FORMAT``), so the publishing
    process can take back the last, smaller one while the second process renders the other:
    each file once, with the bytes of both rendered together (``csv_file_pairs``)."""
    target = PublishTarget(tmp_path / "out")
    target.prepare()
    elsewhere = RenderedElsewhere(list(CHILD_JOBS), target)
    assert elsewhere.take_back() == "csv.rfc4180"  # the second process started nothing yet
    renderers = _child_renderers(TODAY, GENERATED_AT, {})
    rows = json_ready_rows(ROWS)
    elsewhere.hand_over(renderers, overview_ndjson_bytes(rows))

    assert set(elsewhere.result("csv")) == {"overview.csv"}
    assert set(elsewhere.result("parquet")) == {"overview.parquet"}
    with pytest.raises(ValueError, match="taken back"):
        elsewhere.result("csv.rfc4180")
    together = {name: b"".join(parts) for name, parts in csv_file_pairs(rows, today=TODAY)}
    here = {name: b"".join(parts) for name, parts in renderers["csv.rfc4180"](rows)}
    assert here == {"overview.rfc4180.csv": together["overview.rfc4180.csv"]}
    written = {path.name: path.read_bytes() for path in (tmp_path / "out").iterdir()}
    [excel] = [data for name, data in written.items() if "overview.csv" in name]
    assert excel == together["overview.csv"]
    assert not any("rfc4180" in name for name in written)
