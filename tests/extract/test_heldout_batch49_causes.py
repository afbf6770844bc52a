"""Causes found on held-out batch 49 (German-language annual programmes: a gardening club's Hugo
sections, a Swiss shooting club's table of dates), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.place_lines import place_after_anchor
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_place_heading_led_by_its_preposition_is_the_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Baumschneide&shy;kurs</h2><h3>Samstag, 09.03.2024, 9 Uhr</h3><h3>beim Bauhof</h3>“:
    # the line under the day names no venue word the reader knows („Bauhof“, „Kirchenhof“, a
    # landlord's name), but its preposition says where. Before: only „im Gasthaus Bimesmeier“
    # and „Sportplatz Kößlarn“ were read (place 2/8).
    places = [
        record["location"]
        for record in inspect_corpus_page(capsys, "hugo-gbv-koesslarn-jahresprogramm-2024")
    ]
    assert places == [
        "beim Bauhof",
        "im Gasthaus Bimesmeier",
        "beim Bimesmeier",
        "im Kirchenhof",
        None,
        "Treff Parkplatz Grafenwald",
        "Treff Parkplatz Grafenwald",
        "Sportplatz Kößlarn",
        # „-hof“ is a venue word (place_lines): the autumn walk's heading names where it goes;
        # the item's place, its meeting point „Treff 14 Uhr am Marktplatz Kößlarn“, is still
        # missed (no place before, the page's place score 8/9 either way).
        "zum Rottaler Bienenhof in Steinberg",
    ]


def test_a_phrase_of_time_or_manner_after_the_day_is_no_place() -> None:
    day = "Donnerstag, 18.04.2024, 19:00 Uhr"
    for line in ("im Anschluss Vortrag", "am Abend", "im Rahmen der Festwoche", "im Mai"):
        assert place_after_anchor(["Jahreshauptversammlung", day, line], [day]) is None


def test_a_two_letter_name_before_its_venue_and_a_venue_cut_short(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „25. Februar 2022 | GV im Gasthof zum Roten Kreuz“: the name „GV“ was too short for the
    # venue-after-the-name rule, and the venue of another row („Gasthof zum Rotem Kreuz“) was
    # then matched by its first words only — the place „Gasthof zum“.
    records = inspect_corpus_page(capsys, "static-ssgt-giffers-jahresprogramm-2022")
    places = {record["title"]: record["location"] for record in records}
    assert places["GV im Gasthof zum Roten Kreuz"] == "Gasthof zum Roten Kreuz"
    assert places["Rangverkündigung im Gasthof zum Rotem Kreuz"] == "Gasthof zum Rotem Kreuz"
