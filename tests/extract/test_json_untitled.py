"""A dated object without a title in a body that is all JSON is named by its place key."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_untitled import name_by_kind, name_by_place, name_by_sides, town_of
from tests.extract.conftest import page_from_text


def test_the_place_key_names_it_and_the_town_is_its_place() -> None:
    gig = {"date": "2026-07-25", "city": "Heidelberg", "location": "Taeter Theater", "time": "20:00 Uhr"}  # fmt: skip
    assert name_by_place(gig) == ("Taeter Theater", "location")
    assert town_of(gig) == ("Heidelberg", "city")
    assert town_of({"city": "-"}) is None
    assert name_by_place({"location": "x" * 200}) is None
    assert name_by_place({"location": {"name": "Aula"}}) is None


def test_a_gig_list_answer() -> None:
    gigs = [
        {
            "date": "2026-07-25",
            "city": "Heidelberg",
            "location": "Taeter Theater",
            "time": "20:00 Uhr",
        },
        {
            "date": "2023-09-08",
            "city": "Mannheim",
            "location": "GREEN TALENTS FESTIVAL (Buga)",
            "time": "",
        },
    ]
    page = page_from_text(json.dumps(gigs), "https://example.org/termine.json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Taeter Theater", "2026-07-25T20:00", "Heidelberg"),
        ("GREEN TALENTS FESTIVAL (Buga)", "2023-09-08", "Mannheim"),
    ]
    assert records[0].field_sources["title"] == "embedded_json:location"
    assert records[0].field_sources["location_text"] == "embedded_json:city"


def test_a_titled_object_keeps_its_place_and_a_pages_scripts_are_not_read_so() -> None:
    titled = [{"title": "Konzert", "date": "2026-07-25", "location": "Taeter Theater", "city": "Heidelberg"}]  # fmt: skip
    page = page_from_text(json.dumps(titled), "https://example.org/termine.json")
    # (its town apart follows the venue: structured batch AZ)
    assert [(r.title, r.location_text) for r in extract_page(page).records] == [
        ("Konzert", "Taeter Theater, Heidelberg")
    ]
    # In a page's scripts a dated object with a place and no title is no event.
    script = '<html><body><script>var m = [{"start": "2026-07-25", "location": "Marker 1"}];</script></body></html>'  # fmt: skip
    assert extract_page(page_from_text(script)).records == []


def test_a_match_is_named_by_its_two_sides() -> None:
    # Structured batch BA: a volleyball federation's SAMS fixtures (XML turned into JSON): no
    # title, the sides in "team", the day „14.10.2023“ and the clock apart, the hall an object.
    match = {
        "number": "10",
        "date": "14.10.2023",
        "time": "14:30",
        "host": {"name": "VC Weil 2"},
        "team": [{"number": "1", "name": "VC Weil 2"}, {"number": "2", "name": "VC Müllheim 2"}],
        "matchSeries": {"name": "Bezirksliga Herren Süd", "updated": "2023-10-10 15:29:26.717"},
        "location": {"name": "Humboldthalle", "street": "Kantstraße 2", "city": "Weil am Rhein"},
    }
    assert name_by_sides(match) == ("VC Weil 2 vs. VC Müllheim 2", "team[].name")
    assert name_by_sides({"homeTeam": {"name": "A"}, "awayTeam": "B"}) == ("A vs. B", "homeTeam+awayTeam")  # fmt: skip
    assert name_by_sides({"team": [{"name": "A"}]}) is None  # one side is no match
    assert name_by_sides({"teams": [{"name": "A"}, {"id": 2}]}) is None
    page = page_from_text(json.dumps({"matches": {"match": [match]}}), "https://example.org/m.json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        (
            "VC Weil 2 vs. VC Müllheim 2",
            "2023-10-14T14:30",
            "Humboldthalle, Kantstraße 2, Weil am Rhein",
        )
    ]
    assert records[0].field_sources["title"] == "embedded_json:team[].name"


def test_an_associations_entry_is_named_by_its_kind_and_the_association() -> None:
    # Structured batch BC: beekeepers' associations' meetings typed from their Excel list, JSON
    # objects one after another (not an array), no title key, the address as the place.
    entry = {
        "typ": "Monatsversammlung", "datum": "2026-03-05", "uhrzeit": "18:30",
        "thema": "Monatsbetrachtung: Frühjahrsrevision", "verein": "Schalchen/Mattighofen",
        "adresse_vollständig": "Hauptstraße 9, 5231 Schalchen",
    }  # fmt: skip
    assert name_by_kind(entry) == ("Monatsversammlung (Schalchen/Mattighofen)", "typ+verein")
    assert name_by_kind({"typ": "Bezirksversammlung", "datum": "2026-06-12"}) == (
        "Bezirksversammlung", "typ",
    )  # fmt: skip
    district = {"typ": "Bezirksversammlung - Braunau", "verein": "Braunau"}
    assert name_by_kind(district) == ("Bezirksversammlung - Braunau", "typ")  # said already
    body = (
        json.dumps(entry, ensure_ascii=False)
        + "\n\n"
        + json.dumps({**entry, "datum": "02-07-2026"})
    )
    page = page_from_text(body, "https://example.org/termine.json", "application/json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Monatsversammlung (Schalchen/Mattighofen)", "2026-03-05T18:30", "Hauptstraße 9, 5231 Schalchen"),
        ("Monatsversammlung (Schalchen/Mattighofen)", "2026-07-02T18:30", "Hauptstraße 9, 5231 Schalchen"),
    ]  # fmt: skip
