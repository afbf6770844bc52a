"""Held-out batch 86 (a fire brigade theme's year overviews and event pages, a youth group's
Astro event pages, an author's book presentation): the general causes of what netdir missed."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.event_page_dates import bracketed_venue_and_day
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH, page_records
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    return page_records(page_id, truth.base_url, truth.today)


# Cause 1: dated headings spread over sibling sections (one section per month).


def _month(name: str, *events: tuple[str, str]) -> str:
    runs = "".join(
        f"<h3>{day} – {title}</h3><p>Ort: {place}<br>Praktische Übung mit dem Fahrzeug.</p>"
        for day, title, place in [(d, t.split("@")[0], t.split("@")[1]) for d, t in events]
    )
    return f"<section><h2>{name}</h2>{runs}</section>"


def test_dated_headings_of_one_event_per_month_section_are_one_list() -> None:
    html = (
        "<html><body><main><section><h1>Übungen</h1><p>Die Termine für 2026.</p></section>"
        + _month("Januar", ("20. Januar 2026", "Grundausbildung@Gerätehaus"))
        + _month("Februar", ("15. Februar 2026", "Löschübung@Übungsplatz"))
        + _month("März", ("10. März 2026", "Rettungsübung@Stadtpark"))
        + "<section><h2>Juni bis Dezember</h2><p>Monatliche Übungen.</p></section>"
        + "</main></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    assert [(r.title, r.location_text) for r in records] == [
        ("Grundausbildung", "Gerätehaus"),
        ("Löschübung", "Übungsplatz"),
        ("Rettungsübung", "Stadtpark"),
    ]


def test_sections_headed_by_their_event_name_are_not_pooled_by_their_place_headings() -> None:
    # Each section one event: h2 name, h3 day, h3 place. The place headings name no day, so the
    # h3 level is no list of days; the sections stay one event each.
    sections = "".join(
        f"<section><h2>{name}</h2><h3>{day}</h3><h3>{place}</h3><p>Text.</p></section>"
        for name, day, place in [
            ("Baumschneidekurs", "Samstag, 09.03.2024, 9 Uhr", "beim Bauhof"),
            ("Stammtisch", "Donnerstag, 25.04.2024, 19 Uhr", "beim Bimesmeier"),
            ("Herbstfest", "Sonntag, 22.09.2024, 11 Uhr", "Sportplatz"),
        ]
    )
    html = f"<html><body><main>{sections}</main></body></html>"
    titles = [r.title for r in extract_page(page_from_text(html)).records]
    assert titles == ["Baumschneidekurs", "Stammtisch", "Herbstfest"]


def test_cause_the_brigades_exercises_of_one_per_month_are_found() -> None:
    # Batch 86: five month sections of one exercise each; no section made a group, the page read
    # as one event „Übungen“ on the first day (0 of 5).
    got = {
        title: (start, place)
        for title, start, place in _records("hugo-websb-ffw-schoenburg-uebungen-2026")
    }
    assert got["Grundausbildung"][0] == "2026-01-20"
    assert got["Großübung"] == ("2026-05-20", "Industriegebiet")
    assert len(got) == 5


def test_cause_the_demo_year_overview_reads_every_month() -> None:
    # Batch 86: only March's two headings made a group (2 of 11).
    got = {title: start for title, start, _ in _records("hugo-websb-demo-jahresuebersicht-2025")}
    assert got["Neujahrstreffen"] == "2025-01-15"
    assert got["Tag der offenen Tür"] == "2025-10-03"
    assert len(got) == 11


# Cause 2: a structured event named by its series, the page naming it by its motto.


def _camp_page(title: str, h1: str) -> str:
    return (
        f"<html><head><title>{title}</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event",'
        '"name":"Zeltlager 2026","startDate":"2026-07-08","endDate":"2026-07-17",'
        '"location":{"@type":"Place","name":"Wiesenthal"}}</script></head>'
        f"<body><main><p>Zeltlager 2026</p><h1>{h1}</h1><p>8.7.2026 – 17.7.2026</p></main>"
        "</body></html>"
    )


def test_the_document_title_joining_name_and_heading_names_the_event() -> None:
    page = _camp_page("Zeltlager 2026 – Wegweiser des Schattens", "Wegweiser des Schattens")
    (record,) = extract_page(page_from_text(page)).records
    assert record.title == "Zeltlager 2026 – Wegweiser des Schattens"
    assert record.field_sources["title"].endswith("+ document title")


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Zeltlager 2026 – SMJ Regio Wegweiser", "Wegweiser des Schattens"),  # the site's name
        ("Zeltlager 2026", "Wegweiser des Schattens"),  # no heading in the title
        ("Zeltlager 2026 – Zeltlager 2026", "Zeltlager 2026"),  # the heading is the name
    ],
)
def test_a_document_title_with_the_sites_name_leaves_the_name(title: str, h1: str) -> None:
    (record,) = extract_page(page_from_text(_camp_page(title, h1))).records
    assert record.title == "Zeltlager 2026"


def test_cause_the_camps_page_is_named_by_its_motto_too() -> None:
    # Batch 86: the JSON-LD's „Zeltlager 2026“ alone lost the camp's name „Wegweiser des
    # Schattens“ (its h1).
    ((title, start, _),) = _records("astro-smj-wegweiser-zeltlager-2026")
    assert title == "Zeltlager 2026 – Wegweiser des Schattens"
    assert start is not None and start.startswith("2026-07-08")


# Cause 3: the venue and the day in brackets under a presentation's heading.


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("(Erasmus-Büchercafé, 18. März 2007)", "Erasmus-Büchercafé"),
        ("( Haus der Heimat, 3.5.2006 )", "Haus der Heimat"),
        ("(Berlin, 18. März 2007, mit Lesung)", None),  # more than a day after the comma
        ("(18. März 2007)", None),  # no venue
        ("Berlin, 18. März 2007", None),  # a dateline, not in brackets
        ("(Erasmus-Büchercafé, März 2007)", None),  # a month, no day
    ],
)
def test_a_bracketed_venue_and_day(line: str, venue: str | None) -> None:
    assert bracketed_venue_and_day(line) == venue


def test_a_presentation_page_dated_by_its_bracketed_venue_line() -> None:
    html = (
        "<html><body><div id='pageHeader'><h1>Astrid Bartel</h1></div><div id='content'>"
        "<h2>Buchvorstellung</h2><br><h2>„Der halbierte Stalin“</h2>"
        "<p>(Erasmus-Büchercafé, 18. März 2007)</p><h3>Einführung:</h3>Die Autorin liest.</div>"
        "</body></html>"
    )
    (record,) = extract_page(page_from_text(html)).records
    assert record.date_text == "18. März 2007"
    assert record.location_text == "Erasmus-Büchercafé"


def test_cause_the_book_presentation_is_found() -> None:
    # Batch 86: the date line „(Erasmus-Büchercafé, 18. März 2007)“ under the book's heading
    # was taken for no event's day: no record at all.
    ((title, start, place),) = _records("rapidweaver-astridbartel-buchvorstellung-stalin-2007")
    assert "Der halbierte Stalin" in (title or "")
    assert start == "2007-03-18"
    assert place == "Erasmus-Büchercafé"


# Cause 4 (corpus page of an earlier batch): a heading that is only a logo image.


def _festival(h1: str) -> str:
    return (
        "<html><head><title>Fest der Demokratie</title></head><body><main>"
        f'<section class="hero"><h1 class="hero__title">{h1}</h1>'
        '<div class="hero__infobar"><a href="spenden.html" class="btn">Jetzt unterstützen</a>'
        "<div>\n<span>Sa, 04.07.2026</span>\n<span>14:00 — 22:00</span>\n"
        "<span>Bürgerpark Pfaffenhofen</span>\n</div></div></section>"
        '<section class="section"><div class="container"><h2>Musik trifft Meinung</h2>'
        '<p>Live-Musik.</p><a href="programm.html">Programm</a></div>'
        '<div class="container"><h2>Demokratie braucht dich.</h2><p>Mach mit.</p>'
        '<a href="ueber-uns.html">Infos</a></div></section></main></body></html>'
    )


def test_a_logo_heading_names_the_event_under_it() -> None:
    html = _festival('<img src="logo.png" alt="Fest der Demokratie">')
    (record,) = extract_page(page_from_text(html)).records
    assert record.title == "Fest der Demokratie"
    assert (record.date_text or "").startswith("Sa, 04.07.2026 14:00")


def test_a_heading_of_two_images_is_not_named_by_one() -> None:
    html = _festival('<img src="a.png" alt="Fest der Demokratie"><img src="b.png" alt="2026">')
    titles = [r.title for r in extract_page(page_from_text(html)).records]
    assert "Fest der Demokratie" not in titles


def test_cause_the_festivals_logo_heading_names_it() -> None:
    # The home page of the Fest der Demokratie 2026 (batch of an earlier session): its only h1
    # is the logo; the page read as two undated teaser records.
    ((title, start, _),) = _records("static-fest-der-demokratie-2026")
    assert title == "Fest der Demokratie"
    assert start == "2026-07-04T14:00:00+02:00"
