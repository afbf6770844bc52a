"""Causes found on held-out German batch 96 (listing pages: an event aggregator's Astro cards, a
citizens' digest of a market town's council sessions folded in ``<details>``), each unit with its
real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.title_text import title_in_text
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

URL = "https://ratsakten.example.org/termine.html"


def _rows(html: str, today: date) -> list[tuple[str | None, str, str | None]]:
    records = extract_page(page_from_text(html, URL)).records
    return [
        (r.title, (normalize_record(r, today=today).start or "")[:10], r.location_text)
        for r in records
    ]


# --- a session folded in <details>: its <summary> heads it, not the report link inside ---

_SESSIONS = """<html><body><main><h1>Termine</h1>
<details><summary>2026-07-29 · Bau- und Umweltausschuss <small>15 TOP</small></summary>
<ol><li><b>TOP 1</b> Anträge zur Tagesordnung</li><li><b>TOP 2</b> Bauanträge</li></ol></details>
<details><summary>2026-07-08 · Marktgemeinderat <small>13 TOP</small></summary>
<p><a href="https://town.example.org/Rathaus_Marktgemeinderat_08._Juli_2026.pdf">Aus der Sitzung
des Marktgemeinderates am 08. Juli 2026</a></p>
<ol><li><b>TOP 1</b> Anträge zur Tagesordnung</li></ol></details>
<details><summary>2026-06-24 · Haupt- und Finanzausschuss <small>0 TOP</small></summary><ol></ol>
</details>
<details><summary>2026-06-11 · Marktgemeinderat <small>16 TOP</small></summary>
<p><a href="https://town.example.org/Rathaus_Marktgemeinderat_11._Juni_2026.pdf">Aus der Sitzung
des Marktgemeinderates am 11. Juni 2026</a></p><ol><li><b>TOP 1</b> Vereidigung</li></ol></details>
</main></body></html>"""


def test_a_disclosures_summary_names_the_session() -> None:
    rows = _rows(_SESSIONS, date(2026, 9, 15))
    assert [(title, start) for title, start, _ in rows] == [
        ("Bau- und Umweltausschuss", "2026-07-29"),
        ("Marktgemeinderat", "2026-07-08"),
        ("Haupt- und Finanzausschuss", "2026-06-24"),
        ("Marktgemeinderat", "2026-06-11"),
    ]
    # the name after the summary's dot is no place („12.03.2027 · Köln“ still splits)
    assert all(place is None for _, _, place in rows)


def test_a_date_line_still_gives_its_place_after_the_dot() -> None:
    html = """<html><body><ul>
    <li><h3>Lesung im Park</h3><p>12.03.2027 · Köln</p></li>
    <li><h3>Sommerkonzert</h3><p>14.05.2027 · Bonn</p></li>
    <li><h3>Herbstmarkt</h3><p>02.10.2027 · Aachen</p></li>
    </ul></body></html>"""
    rows = _rows(html, date(2027, 1, 1))
    assert [(title, place) for title, _, place in rows] == [
        ("Lesung im Park", "Köln"),
        ("Sommerkonzert", "Bonn"),
        ("Herbstmarkt", "Aachen"),
    ]


# --- „15 TOP“: how many agenda items the session has, no part of its name ---


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bau- und Umweltausschuss 15 TOP", "Bau- und Umweltausschuss"),
        ("Tourismusausschuss 0 TOP", "Tourismusausschuss"),
        ("Gemeinderat (12 TOPs)", "Gemeinderat"),
        ("Ortschaftsrat 7 Tagesordnungspunkte", "Ortschaftsrat"),
        ("Workshop TOP 10 Tipps", "Workshop TOP 10 Tipps"),  # a count inside the name stays
    ],
)
def test_an_agenda_count_is_no_part_of_the_name(text: str, title: str) -> None:
    assert title_in_text(text) == title


def test_the_council_digest_names_each_session_by_its_committee(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: the five council sessions were named by their report link („Aus der Sitzung des
    # Marktgemeinderates“), every title kept its „15 TOP“ and the name was read as the place.
    records = inspect_corpus_page(capsys, "static-ratsakten-oberstaufen-termine-2026")
    assert len(records) == 20
    sessions = [(r["start"][:10], r["title"]) for r in records]
    assert ("2026-07-08", "Marktgemeinderat") in sessions
    assert ("2026-07-29", "Bau- und Umweltausschuss") in sessions
    assert ("2026-01-14", "Rechnungsprüfungsausschuss") in sessions
    assert not any("Aus der Sitzung" in (r["title"] or "") for r in records)
    assert not any(r["location"] for r in records)


def test_the_digests_home_page_names_its_sessions_not_their_first_agenda_item(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: seven of the eight sessions were named „TOP 1“ (their agenda's first item).
    records = inspect_corpus_page(capsys, "static-ratsakten-oberstaufen-start-2026")
    assert [(r["start"][:10], r["title"]) for r in records] == [
        ("2026-07-29", "Bau- und Umweltausschuss"),
        ("2026-07-27", "Tourismusausschuss"),
        ("2026-07-08", "Marktgemeinderat"),
        ("2026-06-24", "Bau- und Umweltausschuss"),
        ("2026-06-11", "Marktgemeinderat"),
        ("2026-05-20", "Bau- und Umweltausschuss"),
        ("2026-05-19", "Haupt- und Finanzausschuss"),
        ("2026-05-07", "Marktgemeinderat"),
    ]
