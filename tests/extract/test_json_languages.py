"""A text written once per language (pretix's „multi-lingual strings“) is one text."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_languages import language_text
from netdir.extract.json_place_text import place_text
from tests.extract.conftest import page_from_text


def test_german_first_then_english_then_the_first_given() -> None:
    assert language_text({"en": "Summer party", "de": "Sommerfest"}) == "Sommerfest"
    assert language_text({"de-informal": "Komm vorbei", "en": "Come along"}) == "Komm vorbei"
    assert language_text({"fr": "Fête", "en": "Party"}) == "Party"
    assert language_text({"nl": "Feest", "fr": "Fête"}) == "Feest"
    assert language_text({"de": "", "en": "Party"}) == "Party"  # an empty German text is none


def test_an_object_of_other_keys_is_no_such_text() -> None:
    assert language_text({"id": "42", "url": "https://example.org/a"}) is None
    assert language_text({"de": "Sommerfest", "slug": "sommerfest"}) is None
    assert language_text({"de": {"name": "Aula"}}) is None
    assert language_text({}) is None
    assert language_text("Sommerfest") is None


def test_a_place_per_language_with_its_address_lines() -> None:
    place = {"de": "Jugendzeltplatz Almke\r\nVolkmarsdorfer Straße 100\r\n38446 Wolfsburg"}
    assert place_text(place) == "Jugendzeltplatz Almke, Volkmarsdorfer Straße 100, 38446 Wolfsburg"
    assert place_text({"en": "Online / Zoom"}) == "Online / Zoom"


def test_a_pretix_event_answer_is_an_event() -> None:
    # GET /api/v1/organizers/…/events/…/: the name and place per language, "date_from" and
    # "date_to" with offset; the presale dates are the ticket sale's, not the event's.
    event = {
        "name": {"de": "Stadtteilfest Südstadt", "en": "Südstadt street party"},
        "slug": "fest26",
        "date_from": "2026-07-04T14:00:00+02:00",
        "date_to": "2026-07-04T22:00:00+02:00",
        "presale_start": "2026-05-01T00:00:00+02:00",
        "location": {"de": "Bürgerhaus Südstadt\nHauptstraße 1", "en": "Community hall"},
        "timezone": "Europe/Berlin",
        "public_url": "https://tickets.example.org/stadt/fest26/",
    }
    page = page_from_text(
        json.dumps(event), "https://tickets.example.org/api/v1/e", "application/json"
    )
    (record,) = extract_page(page).records
    assert (record.title, record.start, record.end) == (
        "Stadtteilfest Südstadt", "2026-07-04T14:00+02:00", "2026-07-04T22:00+02:00",
    )  # fmt: skip
    assert record.location_text == "Bürgerhaus Südstadt, Hauptstraße 1"
    assert record.url == "https://tickets.example.org/stadt/fest26/"
    assert record.field_sources["start"] == "embedded_json:date_from"
