"""A listing row's place split over several classed cells is read from all of them (real pages
of tests/realpages/): "termin-stadt" holds the town, "termin-ort" the venue and street."""

from __future__ import annotations

from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import parse_place
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def locations(name: str) -> dict[str, str | None]:
    page = page_from_text((PAGES / name).read_text(encoding="utf-8"), "https://example.org/")
    return {r.title or "": r.location_text for r in extract_page(page).records}


def test_a_town_cell_and_a_venue_cell_make_one_place_with_the_town_last() -> None:
    found = locations("static-muensterland-veranstaltungen.html")
    assert found["Lama-Park-Wanderung an Neujahr"] == (
        "Prachtlamas, Feldmarkstraße 209, Gelsenkirchen"
    )
    place = parse_place(found["Lama-Park-Wanderung an Neujahr"])
    assert (place.venue, place.city) == ("Prachtlamas", "Gelsenkirchen")


def test_a_town_cell_repeated_inside_the_venue_cell_is_not_added_twice() -> None:
    found = locations("ratstermine-muensterland-2026-03.html")
    gronau = [loc for loc in found.values() if loc and "Wirtschaftszentrum Gronau" in loc]
    assert gronau == [
        "Wirtschaftszentrum Gronau, Fabrikstraße 3, 48599 Gronau, Besprechungsraum 3.11.1, 3. OG"
    ]
