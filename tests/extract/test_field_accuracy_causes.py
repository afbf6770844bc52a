"""Causes of wrong titles and places on pages of the real-page corpus (issue #11: the fields
read, not the items found), each pinned on its page."""

from __future__ import annotations

from pathlib import Path

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(page: str, url: str) -> list[tuple[str, str | None]]:
    html = (PAGES / page).read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    return [(r.title, r.location_text) for r in records]


def test_a_list_crossing_names_and_bracketed_places_reads_the_bracket_as_the_place() -> None:
    # <td>Breakfast Spike (Heldenplatz)</td>, <td>Breakfast Spike (Sporthalle)</td>,
    # <td>Training (Auer-Welsbach-Park)</td>, <td>Spike (AWP)</td>, <td>Planung Sommer-Saison
    # (AWP)</td>: one name with several brackets, one bracket with several names — the
    # bracket is the list's place column, not part of the name.
    got = _records("hugo-roundnetwien-termine-2019.html", "https://wiener-roundnet.com/termine/")
    assert ("Breakfast Spike", "Heldenplatz") in got
    assert ("Breakfast Spike", "Sporthalle") in got
    assert ("Training", "Auer-Welsbach-Park") in got
    assert ("Planung Sommer-Saison", "AWP") in got
    assert ("1. Generalversammlung", None) in got
    assert not [title for title, _ in got if title.endswith(")")]


def test_brackets_that_do_not_cross_names_stay_in_the_title() -> None:
    # „Teamtage (Kita geschlossen)“, „Betriebsausflug (Kita geschlossen)“: one bracket for
    # several names, never several brackets for one name — a note, not a place column.
    got = _records(
        "wp-kitatrier-schneidershof-termine.html",
        "https://www.kita-trier.de/kita-schneidershof/termine/",
    )
    assert ("Teamtage (Kita geschlossen)", None) in got
