"""meta_line_place: the place a short line of facts opens with — and what is no such line."""

from __future__ import annotations

from netdir.extract.json_place_text import meta_line_place

_SKIPPED = ("title", "desc")


def test_a_line_of_facts_opens_with_its_place() -> None:
    node = {"title": "Der Montagsclub", "meta": "Kulturzentrum LUISE, München · 1–5 €"}
    assert meta_line_place(node, _SKIPPED) == ("Kulturzentrum LUISE, München", "meta")


def test_a_town_and_its_country_is_a_place() -> None:
    assert meta_line_place({"meta": "Seeboden, Österreich"}, _SKIPPED) == (
        "Seeboden, Österreich",
        "meta",
    )


def test_the_organisers_town_is_an_address_not_the_place() -> None:
    # Evangelische Termine's XML: <_user_CITY Label="Veranstalter postalischer Ort">Schwerte
    # stands in every event of the institute, wherever its seminar takes place.
    assert meta_line_place({"_user_CITY": "Schwerte"}, _SKIPPED) is None
    assert (
        meta_line_place({"veranstalter_adresse": "Villigster Str. 1, Schwerte"}, _SKIPPED) is None
    )
    assert meta_line_place({"contact": "Kulturzentrum LUISE, München · 089 123"}, _SKIPPED) is None


def test_a_bare_town_under_some_key_is_no_line_of_facts() -> None:
    assert meta_line_place({"region": "München"}, _SKIPPED) is None
