"""The separate days an event object lists beside its own day (json_day_lists)."""

from __future__ import annotations

from netdir.extract.json_day_lists import listed_days


def test_a_list_of_days_that_opens_with_the_objects_day() -> None:
    node = {"termine": "15., 16., 22. und 23. Mai"}
    assert listed_days(node, "2026-05-15") == [
        "2026-05-15",
        "2026-05-16",
        "2026-05-22",
        "2026-05-23",
    ]


def test_a_list_about_other_days_or_a_single_day_is_none() -> None:
    assert listed_days({"termine": "15., 16., 22. und 23. Mai"}, "2026-05-01") is None
    assert listed_days({"termine": "15. Mai"}, "2026-05-15") is None
    assert listed_days({"beschreibung": "15. und 16. Mai"}, "2026-05-15") is None


def test_a_yearless_list_is_read_in_the_year_of_the_objects_day() -> None:
    # Saved long after: the days stay in the year the object's own (ISO) day names.
    assert listed_days({"termine": "15. und 22. Mai"}, "2024-05-15") == ["2024-05-15", "2024-05-22"]


def test_a_list_of_day_values_reads_with_the_callers_reading() -> None:
    from netdir.extract.json_day_lists import stamp_list

    def read(value: object) -> str | None:
        return {"07.04.16": "2016-04-07", "12.04.16": "2016-04-12"}.get(str(value))

    node = {"Titel": "Film", "termine": ["07.04.16", "12.04.16"]}
    assert stamp_list(node, read) == ("termine", ["2016-04-07", "2016-04-12"])
    assert stamp_list({"termine": ["07.04.16", "bald"]}, read) is None  # one item no day: none
    assert stamp_list({"termine": []}, read) is None


def test_a_groups_clock_passes_to_its_events() -> None:
    from netdir.extract.json_day_lists import clock_of_group, group_clock

    around = group_clock("20:30", {"year": 2016})
    assert clock_of_group(around) == "20:30"
    assert around["year"] == 2016
    assert clock_of_group({}) is None
    assert group_clock(None, {"year": 2016}) == {"year": 2016}
    assert clock_of_group(group_clock("9:05", {})) == "09:05"  # kept as „HH:MM“


def test_a_programmes_films_with_their_screening_days_and_its_clock() -> None:
    import json

    from netdir.extract import extract_page
    from tests.extract.conftest import page_from_text

    programme = {
        "Programm": {
            "Semester": "Sommersemester 2016",
            "Einlass": "20:00 Uhr",
            "Beginn": "20:30 Uhr",
            "Filme": [
                {"Titel": "Spotlight", "Termine": ["30.06.16", "05.07.16"], "Jahr": "2015"},
                {"Titel": "Zoomania", "Termine": ["14.07.16"], "Jahr": "2016"},
            ],
        }
    }
    body = json.dumps(programme)
    page = page_from_text(body, "https://example.org/program.json", "application/json")
    found = [(r.title, (r.start or "")[:16]) for r in extract_page(page).records]
    assert found == [
        ("Spotlight", "2016-06-30T20:30"),
        ("Spotlight", "2016-07-05T20:30"),
        ("Zoomania", "2016-07-14T20:30"),
    ]


def test_two_days_in_the_day_value_itself_each_at_its_place() -> None:
    import json

    from netdir.extract import extract_page
    from tests.extract.conftest import page_from_text

    # A singer's concert list: „03. Oktober 2026 / 18. Oktober 2026“ with the two places apart
    # by „ / “ in the same order — two concerts; „10. und 11. Februar 2023“ stays one run.
    concerts = [
        {
            "datum": "03. Oktober 2026 / 18. Oktober 2026",
            "titel": "Konzert für Kinder",
            "ort": "Gemeindehaus Reichenschwand / Musikhalle Velden",
        },
        {"datum": "10. und 11. Februar 2023", "titel": "Chorwochenende", "ort": "Kloster"},
    ]
    page = page_from_text(json.dumps(concerts), "https://example.org/k.json", "application/json")
    found = [(r.title, (r.start or "")[:10], r.location_text) for r in extract_page(page).records]
    assert found == [
        ("Konzert für Kinder", "2026-10-03", "Gemeindehaus Reichenschwand"),
        ("Konzert für Kinder", "2026-10-18", "Musikhalle Velden"),
        ("Chorwochenende", "2023-02-10", "Kloster"),
    ]


def test_places_pair_with_days_only_when_they_count_alike() -> None:
    from netdir.extract.json_day_lists import paired_places

    assert paired_places("A / B", 2) == ["A", "B"]
    assert paired_places("A / B / C", 2) is None
    assert paired_places("Haus A/B", 2) is None  # a slash inside a name
    assert paired_places(None, 2) is None
