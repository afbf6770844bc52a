"""Causes found on held-out German batch 115 of the real-page corpus (the events page of the
civic-tech association Digitale Oberlausitz in Görlitz, a Gatsby build: each event an <article>
with the title in an <h2>, then its place and „Start: 19:00“ in <p><strong>), each pinned on a
minimal snippet and on its page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.place_lines import names_a_place, no_place_noun, place_after_anchor
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

DOL_2025 = "gatsby-digitale-oberlausitz-veranstaltungen-2025-03"
DOL_2019 = "gatsby-digitale-oberlausitz-veranstaltungen-2019"


def _page_records(page_id: str) -> list[RawRecord]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return extract_page(page).records


def _snippet_records(html: str, today: date) -> list[RawRecord]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return extract_page(page).records


def _place_of(records: list[RawRecord], title: str) -> str | None:
    (record,) = [r for r in records if r.title == title]
    return record.location_text


def _events(*cards: tuple[str, str, str]) -> str:
    rows = "".join(
        f'<div class="row"><div class="col-md-2"><strong><time dateTime="{day}">{day}</time>'
        f'</strong></div><div class="col"><article><header><h2><a href="/events/{i}/">{title}</a>'
        f"</h2><p><strong>{place}</strong></p><p><strong>Start: 19:00</strong></p></header>"
        f"<div><p>Wir treffen uns wieder.</p></div></article></div></div>"
        for i, (day, title, place) in enumerate(cards)
    )
    return f"<html><body><main><h1>Veranstaltungen</h1>{rows}</main></body></html>"


# --- a Polish address („Daszyńskiego 17, 59-900 Zgorzelec, Polen“) ------------------------


def test_a_street_with_a_polish_postcode_and_town_is_an_address() -> None:
    # Two digits, a hyphen, three digits: the postcode of Zgorzelec across the Neisse.
    assert names_a_place("Daszyńskiego 17, 59-900 Zgorzelec, Polen")
    assert names_a_place("Miódmaliny, Daszyńskiego 17, 59-900 Zgorzelec, Polen")
    # a range of pages before a lower-case word is no postcode and town
    assert not names_a_place("Folien 17, 59-900 zum Nachlesen")


def test_a_polish_address_under_the_title_is_the_events_place() -> None:
    html = _events(
        (
            "2024-11-01",
            "Chaostreff November 2024",
            "Miódmaliny, Daszyńskiego 17, 59-900 Zgorzelec, Polen",
        ),
        ("2024-12-06", "Chaostreff Dezember 2024", "Rabryka, Bautzener Straße 1, 02826 Görlitz"),
    )
    records = _snippet_records(html, date(2024, 10, 1))
    assert _place_of(records, "Chaostreff November 2024") == (
        "Miódmaliny, Daszyńskiego 17, 59-900 Zgorzelec, Polen"
    )


def test_the_polish_addresses_on_the_page() -> None:
    records = _page_records(DOL_2025)
    assert _place_of(records, "Chaostreff November 2024") == (
        "Miódmaliny, Daszyńskiego 17, 59-900 Zgorzelec, Polen"
    )
    records = _page_records(DOL_2019)
    places = {r.location_text for r in records}
    assert "Daszyńskiego 17, 59-900 Zgorzelec, Polen" in places


# --- a venue and a street without its number („Salü, Schwarze Straße“) ---------------------


def test_a_venue_then_a_street_without_its_number_under_the_title_is_the_place() -> None:
    lines = ["Linux-Stammtisch August", "Salü, Schwarze Straße", "Start: 19:00"]
    assert place_after_anchor(lines, ["Linux-Stammtisch August"]) == "Salü, Schwarze Straße"
    lines = ["Linux-Stammtisch Juni", "Bar Zapata, Oranienstraße", "Start: 19:00"]
    assert place_after_anchor(lines, ["Linux-Stammtisch Juni"]) == "Bar Zapata, Oranienstraße"


def test_a_line_of_words_before_a_street_word_is_not_read_as_a_venue_and_street() -> None:
    # A sentence part, a name with too many words, a street word inside a longer phrase.
    for line in (
        "Wir treffen uns, wie immer Straße",
        "Die Stadt lädt ein zum Fest, Schwarze Straße",
        "Bitte beachten, Straßensperrung",
    ):
        assert place_after_anchor(["Stammtisch", line], ["Stammtisch"]) is None, line


def test_the_venue_and_street_on_the_page() -> None:
    records = _page_records(DOL_2019)
    (record,) = [r for r in records if r.location_text == "Salü, Schwarze Straße"]
    assert record.title == "Linux-Stammtisch August"


# --- „im Austausch“ ending a title is no venue --------------------------------------------


def test_a_title_ending_in_a_phrase_of_manner_lends_no_venue_to_the_place_line() -> None:
    assert no_place_noun("Austausch")
    assert not no_place_noun("Elfenau Park")
    html = _events(
        (
            "2025-04-08",
            "Magellan 4.0 - Digitale Innovation im Austausch",
            "ENERGY Business &amp; Event Space, Lutherstraße 51, 02826 Görlitz",
        ),
        ("2025-05-02", "Chaostreff Mai 2025", "Rabryka, Bautzener Straße 1, 02826 Görlitz"),
    )
    records = _snippet_records(html, date(2025, 3, 9))
    assert _place_of(records, "Magellan 4.0 - Digitale Innovation im Austausch") == (
        "ENERGY Business & Event Space, Lutherstraße 51, 02826 Görlitz"
    )


def test_the_magellan_place_on_the_page() -> None:
    records = _page_records(DOL_2025)
    assert _place_of(records, "Magellan 4.0 - Digitale Innovation im Austausch") == (
        "ENERGY Business & Event Space, Lutherstraße 51, 02826 Görlitz"
    )
