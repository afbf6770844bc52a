"""`netdir sources check` says what a start page is: a listing, a single past event or empty.

Offline, the verdict comes from recaptured copies (``make recapture`` writes them); the pages here
are the CMS-style fixtures plus one single-event report, saved with ``save_capture`` into a
temporary fixtures directory, so no request leaves the machine.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from netdir.catalog import parse_catalog
from netdir.cli.main import main
from netdir.records import Page
from netdir.sources.check import UrlCheck, classify_page, verdict
from netdir.sources.recapture import save_capture

pytest.importorskip("netdir.extract", reason="the verdict reads the records extraction finds")

CMS_PAGES = Path(__file__).parent / "cms_pages"
TODAY = date(2026, 11, 30)

#: A review of one past event, the shape of the stored kgst.de/kgst-forum copy (FORUM 2021).
PAST_REPORT = """<!doctype html><html lang="de"><head><title>KGSt-FORUM 2021</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
 "name": "KGSt®-FORUM 2021", "startDate": "2021-10-06", "endDate": "2021-10-08",
 "location": {"@type": "Place", "name": "World Conference Center Bonn"}}</script></head>
<body><h1>KGSt®-FORUM 2021 mit Rekordbeteiligung</h1>
<p>Das bisher größte KGSt®-FORUM ist am 8. Oktober 2021 erfolgreich zu Ende gegangen.</p>
</body></html>"""

ABOUT_PAGE = """<!doctype html><html lang="de"><head><title>Über uns</title></head>
<body><h1>Über das Netzwerk</h1><p>Wir vernetzen Beschäftigte der Verwaltung.</p></body></html>"""


@pytest.mark.parametrize(
    ("starts", "kind"),
    [
        (["2027-02-24", "2027-03-10", None, "2027-02-24"], "listing"),
        (["2021-10-06"], "single past event"),
        ([None, "2027-06-22"], "single"),
        ([None, None], "empty"),
        ([], "empty"),
    ],
)
def test_classify_page_by_its_dated_items(starts: list[str | None], kind: str) -> None:
    assert classify_page(starts, TODAY)[0] == kind


def _source(**fields: Any) -> Any:
    entry = {"id": "forum", "name": "Forum", "start_urls": ["https://www.kgst.de/kgst-forum"]}
    return parse_catalog({"sources": [{**entry, **fields}]}).sources[0]


def test_a_past_report_posing_as_listing_is_flagged_twice() -> None:
    check = UrlCheck("https://www.kgst.de/kgst-forum", 200, records=1)
    check.page_kind, check.dated = "single past event", ["2021-10-06"]
    assert verdict(_source(start_page="listing"), [check]) == ["SINGLE PAST EVENT", "NOT A LISTING"]
    # Declared single, the page is still reported: it tells nobody about the next date.
    assert verdict(_source(start_page="single"), [check]) == ["SINGLE PAST EVENT"]


def test_a_listing_is_ok_whatever_its_dates() -> None:
    check = UrlCheck("https://negz.org/termine/", 200, records=3)
    check.page_kind, check.dated = "listing", ["2025-09-15", "2026-09-17", "2027-04-20"]
    assert verdict(_source(start_page="listing"), [check]) == ["OK"]


def _page(url: str, text: str) -> Page:
    return Page(
        source_id="",
        url=url,
        final_url=url,
        status=200,
        fetched_at=datetime(2026, 11, 30, tzinfo=UTC),
        content_type="text/html; charset=utf-8",
        text=text,
        body=text.encode("utf-8"),
    )


@pytest.fixture()
def offline_setup(tmp_path: Path) -> tuple[Path, Path]:
    sources: list[dict[str, Any]] = [
        {
            "id": "negz",
            "name": "NEGZ Termine",
            "start_urls": ["https://negz.org/termine/"],
            "start_page": "listing",
        },
        {
            "id": "forum",
            "name": "KGSt-FORUM",
            "start_urls": ["https://www.kgst.de/kgst-forum"],
            "start_page": "listing",
        },
        {
            "id": "about",
            "name": "Netzwerk",
            "start_urls": ["https://netzwerk.example.org/ueber-uns/"],
            "start_page": "landing",
        },
        {"id": "uncaptured", "name": "Nie gespeichert", "start_urls": ["https://x.example/"]},
    ]
    catalog_path = tmp_path / "catalog.yaml"
    catalog_path.write_text(yaml.safe_dump({"sources": sources}), "utf-8")
    catalog = parse_catalog({"sources": sources})
    fixtures = tmp_path / "fixtures"
    listing = (CMS_PAGES / "negz-termine" / "termine" / "index.html").read_text("utf-8")
    pages = {
        "negz": _page("https://negz.org/termine/", listing),
        "forum": _page("https://www.kgst.de/kgst-forum", PAST_REPORT),
        "about": _page("https://netzwerk.example.org/ueber-uns/", ABOUT_PAGE),
    }
    for source_id, page in pages.items():
        save_capture(fixtures / source_id, catalog.source(source_id), [page], [])
    return catalog_path, fixtures


def test_offline_check_reads_recaptured_copies_and_names_each_page_kind(
    offline_setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    catalog_path, fixtures = offline_setup
    argv = ["sources", "check", "--catalog", str(catalog_path), "--offline"]
    code = main([*argv, "--fixtures", str(fixtures)])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert code == 1

    negz = next(line for line in lines if line.startswith("negz:"))
    assert negz.startswith("negz: OK") and "catalog start_page listing" in negz
    assert "    page: listing (3 dated items," in out

    forum = next(line for line in lines if line.startswith("forum:"))
    assert "SINGLE PAST EVENT" in forum and "NOT A LISTING" in forum
    assert "    page: single past event (2021-10-06)" in out

    about = next(line for line in lines if line.startswith("about:"))
    assert "NO RECORDS" in about and "NOT A LISTING" not in about  # a landing page may be empty
    assert "    page: empty (no dated items)" in out

    uncaptured = next(line for line in lines if line.startswith("uncaptured:"))
    # Offline, a missing copy is not an unreachable site: it says nothing about the live page.
    assert uncaptured.startswith("uncaptured: NO STORED COPY")
    assert "make recapture SOURCE=uncaptured" in uncaptured
