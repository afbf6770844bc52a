"""Held-out structured batch CB: the general causes it showed, minimal snippets and the real pages.

Batch CB: Modern Events Calendar on two static copies of WordPress sites — the European
Permaculture Convergence 2021's tile calendar in English and German and one of its sessions, the
Santa Monica Tennis Club's „Live Ball“ list and one of its events.
"""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import readings_on, saved_page_readings

EUPC_TILES = "mec-tile-eupc-calendar-2021-10"
EUPC_KACHELN = "mec-tile-eupc-kalender-de-2021-10"


# --- 1. A month's heading gives its year to every tile, past the tiles' own name headings ----


def _tile(day: int, title: str) -> str:
    # One tile as MEC's tile view draws it: the day and month, the clock, the name as an <h4>.
    return (
        f'<div class="col-md-3"><article class="mec-event-article mec-tile-item">'
        f'<div class="event-tile-view-head"><div class="mec-event-month">'
        f'<span class="mec-start-date-label">{day} Oct</span></div>'
        f'<div class="mec-event-time">6:00 pm</div></div>'
        f'<div class="mec-event-content"><h4 class="mec-event-title">'
        f'<a href="/program/{title.lower().replace(" ", "-")}/">{title}</a></h4></div>'
        f"</article></div>"
    )


_NAMES = ["Start", "Gardens", "Communities", "Care", "Film Night", "Economy", "Youth", "Farming"]
_TILES = (
    '<html><body><main><div class="mec-calendar-header"><h2>October 2021</h2></div>'
    '<div class="mec-event-tile-view"><div class="row">'
    + "".join(_tile(day, name) for day, name in enumerate(_NAMES, start=8))
    + "</div></div></main></body></html>"
)


def test_every_tile_below_the_month_heading_takes_its_year() -> None:
    # Before: from the seventh tile on, the six name headings of the tiles before stood between
    # the tile and „October 2021“; the search for the year gave up and „14 Oct“ went to the
    # October after the page's day (2022).
    readings = readings_on(_TILES, date(2022, 7, 15))
    assert [(title, start) for title, start, _ in readings] == [
        (name, f"2021-10-{day:02d}T18:00") for day, name in enumerate(_NAMES, start=8)
    ]


def _box(year_heading: str, day: str, month: str, title: str) -> str:
    # A year's boxes as a Jekyll site draws them: the year heading inside the first box only.
    return (
        f'<div class="schedule-event">{year_heading}<div class="schedule-event-block">'
        f'<div class="schedule-date"><span>{day}.</span> <br><span>{month}</span></div>'
        f'<div class="schedule-time">10:00-12:00 Uhr</div><div class="schedule-desc">'
        f'<a href="/veranstaltungen/{title.lower()}/"><h3>{title}</h3>'
        f"<p>Ein Workshop.</p></a></div></div></div>"
    )


def test_a_year_heading_inside_the_first_box_still_dates_the_boxes_after_it() -> None:
    # Passing over the earlier boxes' own headings keeps „<h4>2022</h4>“: a heading of only a
    # year opening the first box heads the year's boxes, it names no card.
    page = (
        '<html><body><h2>Veranstaltungen</h2><div class="schedule-wrapper">'
        + _box('<h4 class="year">2022</h4>', "09", "Dec", "QGIS")
        + _box("", "29", "Apr", "Lunch")
        + _box("", "12", "Mar", "Datenlabor")
        + "</div></body></html>"
    )
    readings = readings_on(page, date(2023, 1, 15))
    assert [start for _, start, _ in readings] == [
        "2022-12-09T10:00",
        "2022-04-29T10:00",
        "2022-03-12T10:00",
    ]


def test_real_eupc_tile_calendar_keeps_october_2021() -> None:
    # Before: 6 of 23 sessions right; the seventeen from „10 Oct, 6:00 pm“ on read in 2022.
    readings = saved_page_readings(EUPC_TILES)
    assert len(readings) == 23
    assert {start[:7] for _, start, _ in readings if start} == {"2021-10"}
    assert ("What next with Permaculture", "2021-10-17T18:00", None) in readings


def test_real_german_tile_calendar_keeps_october_2021_and_its_shown_titles() -> None:
    # The German copy: „Oktober 2021“, „16 Okt“; two tiles translated („Landschaften heilen“)
    # while their JSON-LD keeps the English names. Before: 6 of 23, as the English page.
    readings = saved_page_readings(EUPC_KACHELN)
    assert len(readings) == 23
    assert {start[:7] for _, start, _ in readings if start} == {"2021-10"}
    assert ("Landschaften heilen", "2021-10-16T18:00", None) in readings
