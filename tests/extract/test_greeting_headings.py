"""A home page's greeting heading names no event; the dated sentence under it does."""

from __future__ import annotations

import pytest

from netdir.extract.greeting_headings import is_greeting, name_in_the_dated_sentence


@pytest.mark.parametrize(
    "heading",
    ["Herzlich willkommen", "auf unserer Homepage", "Herzlich Willkommen auf unserer Webseite!",
     "Welcome to our website", "Hallo liebe Besucher"],
)  # fmt: skip
def test_a_heading_that_only_greets(heading: str) -> None:
    assert is_greeting(heading)


@pytest.mark.parametrize(
    "heading",
    ["Willkommen beim Dachbau Schaffer Nightrace 2025!", "Sommerfest", "Auf der Seite",
     "Welcome Night for new members", ""],
)  # fmt: skip
def test_a_heading_that_names_something(heading: str) -> None:
    assert not is_greeting(heading)


def test_the_sentence_names_what_it_goes_to() -> None:
    text = (
        "Hier der Speiseplan. Am 2. Dezember gehen alle Klassen ins Theater zum Weihnachtsmärchen "
        '"Alice im Wunderland". Unser Sekretariat ist montags besetzt.'
    )
    assert (
        name_in_the_dated_sentence(text, "2. Dezember") == 'Weihnachtsmärchen "Alice im Wunderland"'
    )


def test_without_a_name_it_goes_to_the_sentence_without_its_day_names_it() -> None:
    assert (
        name_in_the_dated_sentence("Am 5. Juli 2024 feiern wir unser Sommerfest.", "5. Juli 2024")
        == "Feiern wir unser Sommerfest"
    )
    assert name_in_the_dated_sentence("Am 5. Juli 2024.", "5. Juli 2024") is None
    assert name_in_the_dated_sentence("Kein Tag hier.", "5. Juli 2024") is None
