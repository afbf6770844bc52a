"""Towns of Switzerland, Austria and Liechtenstein (``data/gazetteer_ch_at.tsv``), on location
texts and titles of real pages of the corpus (tests/realpages)."""

from __future__ import annotations

import pytest

from netdir.normalize import parse_place
from netdir.normalize.place import known_town, town_in_title


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        # html-ninatheater-hagerhus-2026: a Swiss address line is no venue
        ("Hagerhüsli 1, 3315 Bätterkinden", "Bätterkinden", None),
        # php-cuthbertson-konzerte-2016: the country after the town is no venue either
        ("Stiftung Beatus, Bühlweg 2, 3655 Sigriswil, Schweiz", "Sigriswil", "Stiftung Beatus"),
        ("Elfenau Park, Bern, Schweiz", "Bern", "Elfenau Park"),
        ("Büezer*Inne Beiz Zürich", "Zürich", "Büezer*Inne Beiz Zürich"),  # dekadenzdiarrhoe
        ("Stedepark, Hard", "Hard", "Stedepark"),  # static-rvhard-nightrace-2025
        ("Wien", "Wien", None),  # bootstrap-lisawoelfl-termine-2026
        ("Volkshaus Langenwang", "Langenwang", "Volkshaus Langenwang"),  # pfadfinder-langenwang
    ],
)
def test_a_neighbours_town_is_the_city_without_a_bundesland(
    text: str, city: str, venue: str | None
) -> None:
    place = parse_place(text)
    assert (place.format, place.city, place.state, place.venue) == ("in_person", city, None, venue)


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [
        ("Baden", "Baden-Baden", "Baden-Württemberg"),  # a German place's name is never Baden AG
        ("Freiburg", "Freiburg im Breisgau", "Baden-Württemberg"),  # nor Fribourg's German name
        # legistar calendars: „Hall“ (Hall in Tirol's short form) and „Court“ (BE) are words
        ("Council Chambers -- City Hall -- Chicago, Illinois", None, None),
        ("Room 330 City Hall & Court House", None, None),
        # hugo-dommusik-erfurt-kalender-2024: a church, not Sankt Marien in Upper Austria
        ("Dom St. Marien", None, None),
    ],
)
def test_german_places_and_words_keep_their_reading(
    text: str, city: str | None, state: str | None
) -> None:
    place = parse_place(text)
    assert (place.city, place.state) == (city, state)


def test_a_title_names_a_neighbours_town() -> None:
    # static-ssgt-giffers-jahresprogramm-2022: the Fribourg marksmen's club's year
    found = town_in_title("Feldschiessen in Alterswil")
    assert found is not None and (found.city, found.state) == ("Alterswil", None)
    assert town_in_title("COLD HART") is None  # static-garrison-listings: a band


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("Bonaduz", "Bonaduz"),
        ("Potsdam", "Potsdam"),
        ("Frankfurt am Main", "Frankfurt am Main"),
        ("Essen", None),  # an everyday word („Gemeinsames Essen“)
        ("Giffers", None),  # 1,566 inhabitants: a small place's name is often a word or a surname
        ("bonaduz", None),  # not written as a name
    ],
)
def test_a_known_town_is_a_name_people_know(name: str, city: str | None) -> None:
    found = known_town(name)
    assert (found.city if found else None) == city
