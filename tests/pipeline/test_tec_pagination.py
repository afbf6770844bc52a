"""The Events Calendar REST API pages through next_rest_url, also when pages come back 304."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from netdir.catalog import parse_catalog
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from netdir.warehouse import Warehouse

API = "/wp-json/tribe/events/v1/events"  # the plugin's route, no trailing slash


def tec_event(event_id: int, title: str, day: str) -> dict[str, object]:
    return {
        "id": event_id,
        "url": f"/veranstaltung/{event_id}/",
        "title": title,
        "description": "<p>Austausch f&uuml;r Besch&auml;ftigte der Verwaltung.</p>",
        "all_day": False,
        "start_date": f"{day} 10:00:00",
        "end_date": f"{day} 12:00:00",
        "timezone": "Europe/Berlin",
        "venue": [],
        "organizer": [],
    }


def write_tec_site(root: Path) -> None:
    api = root / "tec" / API.strip("/")
    api.mkdir(parents=True)
    (root / "tec" / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    pages = [
        [
            tec_event(1, "Online-Sprechstunde OZG", "2027-01-12"),
            tec_event(2, "Werkstatt E-Akte", "2027-01-19"),
        ],
        [tec_event(3, "Stammtisch Open Data", "2027-02-02")],
    ]
    for number, events in enumerate(pages, start=1):
        payload: dict[str, object] = {"events": events, "total": 3, "total_pages": 2}
        if number < len(pages):
            payload["next_rest_url"] = f"{API}?page={number + 1}"
        name = "index.json" if number == 1 else f"index--page-{number}.json"
        (api / name).write_text(json.dumps(payload), encoding="utf-8")


def test_rest_pages_are_followed_and_still_known_after_304s(tmp_path: Path) -> None:
    sites = tmp_path / "sites"
    write_tec_site(sites)
    with SampleWeb(sites_dir=sites, overlay_dir=tmp_path / "no-overlay") as web:
        catalog = parse_catalog(
            {
                "settings": {"delay_seconds": 0},
                "sources": [
                    {
                        "id": "tec",
                        "name": "Veranstaltungskalender (WordPress, The Events Calendar)",
                        "start_urls": [web.base_urls["tec"] + API],
                        "extract": "tec",
                    }
                ],
            }
        )
        options = RefreshOptions(
            catalog=catalog,
            db_path=tmp_path / "w.duckdb",
            out=tmp_path / "out",
            allow_private_hosts=True,
            today=date(2026, 11, 27),
            include_curated=False,
        )
        first = refresh(options)
        second = refresh(options)
        page_two = [e for e in web.requests if e.query == "page=2"]

    with Warehouse.open(tmp_path / "w.duckdb", read_only=True) as warehouse:
        _, loaded = warehouse.query(
            "SELECT title FROM raw.records WHERE run_id = ? ORDER BY title", [first.run_id]
        )
    [first_result] = first.results
    assert first_result.record_count == 3
    assert [title for (title,) in loaded] == [
        "Online-Sprechstunde OZG",
        "Stammtisch Open Data",
        "Werkstatt E-Akte",
    ]
    [second_result] = second.results
    assert second_result.pages_unchanged == 2
    assert second_result.record_count == 3 and second.summary.removed == 0
    assert [e.status for e in page_two] == [200, 304]
