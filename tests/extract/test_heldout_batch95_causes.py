"""Held-out batch 95 (single-event pages and a conference series' overview of an
interdisciplinary colloquium's Hugo site, a karate group's and a Geneva parish's Jekyll pages, a
school's Hugo event and programme pages): the general causes of what netdir missed."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.event_page_labels import label_name
from netdir.extract.named_date_lines import _name_after_the_clock
from netdir.extract.sole_date_line import _programme_of
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


# Cause 1: a conference's own page labels its run of days „Zeitraum:“ („Ort: Lübeck<br>Zeitraum:
# 01.11. bis 02.11.2019“) — no date label, so the page's h2 sections (the theme over the facts,
# „Konferenzflyer“, „Konferenzbericht“) were read as a list of three, one of them dated; and the
# theme h2 right under the h1 „IDK-Konferenz 2019“ named the event instead of the h1.


def test_zeitraum_labels_a_date() -> None:
    assert label_name("Zeitraum:") == ("date", 0)
    assert label_name("Tagungszeitraum:") == ("date", 0)
    assert label_name("Zeitraum der Anmeldung") is None


_CONFERENCE_PAGE = (
    "<html><body><nav><ul><li><a href='/a/'>Aktuelles</a></li><li><a href='/k/'>Konferenzen</a>"
    "</li></ul></nav><div class='content'><h1>Fachkonferenz 2021</h1>"
    "<h2>Kanonisierung und Institutionalisierung von Wissen</h2>"
    "<p>Ort: Marburg<br>Zeitraum: 05.11. bis 06.11.2021</p>"
    "<h2>Einführung</h2><p>Verbindliche Festschreibungen von Wissensbeständen …</p>"
    "<h2>Konferenzflyer</h2><p><a href='/f.pdf'>Herunterladen</a></p>"
    "<h2>Konferenzbericht</h2><p><a href='https://example.org/b'>Bericht</a></p>"
    "</div></body></html>"
)


def test_a_conference_page_with_a_labelled_period_is_one_event_named_by_its_h1() -> None:
    ((title, start, end, place),) = stamps_on(_CONFERENCE_PAGE, date(2025, 7, 2))
    assert title == "Fachkonferenz 2021"
    assert (start or "")[:10] == "2021-11-05"
    assert (end or "")[:10] == "2021-11-06"
    assert place == "Marburg"


def test_a_theme_under_a_plain_h1_still_names_the_event() -> None:
    # Only an h1 that names one year's edition („… Konferenz 2021“) hands its theme the subtitle's
    # part; an h1 that is a page heading („Aktuelles“) does not.
    html = _CONFERENCE_PAGE.replace("<h1>Fachkonferenz 2021</h1>", "<h1>Aktuelles</h1>")
    ((title, _start, _end, _place),) = stamps_on(html, date(2025, 7, 2))
    assert title == "Kanonisierung und Institutionalisierung von Wissen"


@pytest.mark.parametrize("year", ["2019", "2024"])
def test_cause_the_colloquiums_conference_pages_are_found(year: str) -> None:
    # Batch 95: three records („Dissens und Widerstand …“ dated, „Konferenzflyer“ and
    # „Konferenzbericht“ undated), the conference itself missed.
    ((title, start, _end, place),) = saved_page_stamps(f"hugo-idk-konferenz-{year}")
    assert title == f"IDK-Konferenz {year}"
    assert (start or "")[:4] == year
    assert place in {"Lübeck", "Münster"}


# Cause 2: a news post's heading gives the day („13. IDK-Jahrestagung (7.–8. November 2025)“) and
# a line a little below tells it again with the venue in brackets („(Università degli Studi di
# Pavia, 7.-8. November 2025)“, under the theme and the series' line): the venue was not read.


def test_a_bracketed_venue_line_below_the_dated_heading_places_the_event() -> None:
    html = (
        "<html><body><h1>Aktuelles</h1><h2>5. Jahrestagung (7.–8. November 2025)</h2>"
        "<p>Veröffentlicht: 27.01.2025</p><h3>Performanz in Forschung und Lehre</h3>"
        "<p>5. Jahrestagung der Reihe <em>Wissenschaftskulturen</em><br>"
        "(Haus der Wissenschaft, 7.-8. November 2025)</p>"
        "<p>Bewerbungen sind erbeten bis zum 2.8.2025.</p></body></html>"
    )
    ((title, start, _end, place),) = stamps_on(html, date(2025, 7, 2))
    assert title == "5. Jahrestagung"
    assert (start or "")[:10] == "2025-11-07"
    assert place == "Haus der Wissenschaft"


def test_a_bracketed_line_of_another_day_places_nothing() -> None:
    html = (
        "<html><body><h1>Aktuelles</h1><h2>5. Jahrestagung (7.–8. November 2025)</h2>"
        "<p>Veröffentlicht: 27.01.2025</p>"
        "<p>(Haus der Wissenschaft, 3. März 2024)</p></body></html>"
    )
    records = stamps_on(html, date(2025, 7, 2))
    assert [place for *_rest, place in records if place] == []


def test_cause_the_announced_annual_meeting_is_placed() -> None:
    ((title, start, end, place),) = saved_page_stamps("hugo-idk-aktuelles-2025")
    assert title == "13. IDK-Jahrestagung"
    assert (start or "")[:10] == "2025-11-07" and (end or "")[:10] == "2025-11-08"
    assert place == "Università degli Studi di Pavia"


# Cause 3: a parish's home page lists its services as <br> lines of one paragraph under
# „Aktuelles“: „2. Juni, 11:00, Ökumenischer Familiengottesdienst“ — the day, the clock, then
# after a comma what happens. The named-date-lines reader took the rest after the comma for a note
# and named every line by the headings above („St. Boniface … Aktuelles“).


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2. Juni, 11:00, Ökumenischer Familiengottesdienst",
            ("Ökumenischer Familiengottesdienst", "2. Juni, 11:00"),
        ),
        (
            "23. Juni, 10:30, Gottesdienst der Kolpingfamilie",
            ("Gottesdienst der Kolpingfamilie", "23. Juni, 10:30"),
        ),
        ("Sa, 5. Mai 2024, 19 Uhr, Gemeindehaus Kutzenhausen", None),  # a venue
        ("Sa, 5. Mai 2024, 19 Uhr, im Pfarrsaal", None),  # a place after its preposition
        ("Sa, 5. Mai 2024, 19 Uhr, Anfänger", None),  # one word: a note
        ("Sa, 5. Mai 2024, 20 Uhr, Eintritt frei", None),  # a note on the day
        ("Sa, 5. Mai 2024, 19 Uhr, Treffpunkt Parkplatz", None),
        ("Sa, 5. Mai 2024, Ökumenischer Gottesdienst", None),  # no clock: not this reader's
    ],
)
def test_a_name_after_the_days_clock(line: str, expected: tuple[str, str] | None) -> None:
    assert _name_after_the_clock(line) == expected


def test_cause_the_parishs_services_are_named_by_their_lines() -> None:
    records = saved_page_stamps("jekyll-boniface-genf-home-2013-06")
    assert [(title, (start or "")[:16]) for title, start, _end, _place in records] == [
        ("Ökumenischer Familiengottesdienst", "2013-06-02T11:00"),
        ("Dankgottesdienst der Erstkommunikanten", "2013-06-16T10:00"),
        ("Gottesdienst der Kolpingfamilie", "2013-06-23T10:30"),
    ]


# Cause 4: a school's programme page has no heading at all — three paragraphs „Georg-Cantor-
# Gymnasium Halle (Saale)“ (the host), „Programm zur Festveranstaltung „25 Jahre GCG““, „Freitag,
# 27.09.2013, 14:00 Uhr“ over the running order. The one-event reader for a plain timed date line
# under its name ran only under a generic heading („<h1>Termine</h1>“), so the page's rows were
# read as a list titled by the host; and the name line is the programme's, not the event's.


def test_a_programmes_line_names_its_event() -> None:
    assert _programme_of("Programm zur Festveranstaltung „25 Jahre GCG“") == (
        "Festveranstaltung „25 Jahre GCG“"
    )
    assert _programme_of("Programm des Sommerfests") == "Sommerfests"
    assert _programme_of("Programmheft zum Download") == "Programmheft zum Download"
    assert _programme_of("Sommerfest 2024") == "Sommerfest 2024"


def test_a_headless_page_of_one_timed_date_line_is_one_event() -> None:
    html = (
        "<html><body><ul class='crumbs'><li><a href='/'>Startseite</a></li>"
        "<li>Festprogramm</li></ul><div class='content'>"
        "<p>Musikschule Neustadt</p><p>Programm zum Sommerkonzert der Streicher</p>"
        "<p>Samstag, 14.06.2025, 17:00 Uhr</p>"
        "<ul><li><p>Eine kleine Nachtmusik<br>Wolfgang Amadeus Mozart</p></li>"
        "<li><p><strong>Begrüßung durch die Schulleitung</strong></p></li>"
        "<li><p>Palladio<br>Karl Jenkins</p></li></ul>"
        "<p>Mitwirkende: Streichorchester der Musikschule</p></div></body></html>"
    )
    ((title, start, _end, _place),) = stamps_on(html, date(2025, 6, 1))
    assert title == "Sommerkonzert der Streicher"
    assert (start or "")[:16] == "2025-06-14T17:00"


def test_cause_the_anniversary_programme_is_one_event() -> None:
    # Batch 95: two records — the host „Georg-Cantor-Gymnasium Halle (Saale)“ dated, the
    # breadcrumb „25-jähriges Festprogramm Freitag“ undated.
    ((title, start, _end, _place),) = saved_page_stamps(
        "hugo-educenter-gcg-halle-festprogramm-25-jahre-2013"
    )
    assert title == "Festveranstaltung „25 Jahre GCG“"
    assert (start or "")[:16] == "2013-09-27T14:00"
