"""``python -m netdir.sources.recapture``: pages saved as fixtures, record diff against the last one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from netdir.catalog import parse_catalog
from netdir.sources.recapture import (
    diff_records,
    load_captured_pages,
    main,
    read_manifest,
    recapture,
)

from .conftest import LocalSite, urllib_fetch

extract = pytest.importorskip("netdir.extract", reason="the extract stage has not landed yet")
try:
    from netdir.crawl import fetch_one  # noqa: F401

    CRAWL_MISSING = False
except ImportError:
    CRAWL_MISSING = True

EVENT = """
<article class="termin type-termin">
  <h2 class="entry-title"><a href="/termin/{slug}/">{title}</a></h2>
  <p class="termin-datum">{date}</p>
  <p>Offenes Netzwerktreffen für Beschäftigte der öffentlichen Verwaltung in {city}.</p>
</article>"""


def _listing(events: list[tuple[str, str, str, str]]) -> str:
    items = "".join(
        EVENT.format(slug=slug, title=title, date=date, city=city)
        for slug, title, date, city in events
    )
    return f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Termine</title></head><body><main><h1>Termine</h1>{items}</main></body></html>"


@pytest.fixture
def changing_site(tmp_path: Path) -> Iterator[tuple[LocalSite, Path]]:
    """A site on 127.0.0.1 whose /termine/ page the test rewrites between captures."""
    root = tmp_path / "site"
    (root / "termine").mkdir(parents=True)
    site = LocalSite(root)
    thread = threading.Thread(
        target=site.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield site, root / "termine" / "index.html"
    site.shutdown()
    site.server_close()


def _catalog_file(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "catalog.yaml"
    data = {
        "settings": {"user_agent": "netdir-tests/0.1", "delay_seconds": 0, "retries": 0},
        "sources": [
            {
                "id": "testnetz",
                "name": "Testnetz",
                "start_urls": [url],
                "extract": "rules",
                "rules": {
                    "item": "article",
                    "fields": {"title": "h2", "url": "a@href", "date_text": ".termin-datum"},
                },
            }
        ],
    }
    path.write_text(yaml.safe_dump(data), "utf-8")
    return path


V1 = [
    ("herbsttreffen", "Herbsttreffen Digitale Verwaltung", "12.03.2027", "Kassel"),
    ("stammtisch", "Stammtisch Open Source", "20.01.2027", "online"),
    ("barcamp", "Barcamp Verwaltung", "05.05.2027", "Leipzig"),
]
V2 = [
    ("herbsttreffen", "Herbsttreffen Digitale Verwaltung", "19.03.2027", "Kassel"),  # re-dated
    ("barcamp", "Barcamp Verwaltung", "05.05.2027", "Leipzig"),
    ("werkstatt", "Werkstatt KI im Amt", "02.06.2027", "Bonn"),  # new; Stammtisch gone
]


@pytest.mark.skipif(CRAWL_MISSING, reason="netdir.crawl.fetch_one has not landed")
def test_recapture_saves_pages_and_prints_the_record_diff(
    changing_site: tuple[LocalSite, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site, page_file = changing_site
    catalog = _catalog_file(tmp_path, site.url("/termine/"))
    fixtures = tmp_path / "fixtures"
    argv = [
        "testnetz",
        "--catalog",
        str(catalog),
        "--fixtures",
        str(fixtures),
        "--allow-private-hosts",
    ]

    page_file.write_text(_listing(V1), "utf-8")
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert "first capture: 3 records" in first
    assert (fixtures / "testnetz" / "page-01.html").read_text("utf-8") == _listing(V1)

    page_file.write_text(_listing(V2), "utf-8")
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "+ Werkstatt KI im Amt (02.06.2027)" in out
    assert "- Stammtisch Open Source (20.01.2027)" in out
    assert "~ Herbsttreffen Digitale Verwaltung: 12.03.2027 → 19.03.2027" in out
    assert "1 added, 1 removed, 1 re-dated, 1 unchanged" in out
    manifest = read_manifest(fixtures / "testnetz")
    assert manifest is not None
    assert [r["title"] for r in manifest["records"]] == [title for _, title, _, _ in V2]


@pytest.mark.skipif(CRAWL_MISSING, reason="netdir.crawl.fetch_one has not landed")
def test_recapture_keeps_the_previous_capture_when_the_page_breaks(
    changing_site: tuple[LocalSite, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site, page_file = changing_site
    catalog = _catalog_file(tmp_path, site.url("/termine/"))
    fixtures = tmp_path / "fixtures"
    argv = [
        "testnetz",
        "--catalog",
        str(catalog),
        "--fixtures",
        str(fixtures),
        "--allow-private-hosts",
    ]
    page_file.write_text(_listing(V1), "utf-8")
    assert main(argv) == 0
    manifest_file = fixtures / "testnetz" / "capture.json"
    before = manifest_file.read_text("utf-8")

    page_file.write_text("<html><body><h1>Wartungsarbeiten</h1></body></html>", "utf-8")
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "[testnetz]" in err and "no records found, the previous capture had 3" in err
    assert manifest_file.read_text("utf-8") == before

    page_file.unlink()
    page_file.parent.rmdir()  # now a real 404
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "404" in err
    assert manifest_file.read_text("utf-8") == before

    page_file.parent.mkdir()
    page_file.write_text("<html><body><h1>Wartungsarbeiten</h1></body></html>", "utf-8")
    assert main([*argv, "--force"]) == 0
    forced = read_manifest(fixtures / "testnetz")
    assert forced is not None and forced["records"] == []


def test_unknown_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gibt-es-nicht"]) == 2
    assert "unknown source 'gibt-es-nicht'" in capsys.readouterr().err


def test_saved_capture_replays_to_the_same_records(
    changing_site: tuple[LocalSite, Path], tmp_path: Path
) -> None:
    site, page_file = changing_site
    page_file.write_text(_listing(V1), "utf-8")
    data = yaml.safe_load(_catalog_file(tmp_path, site.url("/termine/")).read_text("utf-8"))
    source = parse_catalog(data).sources[0]

    def extract_records(page, source):  # type: ignore[no-untyped-def]
        return extract.extract_page(page, source).records

    diff = recapture(source, tmp_path / "fx", urllib_fetch, extract_records)
    assert diff.first_capture and len(diff.added) == 3
    (page,) = load_captured_pages(tmp_path / "fx" / "testnetz")
    replayed = [record.title for record in extract.extract_page(page, source).records]
    manifest = read_manifest(tmp_path / "fx" / "testnetz")
    assert manifest is not None
    assert replayed == [record["title"] for record in manifest["records"]]


def test_diff_matches_titles_regardless_of_case_and_spacing() -> None:
    old = [{"title": "Barcamp  Verwaltung", "start": "2027-05-05"}]
    new = [{"title": "barcamp verwaltung", "start": "2027-05-05"}]
    diff = diff_records(old, new)
    assert (diff.unchanged, diff.changed) == (1, False)
    moved = diff_records(old, [{"title": "Barcamp Verwaltung", "start": "2027-05-12"}])
    assert moved.lines()[0] == "~ Barcamp  Verwaltung: 2027-05-05 → 2027-05-12"
