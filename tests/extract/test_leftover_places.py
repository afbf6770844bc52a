"""Places left unread on corpus pages (issue #11): a place class „fx__loc“ inside a date badge,
a place after the start hours („Beginn: 19.30 Uhr - Veltlinersaal“), a venue line ending in a
full stop, and the place a sentence naming the event states with other verbs than „statt“."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.day_of_row_before import day_of_the_row_before
from netdir.extract.place_lines import names_a_place, place_after_anchor, place_after_hours
from netdir.extract.sentence_places import place_in_sentence, sentence_of
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_loc_class_names_the_place() -> None:
    row = (
        '<div class="fx"><div class="fx__date">{day}<small>Okt</small>'
        '<small class="fx__time">21:00 Uhr</small><small class="fx__loc">{town}</small></div>'
        '<span class="fx__name">{name}</span></div>'
    )
    rows = "".join(
        row.format(day=day, town=town, name=name)
        for day, town, name in [
            (11, "Ritten", "HC Skulls"),
            (25, "Auer", "HC Tuifl"),
            (27, "Neumarkt", "HC Zone"),
        ]
    )
    html = f"<html><body><h2>Oktober 2026</h2><div>{rows}</div></body></html>"
    records = extract_page(page_from_text(html)).records
    assert {r.location_text for r in records} == {"Ritten", "Auer", "Neumarkt"}


def test_the_fixtures_take_the_town_of_their_date_badge(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-grizzlies-unterland-spielplan-2026")
    assert len(records) == 16
    assert all(r["location"] for r in records)
    assert records[0]["location"] == "Ritten"


def test_the_place_after_the_labelled_start_hours() -> None:
    assert place_after_hours("Beginn: 19.30 Uhr - Veltlinersaal") == "Veltlinersaal"
    assert place_after_hours("19:00 Uhr, Rathaus") == "Rathaus"
    assert place_after_hours("Beginn: 19.30 - 21.00 Uhr") is None
    assert place_after_hours("19 Uhr - danach gemütliches Beisammensein") is None


def test_a_venue_line_with_a_full_stop_is_the_place() -> None:
    lines = ["ERSTKOMMUNION", "Pfarrkirche Rohrendorf."]
    assert place_after_anchor(lines, ["ERSTKOMMUNION"]) == "Pfarrkirche Rohrendorf"
    assert place_after_anchor(["KONZERT", "Wir freuen uns auf Sie."], ["KONZERT"]) is None


def test_the_municipal_page_reads_both_places(capsys: pytest.CaptureFixture[str]) -> None:
    places = {
        r["title"]: r["location"]
        for r in inspect_corpus_page(capsys, "static-rohrendorf-aktuelles-2009-04")
    }
    assert places["GESUND IM GARTEN"] == "Veltlinersaal"
    assert places["ERSTKOMMUNION"] == "Pfarrkirche Rohrendorf"


def test_the_place_a_sentence_states_with_a_preposition() -> None:
    assert (
        place_in_sentence(
            "Das Haus in Montevideo von Curt Goetz wird auf der Freilichtbühne im Historischen"
            " Ortskern von Kaisersesch an folgenden Tagen aufgeführt:"
        )
        == "Freilichtbühne im Historischen Ortskern von Kaisersesch"
    )
    assert (
        place_in_sentence(
            "Am 1. Adventswochenende 2010 präsentieren wir im Historischen Ortskern am Prison unser Krippenspiel."
        )
        == "Historischen Ortskern am Prison"
    )
    assert place_in_sentence("Wir spielen im Rahmen des Stadtfests und im Mai.") is None
    assert place_in_sentence("Verweilen Sie danach noch etwas beim Ausklang.") is None


def test_the_sentence_of_an_inline_name_runs_between_blocks() -> None:
    tree = LexborHTMLParser(
        "<div><p>x</p>Wir zeigen <b>Faust</b> im Stadttheater.<div>y</div></div>"
    )
    bold = tree.css_first("b")
    assert bold is not None
    assert sentence_of(bold) == "Wir zeigen Faust im Stadttheater."


@pytest.mark.parametrize(
    ("page", "place"),
    [
        (
            "smarty-fast-kaisersesch-montevideo-2012",
            "Freilichtbühne im Historischen Ortskern von Kaisersesch",
        ),
        ("smarty-fast-kaisersesch-krippenspiel-2010", "Historischen Ortskern am Prison"),
    ],
)
def test_the_theatre_dates_take_the_place_of_the_plays_sentence(
    capsys: pytest.CaptureFixture[str], page: str, place: str
) -> None:
    records = inspect_corpus_page(capsys, page)
    assert records and {r["location"] for r in records} == {place}


def test_a_row_opening_with_its_clock_continues_the_day_above() -> None:
    html = (
        "<html><body><h2>Kirchentagswoche 2020</h2><ul>"
        "<li>Der <strong>Eröffnungsgottesdienst</strong> wird am Sonntag, dem 23. August, um 10 Uhr"
        " übertragen.</li>"
        "<li>Um 12 Uhr findet im Waldfrieden ein <strong>Konfirmationsgottesdienst</strong> statt.</li>"
        "<li>Der <strong>Geburtstagsgottesdienst</strong> wird am Montag, dem 24. August, um 11 Uhr"
        " übertragen.</li>"
        "</ul></body></html>"
    )
    tree = LexborHTMLParser(html)
    rows = tree.css("li")
    assert day_of_the_row_before(rows[1]) == "23. August, 12 Uhr"
    assert day_of_the_row_before(rows[0]) is None  # no clock opens it
    assert day_of_the_row_before(rows[2]) is None


def test_the_confirmation_service_takes_the_day_of_the_line_above(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "grav-smh-gemeinden-kirchentagswoche-2020")
    service = next(r for r in records if r["title"] == "Konfirmationsgottesdienst")
    assert service["start"].startswith("2020-08-23T12:00")
    assert service["location"] == "Waldfrieden"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Bot building lesson", False),  # jekyll-vanderbilt-ldwg-schedule-spring-2019's Notes
        ("Team building exercise", False),
        ("Science Building", True),
        ("Building 3, Room 12", True),
        ("Eskind Building", True),
    ],
)
def test_building_before_a_lower_case_word_is_a_doing_not_a_house(line: str, place: bool) -> None:
    assert names_a_place(line) is place
