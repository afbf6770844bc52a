"""A failed publish leaves every previously published file byte-identical."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from netdir.normalize.classify import KINDS
from netdir.publish import FORMATS, PublishError, publish
from netdir.publish import publisher as publisher_module
from tests.publish.conftest import TODAY, fake_snapshot, file_bytes, offering


def test_a_failing_format_replaces_nothing_and_names_the_format(
    published_dir: Path, overview_rows: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_bytes(published_dir)

    def broken_parquet(rows: list[dict[str, Any]]) -> list[tuple[str, bytes]]:
        raise OSError("disk full")

    monkeypatch.setattr(publisher_module, "parquet_file_pairs", broken_parquet)
    changed_rows = [{**row, "title": row["title"] + " (neu)"} for row in overview_rows]
    with pytest.raises(PublishError) as raised:
        publish(changed_rows, published_dir, today=TODAY, snapshot=fake_snapshot)

    assert raised.value.format == "parquet"
    assert "overview.parquet" in str(raised.value) and "disk full" in str(raised.value)
    assert file_bytes(published_dir) == before  # also: no temp files left behind


def test_an_invalid_overview_replaces_nothing(
    published_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    before = file_bytes(published_dir)
    rows = [*overview_rows, offering(id="falsch", status="vielleicht")]

    with pytest.raises(PublishError, match="falsch"):
        publish(rows, published_dir, today=TODAY, snapshot=fake_snapshot)

    assert file_bytes(published_dir) == before


def test_a_failing_snapshot_replaces_nothing(
    published_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    before = file_bytes(published_dir)

    def locked_snapshot(path: Path) -> None:
        path.write_bytes(b"half a database")
        raise RuntimeError("warehouse locked")

    with pytest.raises(PublishError) as raised:
        publish(overview_rows, published_dir, today=TODAY, snapshot=locked_snapshot)

    assert raised.value.format == "duckdb"
    assert file_bytes(published_dir) == before


def test_every_format_lands_and_the_report_lists_the_files(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    report = publish(overview_rows, publish_dir, today=TODAY, snapshot=fake_snapshot)

    assert report.formats == list(FORMATS)
    assert report.files == sorted(file_bytes(publish_dir))
    assert set(report.files) == {
        "overview.json",
        "overview.schema.json",
        "overview.ndjson",
        "overview.csv",
        "overview.rfc4180.csv",
        "overview.parquet",
        "upcoming.ics",
        *(f"upcoming-{kind}.ics" for kind in KINDS),
        "index.html",
        "netdir.duckdb",
        "changes.json",
        "datapackage.json",
        "dcat.jsonld",
    }
    assert report.count == len(overview_rows)
    assert report.location == str(publish_dir)


def test_without_a_snapshot_duckdb_is_skipped_by_default_and_an_error_when_asked(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    report = publish(overview_rows, publish_dir, today=TODAY)
    assert "netdir.duckdb" not in report.files
    assert report.skipped == ["duckdb: no snapshot callable given"]

    with pytest.raises(PublishError, match="snapshot"):
        publish(overview_rows, publish_dir, formats=["duckdb"])
    with pytest.raises(PublishError, match="xlsx"):
        publish(overview_rows, publish_dir, formats=["json", "xlsx"])
