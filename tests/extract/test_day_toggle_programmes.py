"""A festival programme that shows one day at a time: a toggle of day buttons, a box of all-day
cards with their hours, and a timeline of cards whose clock stands in a round badge beside the
name (held-out German batch 157's village festival, which the detector read as two cards running
from the Saturday into the Sunday and ten timeline cards it never saw)."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.day_toggle import chosen_day
from tests.extract.realpage_inspect import saved_page_spans, spans_on

_ACTIVE = "px-6 py-3 rounded-lg bg-primary text-white shadow-md"
_IDLE = "px-6 py-3 rounded-lg text-gray-600 hover:text-gray-900"


def _toggle(html: str) -> str | None:
    node = LexborHTMLParser(f"<div id='t'>{html}</div>").css_first("#t")
    assert node is not None
    return chosen_day(node)


def test_the_marked_button_is_the_chosen_day() -> None:
    assert (
        _toggle(
            "<button>Samstag, 20. Juni</button><button class='tab active'>Sonntag, 21. Juni</button>"
        )
        == "Sonntag, 21. Juni"
    )
    assert (
        _toggle(
            "<a role='tab' aria-selected='false'>Fr 19.06.</a>"
            "<a role='tab' aria-selected='true'>Sa 20.06.</a>"
        )
        == "Sa 20.06."
    )


def test_a_utility_class_toggle_styles_only_the_days_one_may_switch_to() -> None:
    assert (
        _toggle(
            f"<button class='{_IDLE}'>Samstag, 20. Juni</button>"
            f"<button class='{_ACTIVE}'>Sonntag, 21. Juni</button>"
        )
        == "Sonntag, 21. Juni"
    )


def test_an_unmarked_toggle_shows_its_first_day_and_two_marks_say_nothing() -> None:
    assert _toggle("<button>Samstag, 20. Juni</button><button>Sonntag, 21. Juni</button>") == (
        "Samstag, 20. Juni"
    )
    assert (
        _toggle(
            "<button class='active'>Samstag, 20. Juni</button>"
            "<button class='active'>Sonntag, 21. Juni</button>"
        )
        is None
    )


def test_no_toggle_where_a_child_is_no_day_or_words_stand_beside_the_buttons() -> None:
    assert _toggle("<button>Programm</button><button>Sonntag, 21. Juni</button>") is None
    assert _toggle("Am <b>Samstag, 20. Juni</b> und <b>Sonntag, 21. Juni</b>") is None
    assert _toggle("<button>Samstag, 20. Juni</button>") is None
    # centred by a wrapper: the toggle inside it
    assert (
        _toggle(
            "<div class='flex justify-center'><div class='inline-flex'>"
            f"<button class='{_ACTIVE}'>Samstag, 20. Juni</button>"
            f"<button class='{_IDLE}'>Sonntag, 21. Juni</button></div></div>"
        )
        == "Samstag, 20. Juni"
    )


def _card(clock: str, name: str) -> str:
    return (
        "<div class='relative flex gap-4'><div class='flex-shrink-0'>"
        f"<div class='w-12 h-12 rounded-full'>{clock}</div></div>"
        f"<div class='flex-1 bg-gray-50 rounded-xl'><h3>{name}</h3>"
        "<span class='badge'>Auftritt</span><p class='text-xs'>Bühne</p></div></div>"
    )


def _programme(first: str, second: str) -> str:
    cards = "".join(
        _card(clock, name)
        for clock, name in (
            ("14:30", "Fassanstich mit Freibier"),
            ("15:00", "Fanfarenzug"),
            ("20:00", "Klosterbrass"),
        )
    )
    all_day = "".join(
        f"<div class='flex items-center'><div class='flex-1'><h4>{name}</h4>"
        f"<p>{hours}</p></div></div>"
        for name, hours in (
            ("Spielestationen", "14:00 – 16:45 Uhr"),
            ("Kinderschminken", "14:00 – 18:00 Uhr"),
        )
    )
    return (
        "<html lang='de'><body><section class='hero'><h1>Dorffest</h1><p>20. &amp; 21. Juni 2026</p>"
        "</section><div class='relative backdrop-blur'><section id='programm'><h2>Programm</h2>"
        "<div class='flex justify-center'><div class='inline-flex'>"
        f"<button class='{first}'>Samstag, 20. Juni</button>"
        f"<button class='{second}'>Sonntag, 21. Juni</button></div></div>"
        f"<div class='mb-10'><h3>Den ganzen Tag über</h3><div class='grid'>{all_day}</div></div>"
        f"<div class='relative'><div class='space-y-6'>{cards}</div></div>"
        "</section></div></body></html>"
    )


def test_the_chosen_days_programme_is_read_card_by_card() -> None:
    spans = spans_on(_programme(_ACTIVE, _IDLE), date(2026, 5, 20))
    assert sorted((title, start, end) for title, start, end, _ in spans) == [
        ("Fanfarenzug", "2026-06-20T15:00", None),
        ("Fassanstich mit Freibier", "2026-06-20T14:30", None),
        ("Kinderschminken", "2026-06-20T14:00", "2026-06-20T18:00"),
        ("Klosterbrass", "2026-06-20T20:00", None),
        ("Spielestationen", "2026-06-20T14:00", "2026-06-20T16:45"),
    ]
    # the Sunday chosen: the same cards are Sunday's
    sunday = spans_on(_programme(_IDLE, _ACTIVE), date(2026, 5, 20))
    assert {start[:10] for _, start, _, _ in sunday if start} == {"2026-06-21"}
    assert len(sunday) == 5


def test_the_festival_pages_read_each_days_programme() -> None:
    saturday = saved_page_spans("react-dorffest-pfaffenweiler-programm-samstag-2026")
    assert len(saturday) == 12
    assert {start[:10] for _, start, _, _ in saturday if start} == {"2026-06-20"}
    assert ("Spielestationen", "2026-06-20T14:00", "2026-06-20T16:45") in [
        span[:3] for span in saturday
    ]
    assert ("Klosterbrass", "2026-06-20T20:00") in [span[:2] for span in saturday]
    sunday = saved_page_spans("react-dorffest-pfaffenweiler-programm-sonntag-2026")
    assert len(sunday) == 8
    assert {start[:10] for _, start, _, _ in sunday if start} == {"2026-06-21"}
    assert ("Frühschoppen mit den Schwarzwaldschlawinern", "2026-06-21T11:30") in [
        span[:2] for span in sunday
    ]
