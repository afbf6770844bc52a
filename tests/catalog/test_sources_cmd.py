"""``netdir sources list | check | add`` against pages served from 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from netdir.catalog import CatalogError, load_catalog, parse_catalog
from netdir.cli.main import main
from netdir.records import Page
from netdir.sources.check import check_sources
from netdir.sources.scout import find_listing_blocks, propose_entry, scout_page
from tests.ports import refusing_port

from .conftest import LocalSite, local_source

try:
    from netdir.crawl import fetch_one  # noqa: F401

    CRAWL_MISSING = False
except ImportError:
    CRAWL_MISSING = True
#: The CLI fetches through the crawl stage; scouting itself is tested with any fetcher.
needs_crawl = pytest.mark.skipif(CRAWL_MISSING, reason="netdir.crawl.fetch_one has not landed")


def _closed_port() -> int:
    """A loopback port nobody listens on: connecting to it is refused at once."""
    return refusing_port()


def _write_catalog(tmp_path: Path, sources: list[dict[str, object]]) -> Path:
    path = tmp_path / "catalog.yaml"
    settings = {"user_agent": "netdir-tests/0.1", "delay_seconds": 0, "retries": 0}
    path.write_text(yaml.safe_dump({"settings": settings, "sources": sources}), "utf-8")
    return path


def _scout(cms_site: LocalSite, fetch_page: Callable[[str], Page], path: str):  # type: ignore[no-untyped-def]
    page = fetch_page(cms_site.url(path))
    return scout_page(page.text or "", page.final_url)


# --- scouting ---------------------------------------------------------------------------------


def test_scout_finds_what_a_wordpress_events_calendar_page_offers(
    cms_site: LocalSite, fetch_page: Callable[[str], Page]
) -> None:
    signals = _scout(cms_site, fetch_page, "/next-veranstaltungen/veranstaltungen/")
    assert signals.cms == ["WordPress"]
    assert signals.jsonld_types == ["Event×3"]
    assert signals.wp_json == "https://next-netz.de/wp-json/" and signals.tec
    assert "webcal://next-netz.de/veranstaltungen/?ical=1" in signals.ical_links
    assert "https://next-netz.de/veranstaltungen/?ical=1" in signals.ical_links
    assert signals.next_page == "https://next-netz.de/veranstaltungen/liste/seite/2/"
    assert signals.login_markers == []


def test_scout_finds_feeds_listing_blocks_and_pagination_on_a_wordpress_archive(
    cms_site: LocalSite, fetch_page: Callable[[str], Page]
) -> None:
    signals = _scout(cms_site, fetch_page, "/negz-termine/termine/")
    assert signals.feeds == ["https://negz.org/feed/", "https://negz.org/termine/feed/"]
    assert signals.jsonld_types == [] and signals.ical_links == []
    best = signals.listing_blocks[0]
    assert (best.selector, best.count, best.title_selector) == (
        "article.termin.type-termin",
        3,
        "h2",
    )
    assert signals.next_page == "https://negz.org/termine/page/2/"


def test_scout_recognises_drupal_gsb_and_liferay(
    cms_site: LocalSite, fetch_page: Callable[[str], Page]
) -> None:
    drupal = _scout(cms_site, fetch_page, "/zukunftskongress/de/node/716/")
    assert drupal.cms == ["Drupal"]
    assert drupal.listing_blocks[0].selector == "div.views-row"
    gsb = _scout(
        cms_site, fetch_page, "/digitale-verwaltung/Webs/DV/DE/aktuelles/aktuelles-node.html"
    )
    assert gsb.cms == ["Government Site Builder"]
    assert gsb.listing_blocks[0].selector == "div.teaser"
    liferay = _scout(cms_site, fetch_page, "/kgst-forum/kgst-forum/")
    assert liferay.cms == ["Liferay"]


def test_scout_flags_a_login_page(cms_site: LocalSite, fetch_page: Callable[[str], Page]) -> None:
    signals = _scout(cms_site, fetch_page, "/rudi-ruhr-digital/")
    assert "password field" in signals.login_markers
    assert "Anmelden" in signals.login_markers


def test_listing_blocks_ignore_navigation_of_bare_list_items() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = "<body><ul>" + "".join(
        f'<li><a href="/seite-{n}">Ein Menüpunkt mit langem Namen {n}</a></li>' for n in range(6)
    )
    assert find_listing_blocks(LexborHTMLParser(html + "</ul></body>")) == []


# --- netdir sources add -----------------------------------------------------------------------


@needs_crawl
def test_add_proposes_rules_only_when_they_beat_auto_on_the_page(
    cms_site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _write_catalog(tmp_path, [])
    url = cms_site.url("/negz-termine/termine/")
    code = main(
        [
            "sources",
            "add",
            url,
            "--id",
            "negz-test",
            "--catalog",
            str(catalog),
            "--allow-private-hosts",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "# feeds: https://negz.org/feed/, https://negz.org/termine/feed/" in out
    assert "# listing block: article.termin.type-termin ×3" in out
    # The block's rules read titles and links only; auto reads the dates too.
    comparison = next(line for line in out.splitlines() if line.startswith("# compared"))
    assert "with dates" in comparison and comparison.endswith("(rules do not beat it)")
    proposed = yaml.safe_load(out)
    parsed = parse_catalog({"sources": proposed}).sources[0]
    assert parsed.id == "negz-test" and parsed.extract == "auto" and parsed.rules is None
    assert parsed.follow is not None
    assert str(parsed.start_urls[0]) == url
    assert parsed.notes is not None and "WordPress" in parsed.notes


def test_rules_are_kept_when_they_find_dates_auto_misses() -> None:
    from types import SimpleNamespace

    from netdir.sources.propose import choose_mode

    entry = {
        "id": "x",
        "name": "X",
        "start_urls": ["https://x.example/termine/"],
        "extract": "rules",
        "rules": {"item": "div.t", "fields": {"title": "a", "url": "a@href"}},
    }

    def fake_extract(page: object, source: object) -> SimpleNamespace:
        dated = [SimpleNamespace(start="2027-01-01", date_text=None, location_text=None)]
        return SimpleNamespace(records=dated if getattr(source, "extract", "") == "rules" else [])

    chosen, why = choose_mode(entry, object(), fake_extract)  # type: ignore[arg-type]
    assert chosen["extract"] == "rules" and why is not None and "proposing rules" in why


def test_add_keeps_auto_when_the_page_has_structured_events(
    cms_site: LocalSite, fetch_page: Callable[[str], Page]
) -> None:
    url = cms_site.url("/next-veranstaltungen/veranstaltungen/")
    page = fetch_page(url)
    entry = propose_entry(url, scout_page(page.text or "", url))
    assert entry["extract"] == "auto" and "rules" not in entry
    assert entry["domains"] == ["127.0.0.1"]
    assert "JSON-LD Event×3" in entry["notes"] and "The Events Calendar" in entry["notes"]
    parse_catalog({"sources": [entry]})


@needs_crawl
def test_add_on_an_unreachable_url_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _write_catalog(tmp_path, [])
    url = f"http://127.0.0.1:{_closed_port()}/termine/"
    code = main(["sources", "add", url, "--catalog", str(catalog), "--allow-private-hosts"])
    err = capsys.readouterr().err
    assert code == 1
    assert url in err and "unreachable" in err
    assert "Traceback" not in err


# --- netdir sources check ---------------------------------------------------------------------


@needs_crawl
def test_check_reports_records_moves_login_and_unreachable_sources(
    cms_site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cms_site.redirects["/alte-termine/"] = "/negz-termine/termine/"
    dead = f"http://127.0.0.1:{_closed_port()}/termine/"
    catalog = _write_catalog(
        tmp_path,
        [
            {"id": "negz", "name": "NEGZ", "start_urls": [cms_site.url("/negz-termine/termine/")]},
            {"id": "moved", "name": "Umgezogen", "start_urls": [cms_site.url("/alte-termine/")]},
            {
                "id": "rudi",
                "name": "RuDi",
                "start_urls": [cms_site.url("/rudi-ruhr-digital/")],
                "extract": "none",
                "login_only": True,
            },
            {"id": "tot", "name": "Nicht erreichbar", "start_urls": [dead]},
            {
                "id": "leer",
                "name": "Leer",
                "start_urls": [cms_site.url("/kommune21/")],
                "extract": "rules",
                "rules": {"item": ".gibt-es-nicht", "fields": {"title": "h2"}},
            },
        ],
    )
    code = main(["sources", "check", "--catalog", str(catalog), "--allow-private-hosts"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert code == 1  # some sources need attention
    negz = next(line for line in lines if line.startswith("negz:"))
    assert "OK" in negz and "3 records" in negz
    assert "feeds 2" in out and "listing article.termin.type-termin ×3" in out
    moved = next(line for line in lines if line.startswith("moved:"))
    assert "MOVED" in moved
    assert f"→ {cms_site.url('/negz-termine/termine/')} (moved)" in out
    rudi = next(line for line in lines if line.startswith("rudi:"))
    assert "LOGIN" in rudi and "NO RECORDS" not in rudi
    dead_lines = [line for line in lines if dead in line or line.startswith("tot:")]
    assert len(dead_lines) == 1 and "UNREACHABLE" in dead_lines[0]
    empty = next(line for line in lines if line.startswith("leer:"))
    assert "NO RECORDS" in empty
    assert "matched 0 items" in out  # the extract stage's issue is shown
    assert lines[-1].startswith("summary: ")


@needs_crawl
def test_check_of_named_source_only(
    cms_site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _write_catalog(
        tmp_path,
        [
            {"id": "a", "name": "A", "start_urls": [cms_site.url("/negz-termine/termine/")]},
            {"id": "b", "name": "B", "start_urls": [cms_site.url("/kommune21/")]},
        ],
    )
    assert main(["sources", "check", "a", "--catalog", str(catalog), "--allow-private-hosts"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("a: OK") and "\nb:" not in out
    assert main(["sources", "check", "zzz", "--catalog", str(catalog)]) == 2
    assert "unknown source 'zzz'" in capsys.readouterr().err


@needs_crawl
def test_check_refuses_loopback_without_the_flag(
    cms_site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = _write_catalog(
        tmp_path, [{"id": "a", "name": "A", "start_urls": [cms_site.url("/kommune21/")]}]
    )
    assert main(["sources", "check", "--catalog", str(catalog)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("a: UNREACHABLE")


def test_check_sources_with_an_injected_fetcher(
    cms_site: LocalSite,
    fetch_page: Callable[[str], Page],
    real_catalog,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    import io

    source = local_source(real_catalog, "kommune21", [cms_site.url("/kommune21/?pg=1160")])
    buffer = io.StringIO()
    flags = check_sources([source], lambda _: fetch_page, None, buffer)
    assert flags == {"kommune21": ["OK"]}
    assert "records: extract stage not available" in buffer.getvalue()


# --- netdir sources list ----------------------------------------------------------------------


def test_list_shows_every_source_without_a_warehouse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "list", "--db", str(tmp_path / "none.duckdb")]) == 0
    out = capsys.readouterr().out
    assert f"{len(load_catalog().sources)} sources" in out
    rudi = next(line for line in out.splitlines() if "rudi-ruhr-digital" in line)
    assert "login-only" in rudi
    kommune21 = next(line for line in out.splitlines() if "kommune21" in line)
    assert " no " in kommune21 and "rules" in kommune21


def test_list_rejects_a_bad_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: x\n    name: X\n    start_urls: [kaputt]\n", "utf-8")
    assert main(["sources", "list", "--catalog", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "source 'x', field 'start_urls.0'" in err


def test_bad_catalog_error_type_is_catalog_error() -> None:
    with pytest.raises(CatalogError):
        parse_catalog({"sources": [{"id": "x"}]})


def test_list_shows_last_success_and_records_from_the_warehouse(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    real_catalog,  # type: ignore[no-untyped-def]
) -> None:
    warehouse_module = pytest.importorskip("netdir.warehouse")
    from datetime import UTC, date, datetime

    from netdir.records import RawRecord, SourceResult

    db = tmp_path / "netdir.duckdb"
    finished = datetime(2026, 11, 27, 5, 30, tzinfo=UTC)
    records = [
        RawRecord("negz-termine", "https://negz.org/termine/", "listing", title)
        for title in ("NEGZ-Herbsttagung 2026", "NEGZ-Stammtisch im Dezember")
    ]
    with warehouse_module.Warehouse.open(db) as warehouse:
        warehouse.migrate()
        warehouse.load_run(
            warehouse_module.RunInput(
                run_id="run-1",
                started_at=finished,
                finished_at=finished,
                sources=[real_catalog.source("negz-termine")],
                results=[SourceResult("negz-termine", "ok", records=records, healthy=True)],
                offerings=[],
                today=date(2026, 11, 27),
            )
        )
    assert main(["sources", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    negz = next(line for line in out.splitlines() if "negz-termine" in line)
    assert "2026-11-27" in negz and " ok " in negz
    assert negz.rstrip(" │|").rstrip().endswith("2")
    n3gz = next(line for line in out.splitlines() if " n3gz " in line)
    assert "2026-11-27" not in n3gz
