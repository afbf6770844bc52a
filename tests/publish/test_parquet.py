"""overview.parquet read with DuckDB: dates as DATE/TIMESTAMPTZ, lists as LIST."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from netdir.publish import publish
from tests.publish.conftest import GENERATED_AT, offering


def test_parquet_columns_have_real_types(published_dir: Path) -> None:
    described = duckdb.connect().execute(
        f"DESCRIBE SELECT * FROM '{published_dir / 'overview.parquet'}'"
    )
    types = {name: kind for name, kind, *_ in described.fetchall()}

    assert types["start"] == "VARCHAR"
    assert types["start_date"] == "DATE"
    assert types["start_ts"] == "TIMESTAMP WITH TIME ZONE"
    assert types["end_date"] == "DATE"
    assert types["first_seen"] == "TIMESTAMP WITH TIME ZONE"
    assert types["last_seen"] == "TIMESTAMP WITH TIME ZONE"
    assert types["audience"] == "VARCHAR[]"
    assert types["topics"] == "VARCHAR[]"
    assert types["sources"] == "STRUCT(source_id VARCHAR, url VARCHAR, extractor VARCHAR)[]"
    assert types["all_day"] == "BOOLEAN"
    assert types["confidence"] == "DOUBLE"


def test_parquet_values_split_dates_and_instants(published_dir: Path) -> None:
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    rows = connection.execute(
        f"""
        SELECT id, start, start_date, start_ts, end_date, topics, sources[2].source_id, first_seen
        FROM '{published_dir / "overview.parquet"}' ORDER BY id
        """
    ).fetchall()
    by_id = {row[0]: row[1:] for row in rows}

    kongress = by_id["fachkongress-2027"]
    assert kongress[0] == "2027-05-04T09:30:00+02:00"
    assert kongress[1] == date(2027, 5, 4)
    assert kongress[2] == datetime(2027, 5, 4, 7, 30, tzinfo=UTC)
    assert kongress[3] == date(2027, 5, 5)
    assert kongress[4] == ["Digitalisierung", "Föderalismus"]
    assert kongress[5] == "negz"
    assert kongress[6] == datetime(2026, 10, 1, 4, 0, tzinfo=UTC)

    all_day = by_id["next-herbst"]
    assert all_day[1] == date(2027, 3, 12)
    assert all_day[2] is None  # no time of day known: no instant invented

    undated = by_id["cop-ohne-termin"]
    assert undated[1] is None and undated[2] is None
    count = connection.execute(
        f"SELECT count(*) FROM '{published_dir / 'overview.parquet'}' WHERE start_date >= DATE '2027-01-01'"
    ).fetchone()
    assert count == (4,)


def test_start_date_is_the_local_day_not_the_utc_day(publish_dir: Path) -> None:
    # 00:30 in Berlin is still the previous day in UTC.
    row = offering(id="nachts", start="2027-02-01T00:30:00+01:00", date_precision="minute")
    publish([row], publish_dir, formats=["parquet"], generated_at=GENERATED_AT)

    [(start_date, start_ts)] = (
        duckdb.connect()
        .execute(
            f"SELECT start_date, start_ts AT TIME ZONE 'UTC' FROM '{publish_dir / 'overview.parquet'}'"
        )
        .fetchall()
    )
    assert start_date == date(2027, 2, 1)
    assert start_ts == datetime(2027, 1, 31, 23, 30)
