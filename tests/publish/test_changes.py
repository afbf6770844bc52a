"""changes.json after a second publish: what was added, changed and removed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from netdir.publish import publish
from tests.publish.conftest import TODAY, offering


def test_second_publish_reports_added_changed_and_removed(
    published_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    rows = [row for row in overview_rows if row["id"] != "vergangen"]  # removed
    for row in rows:
        row["last_seen"] = "2026-11-28T04:00:00+00:00"  # moves every run: not a change
        if row["id"] == "next-herbst":
            row["start"], row["end"] = "2027-03-19", "2027-03-20"
    rows.append(offering(id="neu", title="Neues Netzwerktreffen"))

    report = publish(
        rows,
        published_dir,
        generated_at=datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
        today=TODAY,
    )
    changes = json.loads((published_dir / "changes.json").read_text("utf-8"))

    assert changes["previous_generated_at"] == "2026-11-27T06:30:00Z"
    assert changes["generated_at"] == "2026-11-28T06:00:00Z"
    assert [a["id"] for a in changes["added"]] == ["neu"]
    assert [r["id"] for r in changes["removed"]] == ["vergangen"]
    assert [c["id"] for c in changes["changed"]] == ["next-herbst"]
    assert changes["changed"][0]["fields"] == {
        "start": {"old": "2027-03-12", "new": "2027-03-19"},
        "end": {"old": "2027-03-13", "new": "2027-03-20"},
    }
    assert changes["summary"] == {"added": 1, "changed": 1, "removed": 1}
    assert (report.added, report.changed, report.removed) == (1, 1, 1)


def test_first_publish_lists_everything_as_added(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    publish(overview_rows, publish_dir, formats=["json", "changes"])
    changes = json.loads((publish_dir / "changes.json").read_text("utf-8"))

    assert changes["previous_generated_at"] is None
    assert len(changes["added"]) == len(overview_rows)
    assert changes["changed"] == [] and changes["removed"] == []


def test_a_damaged_previous_overview_does_not_block_the_publish(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    (publish_dir / "overview.json").write_bytes(b'{"offerings": [')  # cut off mid-write by hand

    publish(overview_rows, publish_dir, formats=["json", "changes"])

    changes = json.loads((publish_dir / "changes.json").read_text("utf-8"))
    assert len(changes["added"]) == len(overview_rows)
    assert json.loads((publish_dir / "overview.json").read_text("utf-8"))["count"] == 8
