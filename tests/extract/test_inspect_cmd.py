"""``netdir inspect``: a URL served from 127.0.0.1 or a saved file, as table or JSON lines."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from netdir.cli.main import main
from tests.extract.conftest import FIXTURES

REALPAGES = Path(__file__).parents[1] / "realpages" / "pages"


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".ics": "text/calendar",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


class _FixtureServer(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True


@pytest.fixture(scope="module")
def fixture_site() -> Iterator[str]:
    """Base URL of a local web server (127.0.0.1 only) serving tests/extract/fixtures/."""
    server = _FixtureServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(FIXTURES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_inspect_url_prints_normalized_records_as_json_lines(
    fixture_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"{fixture_site}/listing_ul.html"
    code = main(["inspect", url, "--json", "--allow-private-hosts", "--today", "2025-10-01"])

    out = capsys.readouterr().out
    assert code == 0
    lines = json_lines(out)
    assert [line["title"] for line in lines][:2] == [
        "NEGZ-Herbsttagung 2025: Staat im Stresstest",
        "NEGZ-Stammtisch Berlin im Dezember",
    ]
    first = lines[0]
    assert first["url"] == f"{fixture_site}/termin/negz-herbsttagung-2025"
    assert first["extractor"] == "listing"
    assert first["date_text"] == "Donnerstag, 6. November 2025, 10:00 bis 17:00 Uhr"
    assert first["start"].startswith("2025-11-06")  # the normalizer read the German date
    assert first["location"] == "Deutsche Universität für Verwaltungswissenschaften Speyer"
    assert 0.4 <= first["confidence"] <= 1.0
    assert first["field_sources"]["url"].startswith("listing:ul.termine>li")
    assert {"end", "format", "city"} <= set(first)


def test_inspect_refuses_a_private_host_unless_allowed(
    fixture_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["inspect", f"{fixture_site}/listing_ul.html", "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "127.0.0.1" in captured.err


def test_inspect_file_with_base_url_prints_a_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    code = main(
        [
            "inspect",
            str(FIXTURES / "listing_table.html"),
            "--base-url",
            "https://www.vdz.org/kalender",
            "--today",
            "2026-01-15",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "5 records from https://www.vdz.org/kalender (extractor: listing" in out
    assert "KGSt-Forum 2026" in out
    assert "https://www.vdz.org/termine/kgst-forum-2026" in out
    assert "Messe Karlsruhe" in out
    assert "td[3:location_text]" in out  # field provenance is shown


def test_inspect_calendar_file_recognises_ics(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(FIXTURES / "calendar.ics"), "--json", "--today", "2026-11-27"])
    lines = json_lines(capsys.readouterr().out)
    assert code == 0
    assert {line["extractor"] for line in lines} == {"ical"}
    cancelled = next(
        line for line in lines if line["title"] == "Workshop KI in der Sachbearbeitung"
    )
    assert cancelled["status"] == "cancelled"


def test_inspect_with_a_catalog_source_uses_its_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        """
sources:
  - id: zdv-termine
    name: ZDV Termine
    start_urls: ["https://zdv.example/termine/"]
    extract: rules
    rules:
      item: div.termin
      fields:
        title: h4.termin-titel
        url: "h4.termin-titel a@href"
        location_text: {select: p.ort, regex: 'Ort:\\s*(.+)'}
""",
        encoding="utf-8",
    )
    code = main(
        [
            "inspect",
            str(FIXTURES / "rules_page1.html"),
            "--base-url",
            "https://zdv.example/termine/",
            "--source-catalog",
            str(catalog),
            "--source",
            "zdv-termine",
            "--json",
        ]
    )
    lines = json_lines(capsys.readouterr().out)
    assert code == 0
    assert [line["extractor"] for line in lines] == ["rules"] * 3
    assert lines[1]["location"] == "Landeshaus Kiel"


def test_inspect_page_without_records_exits_1_with_a_hint(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["inspect", str(FIXTURES / "article_no_listing.html"), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "no records found" in captured.err and "hint" in captured.err


def test_inspect_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", "gibt-es-nicht.html"])
    assert code == 2
    assert "gibt-es-nicht.html: cannot read the file" in capsys.readouterr().err


def test_inspect_says_when_the_detector_is_unsure_and_shows_its_candidates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two weak groups of links, no dates: the detector picks one but says it was unsure.
    links = "".join(f'<li><a href="/a/{n}">Arbeitskreis Nummer {n}</a></li>' for n in range(3))
    docs = "".join(f'<p><a href="/d/{n}">Dokument {n}</a></p>' for n in range(3))
    page = tmp_path / "weak.html"
    page.write_text(f"<body><ul>{links}</ul><div>{docs}</div></body>", encoding="utf-8")

    main(["inspect", str(page), "--base-url", "https://verein.example/"])
    out = capsys.readouterr().out
    assert "The listing detector is unsure" in out
    assert "ul>li" in out and "div>p" in out  # the groups it weighed, with their scores

    main(["inspect", str(page), "--base-url", "https://verein.example/", "--json"])
    captured = capsys.readouterr()
    assert "unsure" in captured.err and "unsure" not in captured.out


def test_inspect_shows_the_groups_its_own_extraction_weighed_reading_the_page_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A second detection on a fresh tree had been a quarter of inspect's time per page, and it
    # showed the rows' titles before the extraction mended them.
    from netdir.extract import listing

    detections = []
    detect = listing.detect_listings

    def counted(*args: object, **kwargs: object) -> listing.Detection:
        detections.append(detect(*args, **kwargs))  # type: ignore[arg-type]
        return detections[-1]

    monkeypatch.setattr(listing, "detect_listings", counted)
    links = "".join(f'<li><a href="/a/{n}">Arbeitskreis Nummer {n}</a></li>' for n in range(3))
    docs = "".join(f'<p><a href="/d/{n}">Dokument {n}</a></p>' for n in range(3))
    page = tmp_path / "weak.html"
    page.write_text(f"<body><ul>{links}</ul><div>{docs}</div></body>", encoding="utf-8")

    main(["inspect", str(page), "--base-url", "https://verein.example/"])
    assert "The listing detector is unsure" in capsys.readouterr().out
    assert len(detections) == 1


def test_the_candidates_of_a_real_page_are_named_as_its_records_would_be(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A youth congress's downloads page writes its names with soft hyphens („Plan\xadspiel
    # Luthe\xadrisch“): the groups the detector weighed show them cleaned, as a record is named.
    page = REALPAGES / "static-lutherischer-jugendkongress-materialien-2012.html"
    main(["inspect", str(page), "--base-url", "https://jugendkongress.org/2012_lutherisch/"])
    shown = capsys.readouterr().out
    assert "The listing detector is unsure" in shown
    assert "Planspiel" in shown and "\xad" not in shown
