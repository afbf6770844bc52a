"""Causes found on held-out German batch 173 of the real-page corpus (listing pages of a
church-music Förderverein, a student association and a darts club), each pinned on a minimal
snippet and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.hours_then_place import hours_then_place
from netdir.extract.inline_text import visible_text
from netdir.extract.place_lines import names_a_place
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A Förderverein's „Anlässe“: coming concerts in an ItemList JSON-LD and microdata with their
#    startDate, then an archive of past cards, each „<a itemscope itemtype=…/Event>“ whose only
#    day is its badge „14 / Dez. / 2025“ (no startDate). The structured data won and the past
#    concerts had no day (three of them merged away). A structured event without a day takes
#    the day of the visible row that is its card (same page, or else exactly its name).

_CARD = (
    "<article class='event-card' itemscope itemtype='https://schema.org/Event'>"
    "<div class='event-card__date'><span>{d}</span><span>{m}</span><span>2026</span></div>"
    "<h3 class='event-card__title' itemprop='name'>{name}</h3><time datetime='2026-{mm}-{dd}T17:00' itemprop='startDate'>"
    "{d}. {m} 2026 · 17:00 Uhr</time><span itemprop='location'>Karthäuserkirche, Basel</span>"
    "</article>"
)
_PAST = (
    "<a href='/anlaesse/{slug}' class='past-event-card' itemscope "
    "itemtype='https://schema.org/Event'><div class='past-event-card__date'><span>{d}</span>"
    "<span>{m}</span><span>2025</span></div><div><span>Konzert</span>"
    "<p class='past-event-card__title' itemprop='name'>{name}</p>"
    "<p class='past-event-card__location' itemprop='location'>Karthäuserkirche, Basel</p></div></a>"
)
_ANLAESSE = (
    "<html><body><h1>Anlässe</h1><h2>Kommende Anlässe</h2><div class='events-list'>"
    + _CARD.format(d="24", m="Mai", mm="05", dd="24", name="Pfingstkonzert 2026")
    + _CARD.format(d="19", m="Juli", mm="07", dd="19", name="Sommerkonzert 2026")
    + _CARD.format(d="11", m="Okt.", mm="10", dd="11", name="Herbstkonzert 2026")
    + "</div><h2>Vergangene Anlässe</h2><div class='past-events-list'>"
    + _PAST.format(slug="weihnachtskonzert-2025", d="14", m="Dez.", name="Weihnachtskonzert 2025")
    + _PAST.format(slug="herbstkonzert-2025", d="5", m="Okt.", name="Herbstkonzert 2025")
    + _PAST.format(slug="orgel-2025", d="7", m="Dez.", name="Adventsmeditation an der Orgel")
    + "</div></body></html>"
)


def test_dayless_structured_events_take_their_cards_day_on_a_snippet() -> None:
    readings = readings_on(_ANLAESSE, date(2026, 5, 1))
    assert ("Weihnachtskonzert 2025", "2025-12-14", "Karthäuserkirche, Basel") in readings
    assert ("Herbstkonzert 2025", "2025-10-05", "Karthäuserkirche, Basel") in readings
    assert ("Adventsmeditation an der Orgel", "2025-12-07", "Karthäuserkirche, Basel") in readings
    assert len(readings) == 6


def test_dayless_structured_events_take_their_cards_day_on_the_page() -> None:
    readings = saved_page_readings("static-fkik-basel-anlaesse-2026-05")
    assert [(title, start) for title, start, _ in readings] == [
        ("Pfingstkonzert 2026", "2026-05-24T17:00"),
        ("Jahresversammlung 2026", "2026-05-28T18:30"),
        ("Sommerkonzert 2026", "2026-07-19T18:00"),
        ("Herbstkonzert 2026", "2026-10-11T17:00"),
        ("Weihnachtskonzert 2025", "2025-12-14"),
        ("Adventsmeditation an der Orgel", "2025-12-07"),
        ("Herbstkonzert 2025", "2025-10-05"),
        ("Kantatengottesdienst zu Pfingsten", "2025-06-01"),
        ("Jahresversammlung 2025", "2025-05-22"),
    ]


# 2. A card's meta line of two bare spans, „<span>10.00 Uhr</span><span>Treffpunkt Bahnhof
#    Olten</span>“, read „10.00 UhrTreffpunkt …“ (bare inline neighbours run on: „DEPOT61“); a
#    clock never runs on into the capitalised word after it.


def test_a_clock_does_not_run_on_into_the_next_word() -> None:
    node = LexborHTMLParser(
        "<div class='meta'><span>10.00 Uhr</span><span>Treffpunkt Bahnhof Olten</span></div>"
    ).css_first("div")
    assert visible_text(node) == "10.00 Uhr Treffpunkt Bahnhof Olten"
    word = LexborHTMLParser("<p><span>DEPOT</span><span>61</span></p>").css_first("p")
    assert visible_text(word) == "DEPOT61"


# 3. A card's line that opens with the hours and goes on with the place — „19:30 Uhr –
#    Vereinslokal“, „10.00 Uhr Treffpunkt Bahnhof Olten“, „18.00 Uhr Basel“ — was no time line
#    (a name beside the clock) and its place unread; the hours are the card's time and the rest
#    its place when it names one; after a labelled fact („Gegner: DC Triple 20“) only the hours.


def test_hours_then_place_lines() -> None:
    assert hours_then_place(["19:30 Uhr – Vereinslokal"]) == ("19:30 Uhr", "Vereinslokal")
    assert hours_then_place(["10.00 Uhr Treffpunkt Bahnhof Olten"]) == (
        "10.00 Uhr",
        "Bahnhof Olten",
    )
    assert hours_then_place(["18.00 Uhr Basel"]) == ("18.00 Uhr", "Basel")
    assert hours_then_place(["18:00 Uhr – Gegner: DC Triple 20"]) == ("18:00 Uhr", None)
    # a name beside the clock, or a programme of several clocks: no card's time and place
    assert hours_then_place(["19:30 Uhr – Konzert"]) is None
    assert hours_then_place(["19:00 – Begrüßung", "19:30 – Vortrag im Rathaus"]) is None


_TERMINE = (
    "<html><body><h1>Termine</h1><div class='termine-list'>"
    "<div class='termin-card'><div class='termin-date'>15. März 2026</div>"
    "<div class='termin-info'><h2>Ligaspiel Heim</h2><p>19:30 Uhr – Vereinslokal</p></div></div>"
    "<div class='termin-card'><div class='termin-date'>05. April 2026</div>"
    "<div class='termin-info'><h2>Vereinsmeisterschaft</h2><p>Start: 14:00 Uhr</p></div></div>"
    "<div class='termin-card'><div class='termin-date'>20. April 2026</div>"
    "<div class='termin-info'><h2>Auswärtsspiel</h2><p>18:00 Uhr – Gegner: DC Triple 20</p>"
    "</div></div></div></body></html>"
)


def test_hours_then_place_on_a_snippet() -> None:
    assert readings_on(_TERMINE, date(2026, 3, 1)) == [
        ("Ligaspiel Heim", "2026-03-15T19:30", "Vereinslokal"),
        ("Vereinsmeisterschaft", "2026-04-05T14:00", None),
        ("Auswärtsspiel", "2026-04-20T18:00", None),
    ]


def test_hours_then_place_on_the_pages() -> None:
    assert saved_page_readings("static-club180-darts-termine-2026-03") == [
        ("Ligaspiel Heim", "2026-03-15T19:30", "Vereinslokal"),
        ("Vereinsmeisterschaft", "2026-04-05T14:00", None),
        ("Auswärtsspiel", "2026-04-20T18:00", None),
    ]
    assert saved_page_readings("static-av-froburger-anlaesse-2026-09")[:3] == [
        ("Wanderung zur Froburg", "2026-09-12T10:00", "Bahnhof Olten"),
        ("Öffentlicher Vortragsabend", "2026-10-08T18:30", "Universität Basel"),
        ("Stiftungsfest", "2026-11-21T18:00", "Basel"),
    ]


# 4. „Club 180, Wiener Neudorf“ under a card's date line: a house whose name ends in its number
#    and a known town is a place line („Halle 3“, „Studio 54“), „Teil 2, Berlin“ is none; and
#    „Vereinslokal“ is a venue word's compound.


def test_a_numbered_house_and_its_town_is_a_place() -> None:
    assert names_a_place("Club 180, Wiener Neudorf")
    assert names_a_place("Studio 54, Berlin")
    assert not names_a_place("Teil 2, Berlin")
    assert not names_a_place("4 gegen 4, Hamburg")
    assert names_a_place("Vereinslokal")


def test_a_numbered_house_and_its_town_on_the_page() -> None:
    assert saved_page_readings("static-club180-darts-events-2026-02") == [
        ("Vereinsturnier", "2026-02-27T18:00", "Club 180, Wiener Neudorf"),
        ("Ligaspiel – Heimspiel", "2026-02-22T10:00", "Club 180, Wiener Neudorf"),
        ("Freies Training", "2026-02-17T18:00", "Club 180, Wiener Neudorf"),
    ]
