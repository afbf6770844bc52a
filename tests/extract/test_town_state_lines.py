"""extract/town_state_lines: a card's line naming a town with its Bundesland in brackets."""

from __future__ import annotations

import pytest

from netdir.extract.town_state_lines import town_and_state
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_town_with_its_state_in_brackets_is_the_place() -> None:
    assert (
        town_and_state("Herdecke (Nordrhein-Westfalen) · DMC") == "Herdecke (Nordrhein-Westfalen)"
    )
    assert town_and_state("Kleinhettstedt-Stadtilm (Thüringen) · GHS Hettstedt") == (
        "Kleinhettstedt-Stadtilm (Thüringen)"
    )
    assert town_and_state("Frankfurt am Main (Hessen)") == "Frankfurt am Main (Hessen)"
    # a known town before the organiser
    assert town_and_state("Ennepetal · DMC") == "Ennepetal"


def test_no_place_from_other_brackets_a_lone_name_or_a_date() -> None:
    assert town_and_state("Mitgliederversammlung (Vorstand)") is None
    assert town_and_state("Ennepetal") is None  # a town alone is read elsewhere
    assert town_and_state("Zucht · IGP") is None
    assert town_and_state("03.10.2026 (Bayern) · DMC") is None
    assert town_and_state("Wir fahren nach Malsch (Baden-Württemberg)") is None


def test_the_dmc_calendar_cards_name_their_towns(capsys: pytest.CaptureFixture[str]) -> None:
    """static-dmc-malinois: „Herdecke (Nordrhein-Westfalen) · DMC“ under each card's name."""
    records = inspect_corpus_page(capsys, "static-dmc-malinois-veranstaltungen-2026")
    places = [(r["location"], r["city"]) for r in records]
    assert places[0] == ("Herdecke (Nordrhein-Westfalen)", "Herdecke")
    assert ("Malsch (Baden-Württemberg)", "Malsch") in places  # not Baden-Baden
    assert all(location for location, _ in places)
