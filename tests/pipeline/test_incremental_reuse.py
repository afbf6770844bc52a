"""Reusing last run's work (304s) must reuse the right records, and detail fields too."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from netdir.catalog import parse_catalog
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from tests.ports import free_port_block

TODAY = date(2026, 11, 27)

LISTING = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine</title></head>
<body><main><h1>Termine</h1><ul class="termine">{items}</ul></main>
<footer>Fiktive Beispielseite für netdir – alle Angaben erfunden</footer></body></html>"""
ITEM = '<li class="termin"><h3><a href="/termin/{slug}/">{title}</a></h3></li>'
DETAIL = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Event",
"name": "{title}", "startDate": "{start}", "location": {{"@type": "Place", "name": "Rathaus",
"address": {{"@type": "PostalAddress", "addressLocality": "{city}"}}}}}}</script></head>
<body><h1>{title}</h1><footer>Fiktive Beispielseite für netdir – alle Angaben erfunden</footer></body></html>"""

EVENTS = [
    ("stammtisch-ki", "Stammtisch KI in der Verwaltung", "2027-01-14T18:00:00+01:00", "Kassel"),
    ("werkstatt-ozg", "Werkstatt OZG-Umsetzung", "2027-02-03T10:00:00+01:00", "Erfurt"),
    ("barcamp-nord", "Barcamp Verwaltung Nord", "2027-05-07T09:30:00+02:00", "Kiel"),
]


def write_site(root: Path, events: list[tuple[str, str, str, str]], with_details: bool) -> None:
    site = root / "termine-site"
    (site / "termine").mkdir(parents=True, exist_ok=True)
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    items = "".join(ITEM.format(slug=slug, title=title) for slug, title, _, _ in events)
    (site / "termine" / "index.html").write_text(LISTING.format(items=items), encoding="utf-8")
    if with_details:
        for slug, title, start, city in events:
            page = site / "termin" / slug / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(DETAIL.format(title=title, start=start, city=city), encoding="utf-8")


def detail_catalog(base_url: str) -> object:
    return parse_catalog(
        {
            "settings": {"delay_seconds": 0},
            "sources": [
                {
                    "id": "termine-site",
                    "name": "Termine mit Detailseiten",
                    "start_urls": [f"{base_url}/termine/"],
                    "extract": "rules",
                    "rules": {
                        "item": "li.termin",
                        "fields": {"title": "h3 a", "url": "h3 a@href"},
                        "min_items": 2,
                    },
                    "detail": {"enabled": True},
                }
            ],
        }
    )


def test_unchanged_detail_pages_keep_their_fields_when_the_listing_changes(tmp_path: Path) -> None:
    sites, overlay = tmp_path / "sites", tmp_path / "sites-v2"
    write_site(sites, EVENTS[:2], with_details=True)
    write_site(overlay, EVENTS, with_details=False)  # the listing gains one event
    write_site(overlay / "_", EVENTS[2:], with_details=True)
    new_detail = overlay / "_" / "termine-site" / "termin" / EVENTS[2][0]
    target = overlay / "termine-site" / "termin" / EVENTS[2][0]
    target.parent.mkdir(parents=True, exist_ok=True)
    new_detail.rename(target)

    with SampleWeb(sites_dir=sites, overlay_dir=overlay) as web:
        options = RefreshOptions(
            catalog=detail_catalog(web.base_urls["termine-site"]),
            db_path=tmp_path / "w.duckdb",
            out=tmp_path / "out",
            allow_private_hosts=True,
            today=TODAY,
            include_curated=False,
        )
        refresh(options)
        web.switch("v2")
        web.requests.clear()
        report = refresh(options)
        detail_answers = {e.path: e.status for e in web.requests if e.path.startswith("/termin/")}

    assert detail_answers[f"/termin/{EVENTS[0][0]}/"] == 304
    assert detail_answers[f"/termin/{EVENTS[2][0]}/"] == 200
    offerings = json.loads((tmp_path / "out" / "overview.json").read_text(encoding="utf-8"))
    by_title = {o["title"]: o for o in offerings["offerings"]}
    for _, title, start, city in EVENTS:
        assert by_title[title]["start"] == start, title
        assert by_title[title]["city"] == city, title
    assert report.summary.changed == 0 and report.summary.added == 1


def test_a_304_never_revives_records_of_other_urls(tmp_path: Path) -> None:
    """Sites that moved and came back: the overview links where the pages are now."""
    db, out = tmp_path / "w.duckdb", tmp_path / "out"
    first_port, second_port = free_port_block(), free_port_block()  # two reserved blocks

    def run(base_port: int) -> None:
        with SampleWeb(base_port=base_port) as web:
            refresh(RefreshOptions(web.catalog(), db, out, allow_private_hosts=True, today=TODAY))

    run(first_port)
    run(second_port)
    run(first_port)

    offerings = json.loads((out / "overview.json").read_text(encoding="utf-8"))["offerings"]
    crawled = [
        ref["url"] for o in offerings for ref in o["sources"] if ref["source_id"] != "curated"
    ]
    assert crawled
    ports = {
        url.split(":")[2].split("/")[0] for url in crawled if url.startswith("http://127.0.0.1")
    }
    assert all(int(port) - first_port in range(10) for port in ports), ports
