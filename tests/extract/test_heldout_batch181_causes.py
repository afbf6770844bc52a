"""Causes found on held-out German batch 181 of the real-page corpus (listing and meeting pages of
public bodies and their networks: a neighbourhood network's Termine page, a city council's ALLRIS
agenda page, a citizens' portal's district-council page), each pinned on a minimal snippet and on
its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. The neighbourhood on the Galgenberg in Aalen lists its monthly evenings as buttons „Freitag,
#    08. Mai - 19 Uhr - Auf ein Bier mit dem Galgenberg“ under „<h1>Events 📅</h1>“. The name
#    after the day's dash ends all seven rows, so it was read as the room the rows meet in (the
#    association's „12 April 2022 - Kosciusko Chamber of Commerce“) and each row renamed by the
#    heading above — „Events 📅“, a heading that only says the list holds events. Such a heading
#    names no row: the repeated name is the series' own (dash_tail_places), and a pictograph
#    beside a list's heading is decoration (title_text.is_junk_title).

_ROW = (
    "<li class='event-item' data-date='{iso}'><button type='button' class='event-link'>"
    "Freitag, {day} - 19 Uhr - Auf ein Bier mit dem Galgenberg</button></li>"
)
_EVENINGS = (("2026-05-08", "08. Mai"), ("2026-06-12", "12. Juni"), ("2026-07-10", "10. Juli"))


def _termine(heading: str) -> str:
    rows = "".join(_ROW.format(iso=iso, day=day) for iso, day in _EVENINGS)
    return (
        f"<html lang='de'><body><header><h1>{heading}</h1></header><main><div class='box'>"
        f"<ul id='eventList'>{rows}</ul></div></main></body></html>"
    )


def test_a_list_heading_with_a_pictograph_names_nothing() -> None:
    assert is_junk_title("Events 📅")
    assert is_junk_title("📅 Termine")
    assert is_junk_title("Veranstaltungen 🗓️")
    assert not is_junk_title("Sommerfest 🎉")
    assert not is_junk_title("Auf ein Bier mit dem Galgenberg")


def test_a_series_name_after_the_dash_under_a_bare_list_heading() -> None:
    readings = readings_on(_termine("Events 📅"), date(2026, 4, 21))
    assert readings == [
        ("Auf ein Bier mit dem Galgenberg", "2026-05-08T19:00", None),
        ("Auf ein Bier mit dem Galgenberg", "2026-06-12T19:00", None),
        ("Auf ein Bier mit dem Galgenberg", "2026-07-10T19:00", None),
    ]


def test_a_named_heading_still_takes_the_rooms_after_the_dash() -> None:
    # the association's board meetings (held-out batch BR): the heading names the meetings, the
    # rooms after the dash are where they met
    html = (
        "<html><body><main><h1>Meeting Minutes</h1><h3>Board of Directors Meeting Minutes</h3>"
        "<p>12 April 2022 - Kosciusko Chamber of Commerce<br>"
        "8 February 2022 - Kosciusko Chamber of Commerce<br>"
        "14 July 2021 - Laurelwood Drive<br>20 February 2019 - Laurelwood Drive</p>"
        "</main></body></html>"
    )
    readings = readings_on(html, date(2022, 4, 27))
    assert {title for title, _, _ in readings} == {"Board of Directors Meeting"}
    assert [place for _, _, place in readings] == [
        "Kosciusko Chamber of Commerce",
        "Kosciusko Chamber of Commerce",
        "Laurelwood Drive",
        "Laurelwood Drive",
    ]


def test_the_neighbourhoods_evenings_on_the_page() -> None:
    readings = saved_page_readings("static-galgenberg-aalen-termine-2026-04")
    assert [title for title, _, _ in readings] == ["Auf ein Bier mit dem Galgenberg"] * 7
    assert [start for _, start, _ in readings] == [
        "2026-04-17T19:00",
        "2026-05-08T19:00",
        "2026-06-12T19:00",
        "2026-07-10T19:00",
        "2026-08-14T19:00",
        "2026-09-18T19:00",
        "2026-10-09T19:00",
    ]
