"""overview.json and overview.ndjson, checked with jsonschema against the shipped schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from netdir.publish import (
    PublishError,
    load_overview_schema,
    validate_overview,
    write_overview,
)
from netdir.publish.schema import rows_valid
from tests.publish.conftest import GENERATED_AT, file_bytes, offering


def test_published_overview_validates_with_jsonschema_and_keeps_every_row(
    published_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    document = json.loads((published_dir / "overview.json").read_text(encoding="utf-8"))
    shipped_schema = json.loads((published_dir / "overview.schema.json").read_text("utf-8"))

    jsonschema.validate(
        document, shipped_schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert shipped_schema == load_overview_schema()
    assert document["count"] == len(overview_rows) == len(document["offerings"])
    assert document["generated_at"] == "2026-11-27T06:30:00Z"
    assert [o["id"] for o in document["offerings"]] == [r["id"] for r in overview_rows]
    kongress = document["offerings"][0]
    assert kongress["title"] == "15. Fachkongress des IT-Planungsrats"
    assert kongress["topics"] == ["Digitalisierung", "Föderalismus"]
    assert "Föderalismus" in (published_dir / "overview.json").read_text("utf-8")  # not \u00f6


def test_ndjson_has_one_schema_valid_offering_per_line(
    published_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    schema = load_overview_schema()
    offering_schema = {**schema["$defs"]["offering"], "$defs": schema["$defs"]}
    lines = (published_dir / "overview.ndjson").read_text(encoding="utf-8").splitlines()

    assert len(lines) == len(overview_rows)
    for line in lines:
        jsonschema.validate(json.loads(line), offering_schema)
    assert json.loads(lines[1])["id"] == overview_rows[1]["id"]


def test_validation_error_names_the_offering_and_field() -> None:
    document = {
        "generated_at": "2026-11-27T06:30:00Z",
        "count": 2,
        "offerings": [offering(id="gut"), offering(id="kaputt", start="12. März 2027")],
    }
    with pytest.raises(PublishError) as raised:
        validate_overview(document)
    message = str(raised.value)
    assert "'kaputt'" in message
    assert "start" in message
    assert "'gut'" not in message


def test_seen_timestamps_must_be_real_datetimes() -> None:
    document = {
        "generated_at": "2026-11-27T06:30:00Z",
        "count": 1,
        "offerings": [offering(id="x", first_seen="gestern")],
    }
    with pytest.raises(PublishError, match="first_seen"):
        validate_overview(document)


def test_write_overview_replaces_the_file_only_when_the_new_one_is_valid(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    location = write_overview(overview_rows, publish_dir, generated_at=GENERATED_AT)
    assert location == str(publish_dir / "overview.json")
    before = file_bytes(publish_dir)
    assert set(before) == {"overview.json", "overview.schema.json"}

    broken = [*overview_rows, offering(id="ohne-quelle", sources=[])]  # schema: minItems 1
    with pytest.raises(PublishError, match="ohne-quelle"):
        write_overview(broken, publish_dir)

    assert file_bytes(publish_dir) == before  # no temp files left behind either


def test_write_overview_accepts_a_file_path_and_rows_with_python_dates(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    row = offering(
        id="py-types",
        start=date(2027, 3, 12),
        first_seen=datetime(2026, 10, 1, 4, 0),  # naive: the warehouse's UTC
        last_seen=datetime(2026, 11, 27, 4, 0, tzinfo=UTC),
    )
    target = tmp_path / "out" / "overview.json"
    write_overview([row], target, generated_at=GENERATED_AT)

    written = json.loads(target.read_text("utf-8"))["offerings"][0]
    assert written["start"] == "2027-03-12"
    assert written["first_seen"] == "2026-10-01T04:00:00+00:00"


def test_duplicate_ids_are_rejected() -> None:
    document = {
        "generated_at": "2026-11-27T06:30:00Z",
        "count": 3,
        "offerings": [offering(id="a"), offering(id="b"), offering(id="a", title="Doppelt")],
    }
    with pytest.raises(PublishError, match="'a'"):
        validate_overview(document)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", "2027-1-01"),
        ("end", "2027-03-12T9:00"),
        ("first_seen", "2026-13-45T99:00:00Z"),
        ("status", "vertagt"),
        ("format", "Präsenz"),
        ("confidence", 1.5),
        ("sources", []),
        ("title", ""),
        ("topics", "KI"),
        ("organizer", 7),
    ],
)
def test_the_compiled_validator_rejects_what_the_schema_rejects(field: str, value: object) -> None:
    """The fast (compiled) validator decides; it must never let through what jsonschema refuses."""
    document = {
        "generated_at": "2026-11-27T06:30:00Z",
        "count": 1,
        "offerings": [offering(id="x", **{field: value})],
    }
    schema = json.loads(
        (Path(__file__).parents[2] / "src/netdir/publish/overview.schema.json").read_text()
    )
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    assert list(
        jsonschema.Draft202012Validator(schema, format_checker=checker).iter_errors(document)
    )
    with pytest.raises(PublishError, match=field):
        validate_overview(document)


def test_recurrence_is_an_rrule_or_null() -> None:
    good = [
        offering(id="monatlich", recurrence="FREQ=MONTHLY;BYDAY=1TH"),
        offering(id="ical-order", recurrence="BYDAY=TU;FREQ=WEEKLY;INTERVAL=2"),
        offering(id="einmalig", recurrence=None),
    ]
    validate_overview({"generated_at": "2026-11-27T06:30:00Z", "count": 3, "offerings": good})
    prose = [offering(id="prosa", recurrence="jeden ersten Donnerstag")]
    with pytest.raises(PublishError, match="recurrence"):
        validate_overview({"generated_at": "2026-11-27T06:30:00Z", "count": 1, "offerings": prose})


def test_json_ready_rows_share_one_table_of_keys_and_read_as_plain_dicts() -> None:
    # The publishing process holds every row through publish: 50,000 of them took ~42 MB as
    # dicts of their own, 14 MB sharing their keys.
    import sys

    import orjson

    from netdir.publish.rows import OFFERING_FIELDS, json_ready_rows

    rows = json_ready_rows(
        [offering(id="a"), offering(id="b", topics=["X"], sources=[]), {"id": "c"}]
    )
    for row in rows:
        own = dict(row)
        assert type(row) is dict and list(row) == list(OFFERING_FIELDS)
        assert row == own and orjson.dumps(row) == orjson.dumps(own)
        assert json.dumps(row, ensure_ascii=False) == json.dumps(own, ensure_ascii=False)
        built: dict[str, Any] = {}  # as json_ready_row filled its rows before
        for name, value in row.items():
            built[name] = value
        assert sys.getsizeof(row) * 2 < sys.getsizeof(built)


def test_the_schema_checks_each_offering_on_its_own() -> None:
    """The second publish process checks streamed rows a part at a time (``rows_valid``): that
    equals checking the whole document only while the schema says nothing of the offerings
    together (no uniqueItems, no item counts)."""
    schema = load_overview_schema()
    assert schema["properties"]["offerings"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/offering"},
    }
    good = [offering(id=f"off-{n}") for n in range(3)]
    top = {"generated_at": "2026-11-27T06:30:00Z", "schema_version": "1"}
    assert rows_valid(top, good)
    assert not rows_valid(top, [*good, offering(id="falsch", status="vielleicht")])
    assert not rows_valid({**top, "generated_at": "gestern"}, good)
