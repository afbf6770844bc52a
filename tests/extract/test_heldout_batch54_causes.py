"""Causes found on held-out batch 54 (German pages of owners N–Z: a salon orchestra's concert
dates in Material-for-MkDocs tabs, a tennis club's rows of two h4), each pinned on its real page
of the corpus (tests/realpages/README.md) and on the small readers that fixed them."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.control_labels import control_label_lines
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.venue_titles import kind_and_hour, names_nothing, venue_of_the_place
from tests.extract.realpage_inspect import inspect_corpus_page


def test_tab_captions_and_pointer_lines_name_no_concert(capsys: pytest.CaptureFixture[str]) -> None:
    # Each concert: <h3>2026-01-01</h3> over radio tabs „Info | Adresse | Navi-Links“ (<label
    # for=…>), the Info tab „16 Uhr“ / „Neujahrskonzert I im <a>Kulturforum …</a>“, the address in
    # a code block, map links. Every concert was titled „Info Adresse Navi-Links“ (0 of 17
    # found); one named only by its hour and hall is named by its hall, not by its box office's
    # phone line „Ticketservice Kulturbüro Oppenau 07804 - 4837“ or „Apple Maps“.
    records = inspect_corpus_page(capsys, "zensical-salonorchester-baden-baden-termine-2025")
    titles = [(r["title"], r["start"][:16]) for r in records]
    assert titles[:5] == [
        ("Neujahrskonzert I im Kulturforum Illenau Achern", "2026-01-01T16:00"),
        ("Neuntes Neujahrskonzert zu Gunsten des Hospizdienstes Rastatt", "2026-01-03T19:00"),
        ("Neujahrskonzert II im Kulturforum Illenau Achern", "2026-01-06T16:00"),
        ("Günter-Bimmerle-Halle", "2026-01-11T18:00"),
        ("Schlossgartenhalle Ettlingen", "2026-01-17T18:30"),
    ]
    assert ("Schloßfeldhalle", "2023-05-14T14:30") in titles
    assert not [title for title, _ in titles if "Adresse" in title or "Maps" in title]


def test_a_strip_of_control_labels() -> None:
    html = (
        '<div><div class="tabbed-labels"><label for="t1">Info</label><label for="t2">Adresse'
        "</label></div><p>Konzert</p><p><label>Name</label> Chorprobe</p></div>"
    )
    root = LexborHTMLParser(html).css_first("body > div")
    assert root is not None
    assert control_label_lines([root]) == {"Info Adresse"}


def test_lines_that_name_nothing() -> None:
    assert names_nothing("Ticketservice BadnerHalle 07222 - 789 800", set())
    assert names_nothing("Beginn 14:30 Uhr", set())
    assert names_nothing("Einlass: 19 Uhr", set())
    assert names_nothing("Apple Maps", {"Apple Maps"})
    assert not names_nothing("Probe Raum 12 - 14", set())
    assert not names_nothing("Neujahrskonzert I", set())
    assert not names_nothing("Beginn der Saison", set())


def test_the_venue_is_the_first_line_of_an_address_block() -> None:
    html = "<div><pre><code>Schloßfeldhalle\nGroßweierer Str. 84\n77855 Achern\n</code></pre></div>"
    root = LexborHTMLParser(html).css_first("body > div")
    assert root is not None
    place = "Schloßfeldhalle Großweierer Str. 84 77855 Achern"
    assert venue_of_the_place([root], place) == "Schloßfeldhalle"
    assert venue_of_the_place([root], "Anderswo") is None


def test_a_run_of_two_digit_years_with_its_daily_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h4>05.08.24 - 08.08.24 (je 09-14 Uhr)</h4>“ beside „<h4>Feriencamp für ESV-Kinder &
    # Friends (5 - 14 Jahre)</h4>“: the phrase stopped after the first day (a range's first day
    # had to have four digits of year), so the row was titled by its date and lost its hours.
    assert DATE_PHRASE.search("05.08.24 - 08.08.24 (je 09-14 Uhr)")[0] == (  # type: ignore[index]
        "05.08.24 - 08.08.24 (je 09-14 Uhr)"
    )
    assert DATE_PHRASE.search("20.04.24 - 21.04.24")[0] == "20.04.24 - 21.04.24"  # type: ignore[index]
    records = inspect_corpus_page(capsys, "hugo-esv-deggendorf-veranstaltungen-2024")
    camp = [r for r in records if r["start"].startswith("2024-08-05")]
    assert [(r["title"], r["start"][:16], (r["end"] or "")[:16]) for r in camp] == [
        (
            "Feriencamp für ESV-Kinder & Friends (5 - 14 Jahre)",
            "2024-08-05T09:00",
            "2024-08-08T14:00",
        )
    ]


def test_a_line_of_a_kind_and_its_hour_over_the_name(capsys: pytest.CaptureFixture[str]) -> None:
    # Info tab „Matinée ab 11 Uhr“ / „Siebtes Neujahrskonzert zu Gunsten des Hospizdienstes
    # Rastatt“: the concert was titled „Matinée ab 11 Uhr“ and lost its hour.
    assert kind_and_hour("Matinée ab 11 Uhr") == "ab 11 Uhr"
    assert kind_and_hour("Konzert um 19:30 Uhr") == "um 19:30 Uhr"
    assert kind_and_hour("Frühschoppen mit Blasmusik ab 10 Uhr") is None
    assert kind_and_hour("Neujahrskonzert") is None
    records = inspect_corpus_page(capsys, "zensical-salonorchester-baden-baden-termine-2025")
    matinee = [
        (r["title"], r["start"][:16]) for r in records if r["start"].startswith("2024-01-14")
    ]
    assert matinee == [
        ("Siebtes Neujahrskonzert zu Gunsten des Hospizdienstes Rastatt", "2024-01-14T11:00")
    ]
