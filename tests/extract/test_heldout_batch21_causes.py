"""Causes found on held-out batch 21 of the real-page corpus (German static and hand-written
pages), each pinned on its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.lead_sentence import is_question, page_name
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _events(page_id: str, url: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    got = []
    for record in extract_page(page_from_text(html, url)).records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.end))
    return got


def test_bare_days_under_a_question_heading_are_the_sites_own_meetings() -> None:
    # Code for Düsseldorf: "<h3>Wann treffen wir uns?</h3><p>Wir haben jeweils den Zeitrahmen
    # von 18:00 bis ca. 20:00 Uhr reserviert …</p> … <ul><li><ol start="16"><li>Januar 2020
    # </li></ol></li>…": the question names no meeting, the document title names the group.
    got = _events(
        "hugo-codefordus-termine-2020", "https://codefordus.github.io/termine/", date(2020, 1, 16)
    )
    assert len(got) == 12
    assert got[0] == (
        "Code for Düsseldorf",
        "2020-01-16T18:00:00+01:00",
        "2020-01-16T20:00:00+01:00",
    )
    assert got[-1][1] == "2020-12-17T18:00:00+01:00"


def test_the_page_name_leaves_out_the_part_that_names_the_list() -> None:
    assert page_name("Termine | Pfadfinder Langenwang") == "Pfadfinder Langenwang"
    assert page_name("Code for Düsseldorf") == "Code for Düsseldorf"
    assert page_name("Termine") is None
    assert is_question("Wann treffen wir uns?")
    assert not is_question("Termine 2020")


def test_shows_under_a_list_heading_are_a_listing_not_the_first_shows_page() -> None:
    # Hopsa Berlin: <h1>Nächste Aufführungen</h1>, then per show <h3>name</h3> <h4>Auftritt:
    # 14.02.2024 | 20:00</h4> <p>venue: address</p> … <h3></h3><hr>; the open rehearsal's line
    # is its rule ("Jeden Mittwoch um 19:00"). The h4 runs (a label and a date) name nothing,
    # the empty h3 spacers are no blocks, the first show is not the page's one event.
    html = (PAGES / "eleventy-hopsa-berlin-termine-2024.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://hopsa-berlin.de/termine/")).records
    today = date(2024, 2, 6)
    got = []
    for record in records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.recurrence, record.location_text))
    assert got == [
        (
            "Valentinstagspecial: Hopsa Dating-Scheißerei",
            "2024-02-14T20:00:00+01:00",
            None,
            "ARTliners : Gärtnerstraße 23, 10245 Berlin",
        ),
        (
            "Hopsa unter Artenschutz",
            "2024-04-27T20:00:00+02:00",
            None,
            "Artenschutztheater : Lüneburger Str. 370, 10557 Berlin, Germany",
        ),
        ("Offene Probe", "2024-02-07T19:00:00+01:00", "FREQ=WEEKLY;BYDAY=WE", None),
    ]


def test_a_remark_that_numbers_the_round_is_part_of_the_rows_name() -> None:
    # Narva chess club: "Tag | Aktivität | Bemerkung" rows, <th>21.04.2022</th> <td>
    # Abteilungsmeisterschaft</td> <td>Runde 1</td>; other remarks ("Meldeschluss …") stay out.
    got = _events(
        "jekyll-narva-termine-2022", "https://hilmarm.github.io/termine.html", date(2022, 6, 16)
    )
    assert got[2:4] == [
        ("Schnellschach", "2022-04-14", None),
        ("Abteilungsmeisterschaft, Runde 1", "2022-04-21", None),
    ]
    assert [title for title, _, _ in got].count("Abteilungsmeisterschaft, Runde 5") == 1


def test_a_date_line_above_each_heading_dates_that_heading_not_the_one_before() -> None:
    # Teilchenzoo (held-out batch 23): <p class="newsDate">09. Mai 2014: 19 Uhr</p><h3>Vortrag:
    # Physik für Philosophen …</h3><p>Prof. Dr. Harald Lesch …</p><p class="newsDate">07. März
    # 2014: 19 Uhr</p><h3>Vortrag: Bis(s) ins Innere …</h3>: each name's day stands above it.
    got = _events(
        "static-teilchenzoo-bremen-veranstaltungen",
        "http://www.teilchenzoo.de/veranstaltungen/",
        date(2014, 6, 16),
    )
    lectures = [(title, start) for title, start, _ in got if (title or "").startswith("Vortrag")]
    assert lectures == [
        ("Vortrag: Physik für Philosophen – Wir irren uns empor", "2014-05-09T19:00:00+02:00"),
        (
            "Vortrag: Bis(s) ins Innere des Protons – ein Science-Slam und mehr – durch die Welt "
            "der Elementarteilchen, der Beschleuniger und Supernerds",
            "2014-03-07T19:00:00+01:00",
        ),
        ("Vortrag: Star Trek – Auf der Suche nach den anderen", "2014-02-21T19:00:00+01:00"),
        ("Vortrag: Higgs – gesucht, gefunden, gewürdigt", "2013-12-12T19:00:00+01:00"),
    ]


def test_a_date_below_each_name_stays_with_its_name() -> None:
    # Fortuna Biesdorf: <h4>Termine</h4><h5>Wahlversammlung</h5><p>19.01.2027 um 19:00 Uhr<br>
    # …</p><h5>Feuerwerk der Turnkunst</h5>…<p>27.01.2027 …</p>: no date line above the first name.
    got = _events(
        "static-gymstep-biesdorf-termine", "https://www.gymstep.de/termine/", date(2026, 12, 1)
    )
    assert [(title, start) for title, start, _ in got] == [
        ("Wahlversammlung", "2027-01-19T19:00:00+01:00"),
        ("Feuerwerk der Turnkunst", "2027-01-27T14:00:00+01:00"),
    ]
