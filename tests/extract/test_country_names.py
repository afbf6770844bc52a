"""One list of countries: every reader that tells „town, country“ from a name knows the same ones.

Three readers kept lists of their own; „Moskau, Russland“ was a place on a line of its own but not
in a JSON line of facts, „Porto / Portugal“ a place in a row but not „Porto, Portugal“ in JSON.
"""

from __future__ import annotations

import pytest

from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.json_place_text import meta_line_place
from netdir.extract.place_lines import _town_and_country
from netdir.extract.slash_town_titles import _COUNTRY as SLASH_COUNTRY

_EVERY_COUNTRY = COUNTRY_NAMES.split("|")


@pytest.mark.parametrize("country", _EVERY_COUNTRY)
def test_every_reader_knows_every_country(country: str) -> None:
    assert meta_line_place({"meta": f"Hauptstadt, {country}"}, ()) == (
        f"Hauptstadt, {country}",
        "meta",
    )
    assert _town_and_country(f"Hauptstadt, {country}")
    assert SLASH_COUNTRY.match(country) is not None


@pytest.mark.parametrize("word", ["Rock", "Kinder", "Familie", "Deutschlandticket", "Englisch"])
def test_other_words_are_no_country(word: str) -> None:
    assert meta_line_place({"meta": f"Hauptstadt, {word}"}, ()) is None
    assert not _town_and_country(f"Hauptstadt, {word}")
    assert SLASH_COUNTRY.match(word) is None
