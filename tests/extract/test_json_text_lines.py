"""A JSON body that keeps its dates as lines of text under year keys."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_text_lines import dated_lines
from tests.extract.conftest import page_from_text


def test_each_line_under_a_year_is_a_dated_event_with_its_clock() -> None:
    tour = {
        "2018": [
            "05.10. Tübingen - Vorstadttheater 20:00",
            "28.10. Waldenburg - Gleis 1 19 Uhr",
            "07.12. Bergneustadt - Schauspielhaus 20",  # a bare number is no clock
            "03.11. Schweiz - Winterthur - Alte Kaserne",
        ],
        "2019": ["25.01. Sulzbach-Rosenberg - Kulturwerkstatt 20.30 Uhr", "17.03. Solingen"],
    }
    # Most lines name a known town before their venue: the town is the place, the venue the name.
    assert [(line.start, line.text, line.town) for line in dated_lines(tour)] == [
        ("2018-10-05T20:00", "Vorstadttheater", "Tübingen"),
        ("2018-10-28T19:00", "Gleis 1", "Waldenburg"),
        ("2018-12-07", "Schauspielhaus 20", "Bergneustadt"),
        ("2018-11-03", "Alte Kaserne", "Winterthur"),
        ("2019-01-25T20:30", "Kulturwerkstatt", "Sulzbach-Rosenberg"),
        ("2019-03-17", "Solingen", "Solingen"),
    ]


def test_a_town_opening_the_line_without_a_dash_and_lines_that_name_no_towns() -> None:
    tour = {"2018": ["04.11. München ARS Musica 19:00", "10.11. Ratingen - Festival der Stimmen"]}
    assert [(line.text, line.town) for line in dated_lines(tour)] == [
        ("ARS Musica", "München"),
        ("Festival der Stimmen", "Ratingen"),
    ]
    # Names of what happens, not of where: the lines stay whole, no town is guessed.
    plays = {"2018": ["05.10. Faust - Der Tragödie erster Teil", "06.10. Woyzeck - Premiere"]}
    assert [(line.text, line.town) for line in dated_lines(plays)] == [
        ("Faust - Der Tragödie erster Teil", None),
        ("Woyzeck - Premiere", None),
    ]


def test_lines_with_their_own_year_and_lists_that_are_not_dates() -> None:
    assert [line.start for line in dated_lines(["12.01.2027 Kiel", "14.01.2027 Ulm 19:00"])] == [
        "2027-01-12", "2027-01-14T19:00",
    ]  # fmt: skip
    # No year anywhere, one dated text among words, a day no calendar has: none.
    assert list(dated_lines({"termine": ["12.01. Kiel", "14.01. Ulm"]})) == []
    assert list(dated_lines({"2018": ["Vorwort", "Impressum", "12.01. Kiel"]})) == []
    assert list(dated_lines({"2018": ["31.02. Kiel", "30.02. Ulm"]})) == []


def test_a_tour_list_document_gives_a_record_per_line() -> None:
    tour = {"2018": ["12.01. Göttingen - Apex 20:00", "14.01. Kiel - Kulturforum 19:00"]}
    page = page_from_text(json.dumps(tour), "https://example.org/termine.json", "application/json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Apex", "2018-01-12T20:00", "Göttingen"), ("Kulturforum", "2018-01-14T19:00", "Kiel"),
    ]  # fmt: skip
    assert records[0].field_sources["start"] == "embedded_json:2018[] text"
    assert records[0].field_sources["location_text"] == "embedded_json:2018[] town"
