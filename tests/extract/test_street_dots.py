"""A street's abbreviation dot ends no sentence (street_dots, used by lead_places)."""

from __future__ import annotations

import pytest

from netdir.extract.lead_places import venue_taking_place
from netdir.extract.street_dots import hide_street_dots, show_street_dots
from tests.extract.realpage_inspect import inspect_corpus_page


def test_the_dot_before_a_house_number_is_hidden_and_shown_again() -> None:
    text = "an der Erlacherstr. 3 in Bern statt. Hauptstr.12a, Nr. 5. Ende."
    hidden = hide_street_dots(text)
    assert hidden.count(".") == 3  # „statt.“, „5.“ and „Ende.“ end sentences
    assert show_street_dots(hidden) == text


def test_a_lead_sentence_reads_past_the_street_abbreviation() -> None:
    assert (
        venue_taking_place(
            "Der glp-Stamm findet jeweils ab 19 Uhr im Restaurant Beaulieu, an der "
            "Erlacherstr. 3 in Bern statt. Interessierte sind herzlich willkommen!"
        )
        == "Restaurant Beaulieu, an der Erlacherstr. 3 in Bern"
    )


def test_the_party_sections_stammtisch_is_at_its_restaurant(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "php-glp-stadt-bern-agenda-2013")
    stamm = [r for r in records if r["title"] == "Stamm"]
    assert len(stamm) == 5
    assert all("Restaurant Beaulieu" in (r["location"] or "") for r in stamm)
