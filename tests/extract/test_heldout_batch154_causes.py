"""Causes found on held-out German batch 154 of the real-page corpus (clubs and student groups:
the SG „Hubertus“ Pfraundorf's dates, the Landfrauen Remshalden-Grunbach's programme and two of
its dates' pages, the AStA TU Berlin's KriWo 2019), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.clock_then_place import place_after_the_clock
from netdir.extract.dashed_name_notes import dash_inside_a_quotation
from netdir.extract.group_repeats import is_untimed_repeat, timed_days
from netdir.extract.restated_days import heading_restates_the_day
from netdir.extract.taking_place_clocks import taking_place_clock
from tests.extract.realpage_inspect import readings_on, saved_page_readings


def _card(title: str, day: str, details: str) -> str:
    return (
        f'<div class="content-card"><p class="event-title h3">{title}</p>'
        f'<p class="event-date">{day}</p><p class="event-details">{details}</p></div>'
    )


# 1. Cards whose heading opens with the day and whose date line says it again in words
#    („08.12.2023 – Nikolausschießen“ over „8. Dezember 2023“) are events, however two other
#    cards read: a run „24. - 29.02.2024 – Dorfkönigschießen“ over its last day and a copied date
#    field under „11.10.2024 – Jahreshauptversammlung“ made the lines look like post stamps, and
#    every card dated by the same element was undated as a news post.

_ALL_DATES = (
    '<html><body><main><h2>Alle Termine</h2><div class="list">'
    + _card("08.12.2023 – Nikolausschießen", "8. Dezember 2023", "Brotzeit im Schützenhaus.")
    + _card("24. - 29.02.2024 – Dorfkönigschießen", "29. Februar 2024", "Für alle Raublinger.")
    + _card("15.03.2024 – Königschießen", "15. März 2024", "Ausschießen des Schützenkönigs")
    + _card("11.10.2024 – Jahreshauptversammlung", "5. April 2024", "Beim Alten Wirt.")
    + "</div></main></body></html>"
)


def test_cards_that_restate_their_day_on_a_snippet() -> None:
    readings = readings_on(_ALL_DATES, date(2023, 11, 10))
    assert [(title, start) for title, start, _ in readings] == [
        ("Nikolausschießen", "2023-12-08"),
        ("Dorfkönigschießen", "2024-02-24"),
        ("Königschießen", "2024-03-15"),
        ("Jahreshauptversammlung", "2024-10-11"),
    ]


def test_a_heading_that_restates_the_day() -> None:
    card = LexborHTMLParser(_card("08.12.2023 – Nikolausschießen", "8. Dezember 2023", "…"))
    segment = [card.css_first("div.content-card")]
    assert heading_restates_the_day(segment, "8. Dezember 2023")
    # a post's stamp names a day its heading does not
    post = LexborHTMLParser(_card("Schützenfest am 16. Juni 2024", "am 9. Juni 2024", "…"))
    assert not heading_restates_the_day([post.css_first("div.content-card")], "am 9. Juni 2024")


def test_cards_that_restate_their_day_on_the_page() -> None:
    readings = saved_page_readings("vue-hubertus-pfraundorf-termine-2023-11")
    assert len(readings) == 12
    assert ("Nikolausschießen mit Brotzeit", "2023-12-08") in [(t, s) for t, s, _ in readings]
    assert ("Bierfest", "2024-07-13") in [(t, s[:10]) for t, s, _ in readings]
    assert len(saved_page_readings("vue-hubertus-pfraundorf-termine-2024-12")) == 10


# 2. The next events as three cards and all of them again in an „Alle Termine“ box: one group
#    timed „Volkstrauertag“ from its prose, the other only dated it. The same name on the same
#    day without an hour, after a group that timed it, is the same event.


def test_an_untimed_repeat_of_a_timed_event() -> None:
    timed = timed_days([("Volkstrauertag", "2023-11-19T08:45"), ("Bierfest", "2024-07-13")])
    assert is_untimed_repeat(("Volkstrauertag", "2023-11-19"), timed)
    assert not is_untimed_repeat(("Volkstrauertag", "2023-11-20"), timed)
    assert not is_untimed_repeat(("Bierfest", "2024-07-13"), timed)  # no hour to repeat
    assert not is_untimed_repeat(("Volkstrauertag", "2023-11-19T10:00"), timed)  # a showing


def test_an_untimed_repeat_on_the_page() -> None:
    readings = saved_page_readings("vue-hubertus-pfraundorf-termine-2025-06")
    assert [title for title, _, _ in readings].count("Vereinsjahrtag") == 1
    assert len(readings) == 5


# 3. A dash inside quotation marks is part of the quoted name: „Frühjahrsmüde – es geht auch
#    anders“ is a talk's title, and so is „Krebsvorsorge – wer, wann, was“ whose opening mark
#    the editor left out. Cut at the dash, the cards were named „Vortrag: „Frühjahrsmüde“ and
#    „Vortrag: Krebsvorsorge“.


def test_a_dashdash_inside_a_quotation() -> None:
    assert dash_inside_a_quotation("Vortrag: „Frühjahrsmüde", "es geht auch anders“ (im Anschluss)")
    assert dash_inside_a_quotation("Vortrag: Krebsvorsorge", "wer, wann, was“")
    # a quoted name before the dash, a note after it: the dash is outside the quote
    assert not dash_inside_a_quotation("„Faszinierende Faszien“", "ein Vortrag zum Mitmachen")
    assert not dash_inside_a_quotation("Adventsfeier", "Auszeit im Pfarreitreff")


def test_a_dashdash_inside_a_quotation_on_a_snippet() -> None:
    html = (
        '<html><body><main><div class="list">'
        '<div class="card"><p>Vortrag: „Frühjahrsmüde – es geht auch anders“</p>'
        "<p>Donnerstag, 21. März 2024</p><p>15.00 - 18.00 Uhr</p></div>"
        '<div class="card"><p>Vortrag: Krebsvorsorge – wer, wann, was“</p>'
        "<p>Donnerstag, 16. November 2023</p><p>19.00 - 21.00 Uhr</p></div>"
        "</div></main></body></html>"
    )
    assert [title for title, _, _ in readings_on(html, date(2023, 6, 1))] == [
        "Vortrag: „Frühjahrsmüde – es geht auch anders“",
        "Vortrag: Krebsvorsorge – wer, wann, was“",
    ]


def test_a_dashdash_inside_a_quotation_on_the_page() -> None:
    titles = [
        title for title, _, _ in saved_page_readings("nextjs-landfrauen-grunbach-termine-2023-12")
    ]
    assert "Vortrag: „Frühjahrsmüde – es geht auch anders“ (im Anschluss Frühlingsfeier)" in titles
    assert "Vortrag: Krebsvorsorge – wer, wann, was“" in titles


# 4. When a card's prose says the event is held — „Ab 19:30 Uhr findet die
#    Jahreshauptversammlung statt“, „Die Preisverteilung findet ab 19 Uhr in der Fahrzeughalle …
#    statt.“, „Auf dem Kirchenparkplatz halten wir ab 18 Uhr wieder unser Bierfest ab“ — or opens
#    a sentence with „Ab 18:30 Uhr …“, that clock is its start; no start or meeting word stood
#    there, so the cards stayed without an hour.


def test_the_clock_of_a_sentence_that_says_it_is_held() -> None:
    assert taking_place_clock(["Ab 19:30 Uhr findet die Jahreshauptversammlung statt."]) == (
        "19:30 Uhr"
    )
    assert taking_place_clock(["Die Preisverteilung findet ab 19 Uhr in der Halle statt."]) == (
        "19 Uhr"
    )
    assert taking_place_clock(["Auf dem Kirchenparkplatz halten wir ab 18 Uhr unser Bierfest ab"])
    # doors, sign-up and opening hours are no start; a sentence that holds nothing says no clock
    assert taking_place_clock(["Einlass ab 18 Uhr, die Lesung findet im Saal statt."]) is None
    assert taking_place_clock(["Die Anmeldung ist ab 18 Uhr offen."]) is None
    assert taking_place_clock(["Ab 10 Uhr geöffnet."]) is None


def test_the_clock_of_a_sentence_that_says_it_is_held_on_the_page() -> None:
    starts = {t: s for t, s, _ in saved_page_readings("vue-hubertus-pfraundorf-termine-2023-11")}
    assert starts["Jahreshauptversammlung"] == "2024-10-11T19:30"
    assert starts["Bierfest"] == "2024-07-13T18:00"
    assert starts["Preisverteilung Dorfkönigschießen"] == "2024-03-09T19:00"


# 5. The place right after the start clock: „… findet in geselliger Runde ab 18:30 Uhr beim
#    Alten Wirt statt.“, „Ab 18:30 Uhr beim Alten Wirt in Pfraundorf.“, „Beginn ab 19 Uhr im
#    Happinger Festzelt.“ — not a frame or a time („ab 18 Uhr im Anschluss …“, „im Mai“).


def test_the_place_after_the_clock() -> None:
    assert place_after_the_clock(["Die Feier findet ab 18:30 Uhr beim Alten Wirt statt."]) == (
        "Alten Wirt"
    )
    assert place_after_the_clock(["Ab 18:30 Uhr beim Alten Wirt in Pfraundorf."]) == (
        "Alten Wirt in Pfraundorf"
    )
    assert place_after_the_clock(["Beginn ab 19 Uhr im Happinger Festzelt."]) == (
        "Happinger Festzelt"
    )
    assert place_after_the_clock(["Treffen ab 18 Uhr im Anschluss an die Messe."]) is None
    assert place_after_the_clock(["Wir spielen um 19 Uhr im Mai."]) is None


def test_the_place_after_the_clock_on_the_page() -> None:
    places = {t: p for t, _, p in saved_page_readings("vue-hubertus-pfraundorf-termine-2024-12")}
    assert places["Endfeier"] == "Alten Wirt in Pfraundorf"
    places = {t: p for t, _, p in saved_page_readings("vue-hubertus-pfraundorf-termine-2025-06")}
    assert places[
        "Preisverteilung - Jubiläumsschießen Schützengesellschaft Wasen Happing e.V."
    ] == ("Happinger Festzelt")
