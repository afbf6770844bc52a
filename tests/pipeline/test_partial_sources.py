"""A source whose second listing page fails: what its first page lists was seen, what only the
failed page listed was not — last_seen stays where it was and stale_since starts (issue #13)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from netdir.catalog import parse_catalog
from netdir.pipeline import RefreshOptions, refresh
from tests.crawl.site_server import Reply, SiteServer, html

TODAY = date(2026, 11, 27)
ITEM = '<li class="termin"><h3><a href="/termin/{slug}/">{title}</a></h3><p>{day}.03.2027</p></li>'
PAGE = '<html lang="de"><body><ul class="termine">{items}</ul>{pager}</body></html>'


def listing(*events: tuple[str, str, int], pager: str = "") -> Reply:
    items = "".join(ITEM.format(slug=s, title=t, day=d) for s, t, d in events)
    return html(PAGE.format(items=items, pager=pager))


def catalog(start_url: str) -> Any:
    return parse_catalog(
        {
            "settings": {"delay_seconds": 0, "retries": 0},
            "sources": [
                {
                    "id": "termine",
                    "name": "Termine auf zwei Seiten",
                    "start_urls": [start_url],
                    "extract": "rules",
                    "rules": {
                        "item": "li.termin",
                        "fields": {"title": "h3 a", "url": "h3 a@href", "date": "p"},
                        "min_items": 1,
                    },
                }
            ],
        }
    )


def test_records_carried_from_a_failed_page_are_not_seen(tmp_path: Path) -> None:
    second_page_up = [True]
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/termine/1": listing(
            ("stammtisch", "Stammtisch KI", 11),
            ("werkstatt", "Werkstatt OZG", 12),
            pager='<a href="/termine/2">Weiter</a>',
        ),
        "/termine/2": lambda _n, _h: (
            listing(("barcamp", "Barcamp Nord", 13))
            if second_page_up[0]
            else Reply(404, b"weg", {"Content-Type": "text/plain"})
        ),
    }
    out = tmp_path / "out"
    with SiteServer(routes) as site:
        options = RefreshOptions(
            catalog=catalog(site.url("/termine/1")), db_path=tmp_path / "w.duckdb", out=out,
            allow_private_hosts=True, today=TODAY, include_curated=False,
        )  # fmt: skip
        refresh(options)
        first = {
            o["title"]: o for o in json.loads((out / "overview.json").read_text())["offerings"]
        }
        second_page_up[0] = False
        report = refresh(options)
    second = {o["title"]: o for o in json.loads((out / "overview.json").read_text())["offerings"]}

    [result] = report.results
    assert result.status == "partial" and not result.carried
    assert set(first) == set(second) == {"Stammtisch KI", "Werkstatt OZG", "Barcamp Nord"}
    for seen in ("Stammtisch KI", "Werkstatt OZG"):
        assert second[seen]["last_seen"] > first[seen]["last_seen"], seen
        assert second[seen]["stale_since"] is None, seen
    carried = second["Barcamp Nord"]
    assert carried["last_seen"] == first["Barcamp Nord"]["last_seen"], "not seen this run"
    assert carried["stale_since"] == second["Stammtisch KI"]["last_seen"], "stale since this run"
