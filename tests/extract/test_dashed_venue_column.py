"""The venue column a list writes after a dash (dashed_venue_column)."""

from __future__ import annotations

from netdir.extract.dashed_venue_column import move_dashed_venue_column
from netdir.records import RawRecord
from tests.extract.raw_records import raw_records


def _records(*titles: str) -> list[RawRecord]:
    return raw_records(*titles)


def test_repeated_tails_after_different_names_are_places() -> None:
    records = _records(
        "Placebo - Stadthalle",
        "Grandbrothers - Flex",
        "Muff Potter - Flex",
        "Dives - WUK !",
        "Chris de Burgh - Stadthalle",
        "Aymz- Grelle Forelle",
    )
    move_dashed_venue_column(records)
    assert [(r.title, r.location_text) for r in records] == [
        ("Placebo", "Stadthalle"),
        ("Grandbrothers", "Flex"),
        ("Muff Potter", "Flex"),
        ("Dives", "WUK"),
        ("Chris de Burgh", "Stadthalle"),
        ("Aymz", "Grelle Forelle"),
    ]
    assert records[0].field_sources["location_text"].endswith("(venue column after the dash)")


def test_one_recurring_label_is_no_column() -> None:
    records = _records(
        "Gemeinderat - Sitzung",
        "Bauausschuss - Sitzung",
        "Finanzausschuss - Sitzung",
        "Kulturausschuss - Sitzung",
    )
    move_dashed_venue_column(records)
    assert all(r.location_text is None and " - " in (r.title or "") for r in records)


def test_pairs_of_teams_are_no_column() -> None:
    records = _records("Kiel - Flensburg", "Flensburg - Lemgo", "Lemgo - Kiel", "Kiel - Lemgo")
    move_dashed_venue_column(records)
    assert all(r.location_text is None for r in records)


def test_a_record_with_its_place_keeps_it() -> None:
    records = _records("A - Flex", "B - Flex", "C - Arena", "D - Arena", "E - WUK")
    records[4].location_text = "Wien, WUK, Währinger Straße 59"
    move_dashed_venue_column(records)
    assert records[4].title == "E - WUK"
    assert records[0].location_text == "Flex"
