"""Causes found on held-out batch 51 (German pages of owners N–Z: a yarn shop's workshop cards, a
free church's home page of cards with CSS modals, a drummer's gig list), each pinned on its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.place_lines import only_an_address, where_of_a_when_where_line
from netdir.normalize.when_lists import occurrences
from tests.extract.realpage_inspect import inspect_corpus_page, inspect_page


def test_a_cards_line_of_hours_and_address_is_no_name(capsys: pytest.CaptureFixture[str]) -> None:
    # „<p class="font-bold">6. Dezember 2025<br>10:00 - 16:00 Uhr, Collegienstr. 62A</p><p><span
    # class="font-bold">Entrelac Workshop mit Daniela Haase</span><br>…</p>“: every card was
    # titled by its line of hours and address, and the two paragraphs of each card were read as
    # two items (before: 0 of 6 found). The bold name names it; the address is its place; a
    # card's two days with hours of their own are two workshops, „19:00 & 20:00 Uhr“ two shows.
    records = inspect_corpus_page(capsys, "static-wollkultur-wittenberg-termine-2025")
    assert [(r["title"], r["start"][:16], r["location"]) for r in records] == [
        ("Entrelac Workshop mit Daniela Haase", "2025-12-06T10:00", "Collegienstr. 62A"),
        ("Zwei Workshops mit Thorsten Duit", "2026-04-18T14:00", "Collegienstr. 62A"),
        ("Zwei Workshops mit Thorsten Duit", "2026-04-19T10:00", "Collegienstr. 62A"),
        ("Raglan Workshop mit Daniela Haase", "2025-09-27T10:00", "Collegienstr. 62A"),
        ("Fashion Show Wollkultur x Boutique Carline", "2025-08-16T19:00", "Collegienstr. 62A"),
        ("Fashion Show Wollkultur x Boutique Carline", "2025-08-16T20:00", "Collegienstr. 62A"),
    ]


def test_lines_that_only_say_when_and_where() -> None:
    assert where_of_a_when_where_line("10:00 - 16:00 Uhr, Collegienstr. 62A") == "Collegienstr. 62A"
    assert where_of_a_when_where_line("19 Uhr, Rathaus") == "Rathaus"
    assert where_of_a_when_where_line("Collegienstr. 62A") == "Collegienstr. 62A"
    assert where_of_a_when_where_line("18:00 Uhr, danach gemütliches Beisammensein") is None
    assert where_of_a_when_where_line("Entrelac Workshop mit Daniela Haase") is None
    assert only_an_address("Alberichstraße 24, 12683 Berlin")
    assert not only_an_address("Sommerfest Hauptstr. 5")


def test_start_times_of_the_evening_and_days_on_lines_of_their_own() -> None:
    # A clock of 20–23 hours was read as „2“ (the alternation tried „[01]?\d“ first), so
    # „19:00 & 20:00 Uhr“ gave one show; days with hours after a bar, one per line, one session.
    assert occurrences("16. August 2025 19:00 & 20:00 Uhr") == [
        "16. August 2025 19:00 Uhr",
        "16. August 2025 20:00 Uhr",
    ]
    assert occurrences("18. April 2026 | 14:00 - 18:00 Uhr 19. April 2026 | 10:00 - 14:00 Uhr") == [
        "18. April 2026 | 14:00 - 18:00 Uhr",
        "19. April 2026 | 10:00 - 14:00 Uhr",
    ]


def test_cards_named_by_their_bezeichnung_with_weekly_days_and_a_coming_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<div class="bezeichnung"><p><mark>Café W18</mark></p></div>“ over a link holding
    # „Sonntags“ / „ab 14.30h“: the card is named by its „bezeichnung“ (before: by the link's
    # day lines, „Freitags Stamm 578“), a weekday said as a habit is its weekly day, a
    # „termin_container“ around day and place is no date field, „16 - 20. August“ beside cards
    # of January and February 2023 is next August (before: last August), and the modals' boxes
    # repeating the cards' days („Montag“ / „13.02.“ / „Gemeindezentrum W18“) are no second list
    # (before: three records titled by the page's last heading „Hier findest du uns“).
    records = inspect_corpus_page(capsys, "static-cg-ellmendingen-aktuelles-2023-01")
    assert [(r["title"], r["start"][:16], r["recurrence"]) for r in records] == [
        ("Royal Rangers", "2023-01-13", "FREQ=WEEKLY;BYDAY=FR"),
        ("In/Outdoor Spielplatz", "2023-01-13", "FREQ=WEEKLY;BYDAY=FR"),
        ("Café W18", "2023-01-15T14:30", "FREQ=WEEKLY;BYDAY=SU"),
        ("Gebets und Fastenwoche", "2023-01-15", None),
        ("Räume für Heilung und Hörendes Gebet", "2023-02-13", None),
        ("Gemeindefreizeit", "2023-08-16", None),
        ("Kindermusical", "2023-02-25", None),
        # the prayer week's modal, its headings written inside paragraphs (session 53,
        # test_known_causes_session53.py)
        ("Gottesdienst", "2023-01-08T10:00", None),
        ("Gottesdienst", "2023-01-15T10:00", None),
        ("Familiengottesdienst", "2023-01-22T10:00", None),
        ("Abendgottesdienst", "2023-01-22T17:00", None),
        ("Gemeinde-Gebet", "2023-01-15T09:00", None),
        ("Gemeinde-Gebet", "2023-01-22T16:00", None),
        ("Lobpreisabend:", "2023-01-18", None),
        ("Missions-Gebetsabend:", "2023-01-19T19:30", None),
        ("Gebetsspaziergänge:", "2023-01-21T20:00", None),
    ]


def test_a_town_span_beside_its_venue_span_is_the_place(capsys: pytest.CaptureFixture[str]) -> None:
    # „<a><span>14.05.2020</span><span>Hot Jazz Club</span><span>Münster</span><span>
    # Jazzgebläse</span></a>“: the town span and the venue span before it are the place (before:
    # none, the spans only ran into the title).
    records = inspect_page(
        capsys,
        "middleman-simon-eggert-termine-2019.html",
        "https://www.simon-eggert.de/termine/",
        "2019-11-12",
    )
    assert [r["location"] for r in records[:6]] == [
        "Hot Jazz Club, Münster",
        "Hot Jazz Club, Münster",
        "Popakademie, Witten",
        "Hot Jazz Club, Münster",
        "rock'n'popmuseum, Gronau",
        "Westfälischer Industrieklub, Dortmund",
    ]
