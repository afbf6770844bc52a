"""What must hold after any crash: counts agree, history has no gaps or overlaps, and the
published overview is a complete, valid version."""

from __future__ import annotations

import json
from pathlib import Path

from netdir.publish.schema import validate_overview
from netdir.warehouse import Warehouse


def check_warehouse(db: Path) -> int:
    """Raise AssertionError on any inconsistency; returns the number of listed offerings."""
    with Warehouse.open(db, read_only=True) as warehouse:
        _, [(listed,)] = warehouse.query("SELECT count(*) FROM mart.overview")
        _, [(current,)] = warehouse.query(
            "SELECT count(*) FROM core.offerings WHERE status NOT IN ('removed', 'retired')"
        )
        assert listed == current
        _, bad_current = warehouse.query(
            """
            SELECT o.id FROM core.offerings AS o
            LEFT JOIN core.offering_history AS h
              ON h.offering_id = o.id AND h.valid_to IS NULL AND h.version = o.version
            GROUP BY o.id HAVING count(h.offering_id) <> 1
            """
        )
        assert bad_current == [], f"offerings without exactly one current version: {bad_current}"
        _, broken = warehouse.query(
            """
            SELECT offering_id, version FROM (
                SELECT offering_id, version, valid_from, valid_to,
                       lead(valid_from) OVER w AS next_from,
                       lead(version) OVER w AS next_version
                FROM core.offering_history
                WINDOW w AS (PARTITION BY offering_id ORDER BY version)
            )
            WHERE (next_version IS NOT NULL AND (next_version <> version + 1
                                                 OR valid_to IS DISTINCT FROM next_from))
               OR (next_version IS NULL AND valid_to IS NOT NULL)
               OR valid_to < valid_from
            """
        )
        assert broken == [], f"history intervals with gaps or overlaps: {broken}"
        return int(listed)


def check_overview(out: Path) -> int | None:
    """The published overview is absent (never published) or one complete, valid version."""
    path = out / "overview.json"
    if not path.exists():
        return None
    document = json.loads(path.read_text("utf-8"))
    validate_overview(document)
    assert document["count"] == len(document["offerings"])
    return int(document["count"])
