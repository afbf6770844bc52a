"""Causes found on held-out German batch 117 of the real-page corpus (education, youth and social
life: the Frauenverein Sarmenstorf's Jahresprogramm and Anlässe, the Fischamender Jugend's event
cards, the AJZ Neumünster's events page), each pinned on a minimal snippet and on its page: the
records a reader would list, with the name, the start and the place of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from selectolax.lexbor import LexborNode

from netdir.extract import extract_page
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.prose_link_rows import labelled_place_row
from netdir.extract.prose_times import prose_time
from netdir.extract.title_end_hours import hours_inside_the_title
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, _minute(n.start), place) for n, place in read]


def _nodes(html: str) -> list[LexborNode]:
    return [parse_html(f"<html><body>{html}</body></html>").css_first("body > *")]


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


def _cards(cards: list[tuple[str, str]], heading: str = "Jahresprogramm") -> str:
    """A programme of cards, each an h3 that is only the day over the line naming the event."""
    body = "".join(
        f'<div class="event-card"><h3>{day}</h3><p>{line}</p>'
        f"<p><strong>Datum:</strong> {day.split(', ', 1)[-1]}</p></div>"
        for day, line in cards
    )
    return (
        "<html><body><header><nav><a href='/'>Start</a><a href='/kontakt'>Kontakt</a></nav>"
        f"</header><main><h1>{heading}</h1><div class='events-list'>{body}</div></main>"
        "</body></html>"
    )


# --- 1. the card's name before its dashed note ----------------------------------------------


def test_a_cards_name_is_the_words_before_its_dashed_note() -> None:
    """„Tagesreise – Fahrt nach Laupen, …“, „Überraschungs-Abend – ein grosses Highlight!“,
    „Adventsfeier – Auszeit im Pfarreitreff“ under a heading that is only the day: the name
    before the spaced dash, the note describes it (and says where)."""
    html = _cards(
        [
            ("Freitag, 5. September 2025", "Tagesreise – Fahrt nach Laupen, Schienenvelos."),
            ("Mittwoch, 15. Oktober 2025", "Überraschungs-Abend – ein grosses Highlight!"),
            ("Donnerstag, 11. Dezember 2025", "Adventsfeier – Auszeit im Pfarreitreff"),
        ]
    )
    assert _page(html, date(2025, 8, 1)) == [
        ("Tagesreise", "2025-09-05", None),
        ("Überraschungs-Abend", "2025-10-15", None),
        ("Adventsfeier", "2025-12-11", "Pfarreitreff"),
    ]


def test_a_dash_before_who_plays_or_one_word_stays_in_the_name() -> None:
    """„Konzert – Max Mustermann und Band“ names who plays, „Sommerfest – Kinderprogramm“ one
    more word: no note, the dash stays."""
    html = _cards(
        [
            ("Freitag, 5. September 2025", "Konzert – Max Mustermann und Band"),
            ("Mittwoch, 15. Oktober 2025", "Sommerfest – Kinderprogramm"),
            ("Freitag, 20. März 2026", "Generalversammlung"),
        ]
    )
    assert [title for title, _, _ in _page(html, date(2025, 8, 1))] == [
        "Konzert – Max Mustermann und Band",
        "Sommerfest – Kinderprogramm",
        "Generalversammlung",
    ]


# --- 2. a span of hours after the name, or opening the card's line ---------------------------


def test_a_span_of_hours_after_the_name_is_read_apart() -> None:
    """„Kinder–Weihnachtsbasteln, 9–13 Uhr im Pfarreitreff“: the name, the hours, the place."""
    assert hours_inside_the_title("Kinder–Weihnachtsbasteln, 9–13 Uhr im Pfarreitreff") == (
        "Kinder–Weihnachtsbasteln",
        "9–13 Uhr",
        "Pfarreitreff",
    )
    html = _cards(
        [
            ("Samstag, 22. November 2025", "Kinder–Weihnachtsbasteln, 9–13 Uhr im Pfarreitreff"),
            ("Freitag, 6. März 2026", "Preisjassen"),
            ("Freitag, 20. März 2026", "Generalversammlung"),
        ]
    )
    assert _page(html, date(2025, 8, 1))[0] == (
        "Kinder–Weihnachtsbasteln",
        "2025-11-22T09:00",
        "Pfarreitreff",
    )


def test_a_line_that_opens_with_its_hours_times_the_day() -> None:
    """„Von 9 bis 13 Uhr, mit vielen kreativen Ideen.“ under the day: the hours it runs; „Von 9
    bis 13 Uhr geöffnet“ are opening hours."""
    day = "Samstag, 22. November 2025"
    assert prose_time([day, "Von 9 bis 13 Uhr, mit vielen kreativen Ideen."], day) == (
        "9 bis 13 Uhr"
    )
    assert prose_time([day, "Von 9 bis 13 Uhr geöffnet."], day) is None


# --- 3. the place after the day on the card's meta line -------------------------------------


def test_a_meeting_house_compound_is_a_venue() -> None:
    """„Pfarreitreff“, „Jugendtreff“: a meeting house; „Treffpunkt“ and „Treff“ alone are not."""
    assert names_a_venue_word("Pfarreitreff")
    assert names_a_venue_word("Jugendtreff")
    assert not names_a_venue_word("Treffpunkt")
    assert not names_a_venue_word("Treff")


def test_the_meta_lines_place_after_the_day() -> None:
    """„<h3>Überraschungs-Abend</h3><div class="meta">Mittwoch, 15. Oktober 2025 – Pfarreitreff
    </div>“: the day, then where."""
    html = (
        "<html><body><main><h1>Nächste Anlässe:</h1><div class='events-grid'>"
        "<div class='event-card'><h3>Überraschungs-Abend</h3>"
        "<div class='meta'>Mittwoch, 15. Oktober 2025 – Pfarreitreff</div>"
        "<p>Ein grosses Highlight für alle Mitglieder.</p></div>"
        "<div class='event-card'><h3>Generalversammlung</h3>"
        "<div class='meta'>Freitag, 20. März 2026 – Jugendtreff</div>"
        "<p>Mit Nachtessen.</p></div>"
        "</div></main></body></html>"
    )
    assert _page(html, date(2025, 8, 1)) == [
        ("Überraschungs-Abend", "2025-10-15", "Pfarreitreff"),
        ("Generalversammlung", "2026-03-20", "Jugendtreff"),
    ]


# --- 4. the square and the town the card's line names ---------------------------------------


def _event_cards(cards: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<a href="/blog/{index}" class="card"><img src="/i{index}.webp" alt="{title}">'
        f'<div class="p-5"><span class="date">{day}</span><h2>{title}</h2><p>{line}</p></div></a>'
        for index, (day, title, line) in enumerate(cards)
    )
    return (
        "<html><body><main><h1>Fischamender Jugend Events</h1>"
        f"<section><div class='grid'>{body}</div></section></main></body></html>"
    )


def test_a_square_and_its_known_town_in_the_cards_line_is_the_place() -> None:
    """„… Turniers auf der Funcourt Wiese Fischamend war …“, „… am Hauptplatz Fischamend –
    diesmal …“: the square or field and its town; „Wir waren beim Faschingsumzug durch
    Fischamend mit dabei“ names no site."""
    html = _event_cards(
        [
            (
                "20. Juni 2026",
                "Bierpong Turnier 2026",
                "Die zweite Ausgabe unseres Bierpong Turniers auf der Funcourt Wiese Fischamend"
                " war noch größer als im Vorjahr.",
            ),
            (
                "15. November 2025",
                "3. Punschstand",
                "Unser dritter Punschstand am Hauptplatz Fischamend – diesmal schon Mitte November.",
            ),
            (
                "22. Februar 2025",
                "Faschingsumzug durch Fischamend",
                "Wir waren beim Faschingsumzug durch Fischamend mit dabei.",
            ),
        ]
    )
    assert _page(html, date(2026, 7, 6)) == [
        ("Bierpong Turnier 2026", "2026-06-20", "Funcourt Wiese Fischamend"),
        ("3. Punschstand", "2025-11-15", "Hauptplatz Fischamend"),
        ("Faschingsumzug durch Fischamend", "2025-02-22", None),
    ]


# --- 5. a label's link beside the dated lines -------------------------------------------------


def test_a_labelled_link_is_no_offering() -> None:
    """„Booking und Veranstaltungsorga: <a>Konzertgruppe</a>“ over the dated link lines: who
    books the concerts and organises the events, a fact of the page, not an offering;
    „Konzert: <a>Kodder</a>“ names an offering."""
    row = _nodes("<p>Booking und Veranstaltungsorga: <a href='/k'>Konzertgruppe</a></p>")
    assert labelled_place_row(row, "Konzertgruppe")
    assert not labelled_place_row(_nodes("<p>Konzert: <a href='/k'>Kodder</a></p>"), "Kodder")
    html = (
        "<html><body><main><h1>Veranstaltungen</h1><div class='sl-markdown-content'>"
        "<p>Booking und Veranstaltungsorga: <a href='/kultur/konzertgruppe'>Konzertgruppe</a></p>"
        "<h2>Demnächst</h2>"
        "<p> 9.4.2025 - <a href='/v/2025-04-09'>Friedemann &amp; Bag o' Loots</a> </p>"
        "<p> 26.4.2025 - <a href='/v/2025-04-26'>Teryky, Kyrill &amp; Kariti</a> </p>"
        "<p> 3.10.2025 - <a href='/v/2025-10-03'>Kodder</a> </p>"
        "</div></main></body></html>"
    )
    assert [title for title, _, _ in _page(html, date(2025, 3, 17))] == [
        "Friedemann & Bag o' Loots",
        "Teryky, Kyrill & Kariti",
        "Kodder",
    ]


# --- the real pages ---------------------------------------------------------------------------


def test_the_jahresprogramm_cards() -> None:
    records = _records("astro-frauenverein-sarmenstorf-jahresprogramm-2025-11")
    assert records[:5] == [
        ("Tagesreise", "2025-09-05T09:00", None),
        ("Überraschungs-Abend", "2025-10-15", None),
        ("Kinder–Weihnachtsbasteln", "2025-11-22T09:00", "Pfarreitreff"),
        ("Adventsfenster", "2025-12-01", None),
        ("Adventsfeier", "2025-12-11", "Pfarreitreff"),
    ]


def test_the_anlaesse_cards() -> None:
    assert _records("astro-frauenverein-sarmenstorf-anlaesse-2025-11")[1:3] == [
        ("Überraschungs-Abend", "2025-10-15", "Pfarreitreff"),
        ("Kinder–Weihnachtsbasteln", "2025-11-22T09:00", "Pfarreitreff"),
    ]


def test_the_youth_associations_event_cards() -> None:
    records = _records("astro-fischamender-jugend-events-2026-07")
    assert len(records) == 17
    assert records[1:3] == [
        ("Bierpong Turnier 2026", "2026-06-20", "Funcourt Wiese Fischamend"),
        ("Afterwork Spritzerstand 2026", "2026-06-03", "Getreideplatz Fischamend"),
    ]


def test_the_youth_centres_events_page() -> None:
    assert [
        title for title, _, _ in _records("starlight-ajz-neumuenster-veranstaltungen-2025-03")
    ] == [
        "Friedemann & Bag o' Loots",
        "Teryky, Kyrill & Kariti",
        "Kodder",
        "Internationaler Frauentag",
        "Gender Pay Gap",
    ]
