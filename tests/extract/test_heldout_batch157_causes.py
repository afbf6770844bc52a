"""Causes found on held-out German batch 157 of the real-page corpus (markets and town festivals:
the Pustertaler Flohmarktfreunde's dates, the Dorffest VS-Pfaffenweiler's programme, the
Reckenfelder Dorftrödel's one-page site), each pinned on a minimal snippet and on its page: the
records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.colon_values import value_going_on
from netdir.extract.dated_sentence_subject import subject_naming_the_page
from netdir.extract.day_switch import is_day_switch
from netdir.extract.heading_item_name import one_of_series
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. „<h2>Datum & Zeit</h2>“ over „Der Reckenfelder Dorftrödel findet statt am:“ and, in the next
#    paragraph, „Sonntag, den 02.06.2024 von 11:00 - 16:00 Uhr“: the label's value ends with its
#    colon and goes on below; read alone it named no day and the page gave no record.


def _never_a_label(_text: str) -> bool:
    return False


def test_a_value_that_ends_with_a_colon_goes_on() -> None:
    lines = [
        ("Der Reckenfelder Dorftrödel findet statt am:", None),
        ("Sonntag, den 02.06.2024 von 11:00 - 16:00 Uhr", None),
    ]
    assert value_going_on(lines, 0, _never_a_label) == (
        "Der Reckenfelder Dorftrödel findet statt am: Sonntag, den 02.06.2024 von 11:00 - 16:00 Uhr"
    )
    # a value that names its day, or a next line that names none, stays as it is
    named = [("Am 2. Juni:", None), ("Sonntag, 3. Juni", None)]
    assert value_going_on(named, 0, _never_a_label) == "Am 2. Juni:"
    assert value_going_on([*lines[:1], ("Bitte anmelden", None)], 0, _never_a_label) == (
        "Der Reckenfelder Dorftrödel findet statt am:"
    )


_SECTIONS = (
    "<html><head><title>Dorftrödel Reckenfeld</title></head><body>"
    "<section><h2>Die Idee</h2><p>Jeder hat Dies &amp; Das in seinen Ecken liegen.</p></section>"
    "<section><h2>Datum &amp; Zeit</h2><p>Der Reckenfelder Dorftrödel findet statt am:</p>"
    "<p><strong>Sonntag, den 02.06.2024 von 11:00 - 16:00 Uhr</strong></p></section>"
    "<section><h2>Allgemeines</h2><p>Für 2024 bleibt es bei einer Anmeldegebühr von 7 Euro.</p>"
    "</section><section><h2>Mitmachen</h2><p>Möchtest Du mitmachen?</p></section></body></html>"
)


def test_the_day_below_its_colon_on_a_snippet() -> None:
    # (placed in the village its name's adjective names since session 57: town_adjective_names)
    assert readings_on(_SECTIONS, date(2024, 6, 1)) == [
        ("Reckenfelder Dorftrödel", "2024-06-02T11:00", "Reckenfeld")
    ]


# 2. The page's first section heading „Die Idee“ named the day that the sentence under „Datum &
#    Zeit“ gives: „Der Reckenfelder Dorftrödel findet am … statt.“ — its subject names the event,
#    as the page's <title> „Dorftrödel Reckenfeld“ confirms.


def test_the_subject_of_the_dated_sentence() -> None:
    sentence = "Der Reckenfelder Dorftrödel findet am Sonntag den 06.07.2025 von 11:00 Uhr statt."
    assert subject_naming_the_page(sentence, "Die Idee", "Dorftrödel Reckenfeld") == (
        "Reckenfelder Dorftrödel"
    )
    # a heading that names the event already, or a <title> that names something else, stays
    assert subject_naming_the_page(sentence, "Dorftrödel 2025", "Dorftrödel Reckenfeld") is None
    assert subject_naming_the_page(sentence, "Die Idee", "Gemeinde Greven") is None
    assert subject_naming_the_page(sentence, "Die Idee", None) is None


def test_the_yard_sale_day_on_its_pages() -> None:
    # (placed in the village its name's adjective names since session 57: town_adjective_names)
    assert saved_page_readings("hugo-dorftroedel-reckenfeld-2024") == [
        ("Reckenfelder Dorftrödel", "2024-06-02T11:00", "Reckenfeld")
    ]
    assert saved_page_readings("hugo-dorftroedel-reckenfeld-2025") == [
        ("Reckenfelder Dorftrödel", "2025-07-06T11:00", "Reckenfeld")
    ]


# 3. „Unsere Flohmärkte“ over a table „ | Ort | Straße“ of „Sa., 11.04. | St.Lorenzen |
#    Dorfzentrum“: the street column is the spot within the village (``block_columns``), the rows
#    are flea markets at their village („Flohmarkt St.Lorenzen“), and the banner's „Alle
#    Flohmärkte von 08:00 bis 17:00 Uhr“ gives each its hours.

_MARKETS = (
    "<html><body><header><a href='#t'>Alle Flohmärkte von 08:00 bis 17:00 Uhr</a></header>"
    "<section id='t'><h2>Unsere Flohmärkte</h2><table><thead><tr><th></th><th>Ort</th>"
    "<th>Straße</th></tr></thead><tbody><tr><td colspan='3'>April 2026</td></tr>"
    "<tr><td>Sa., 11.04.</td><td>St.Lorenzen</td><td>Dorfzentrum</td></tr></tbody>"
    "<tbody><tr><td colspan='3'>Mai 2026</td></tr>"
    "<tr><td>So., 03.05.</td><td>Percha</td><td>Parkplatz M. Preis</td></tr>"
    "<tr><td>Sa., 09.05.</td><td>St.Lorenzen</td><td>Dorfzentrum</td></tr></tbody></table>"
    "</section></body></html>"
)


def test_the_markets_of_the_heading_on_a_snippet() -> None:
    assert readings_on(_MARKETS, date(2026, 1, 22)) == [
        ("Flohmarkt St.Lorenzen", "2026-04-11T08:00", "Dorfzentrum, St.Lorenzen"),
        ("Flohmarkt Percha", "2026-05-03T08:00", "Parkplatz M. Preis, Percha"),
        ("Flohmarkt St.Lorenzen", "2026-05-09T08:00", "Dorfzentrum, St.Lorenzen"),
    ]


def test_the_plural_of_any_event_names_no_kind() -> None:
    # „Veranstaltungen“ over rows named by their place: the word for any event is no kind of one
    rows = readings_on(_MARKETS.replace("Unsere Flohmärkte", "Veranstaltungen"), date(2026, 1, 22))
    assert [title for title, _, _ in rows] == ["St.Lorenzen", "Percha", "St.Lorenzen"]


def test_the_singular_of_a_market() -> None:
    assert one_of_series("Flohmärkte") == "Flohmarkt"
    assert one_of_series("Bauernmärkte") == "Bauernmarkt"
    assert one_of_series("Ausflüge") == "Ausflug"  # (as before)


def test_the_markets_on_their_pages() -> None:
    readings = saved_page_readings("angular-pustertaler-flohmaerkte-2026-01")
    assert len(readings) == 22
    assert readings[0] == ("Flohmarkt St.Lorenzen", "2026-04-11T08:00", "Dorfzentrum, St.Lorenzen")
    assert ("Flohmarkt Bruneck", "2026-08-07T08:00", "Rathausplatz, Bruneck") in readings
    readings = saved_page_readings("angular-pustertaler-flohmaerkte-2025-03")
    assert len(readings) == 20
    assert all(
        title.startswith("Flohmarkt ") and start[11:] == "08:00" for title, start, _ in readings
    )


# 4. The festival's programme switches between its two days with two buttons „Samstag, 20.
#    Juni“ / „Sonntag, 21. Juni“: each button only names a day, and each was read as a dated row
#    named by the section's heading „Programm“ — controls, no events.

_SWITCH = (
    "<html><body><section><h2>Programm</h2><div class='toggle'><button class='on'>Samstag, 20."
    " Juni</button><button>Sonntag, 21. Juni</button></div><div class='mb-10'><h3>Den ganzen Tag"
    " über</h3><div class='grid'><div class='card'><h4>Kinderschminken</h4><p>14:00 – 18:00 Uhr"
    "</p><p>Bunte Gesichter für alle Kinder</p></div><div class='card'><h4>Spielestationen</h4>"
    "<p>14:00 – 16:45 Uhr</p><p>Spaß für die Kleinen</p></div></div></div></section>"
    "<footer><p>20. &amp; 21. Juni 2026<br>Bolzplatz VS-Pfaffenweiler</p></footer></body></html>"
)


def test_a_button_that_names_a_day() -> None:
    tree = LexborHTMLParser(_SWITCH)
    saturday, sunday = tree.css("button")
    assert is_day_switch([saturday])
    assert is_day_switch([sunday])
    card = tree.css_first("div.card")
    assert not is_day_switch([card])  # a card with a day and a name is an event's
    more = LexborHTMLParser("<button>Tickets für den 20. Juni</button>").css_first("button")
    assert not is_day_switch([more])  # a button that says more than the day


def test_the_day_switch_on_a_snippet() -> None:
    titles = [title for title, _, _ in readings_on(_SWITCH, date(2026, 5, 20))]
    assert "Programm" not in titles
    assert set(titles) == {"Kinderschminken", "Spielestationen"}


def test_the_day_switch_on_its_pages() -> None:
    saturday = saved_page_readings("react-dorffest-pfaffenweiler-programm-samstag-2026")
    # the all-day box beside the timeline (test_day_toggle_programmes reads the timeline)
    readings = [(title, start) for title, start, _ in saturday]
    assert ("Spielestationen", "2026-06-20T14:00") in readings
    assert ("Kinderschminken", "2026-06-20T14:00") in readings
    assert "Programm" not in [title for title, _, _ in saturday]
    sunday = saved_page_readings("react-dorffest-pfaffenweiler-programm-sonntag-2026")
    assert "Programm" not in [title for title, _, _ in sunday]
