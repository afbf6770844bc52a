"""Held-out batch BD (English listings: a venue's concert table, Ticketfly's month grid and
list view, TicketMob, two Hugo club pages): each general cause it showed, on its real page and
on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.billing_lines import act_after_billing
from netdir.extract.context import PageContext
from netdir.extract.lead_sentence import page_name
from netdir.extract.microformats import extract_microformats
from netdir.extract.noon_day_stamps import shown_clock_of_midnight
from netdir.extract.place_lines import where_of_a_when_where_line, with_the_town_below
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_FOX = "apeconcerts-fox-oakland-calendar-2016-01"
_RICKSHAW = "ticketfly-rickshawstop-calendar-2016-01"
_WOODTURNERS = "hugo-poison-srwoodturners-meeting-dates-2025-01"
_CHORALIERS = "hugo-ananke-cupertino-choraliers-summer-schedule-2019-07"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/calendar/")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


# --- a list of bare days under a heading inside their own box names the site's meetings ---

_BARE_DAYS = """<html><head><title>Riverside Quilters - Meeting Dates</title></head><body>
<aside><h1>Riverside Quilters</h1><ul><li><a href="/">Home</a></li>
<li><a href="/meeting-dates/">Meeting Dates</a></li><li><a href="/contact/">Contact</a></li></ul>
</aside>
<main><div class="post"><div class="info"><h1 class="post-title">Meeting Dates</h1>
<time datetime="2025-01-07">January 7, 2025</time></div>
<p>Saturday, January 18, 2025 – 10:00 am</p>
<p>Saturday, February 15, 2025 – 10:00 am</p>
<p>Saturday, March 15, 2025- 10:00 am</p>
<p>Saturday, April 19, 2025 – 10:00 am</p>
<p>Saturday, To be announced – 10:00 am</p>
</div></main></body></html>"""


def test_bare_day_paragraphs_under_the_box_heading_are_the_sites_meetings() -> None:
    records = _records(_BARE_DAYS, date(2025, 1, 7))
    assert [(title, start[:16] if start else None) for title, start, _ in records] == [
        ("Riverside Quilters meeting", "2025-01-18T10:00"),
        ("Riverside Quilters meeting", "2025-02-15T10:00"),
        ("Riverside Quilters meeting", "2025-03-15T10:00"),
        ("Riverside Quilters meeting", "2025-04-19T10:00"),
    ]


def test_paragraphs_that_name_their_events_keep_their_own_names() -> None:
    # Rows that say what happens are no bare days: the heading in their box does not name them.
    html = _BARE_DAYS.replace(" – 10:00 am</p>", " – 10:00 am Quilting bee</p>")
    titles = {title for title, _, _ in _records(html, date(2025, 1, 7))}
    assert "Riverside Quilters meeting" not in titles


def test_a_meeting_dates_part_of_the_document_title_names_only_the_list() -> None:
    assert page_name("Savannah River Woodturners - Meeting Dates") == "Savannah River Woodturners"
    assert page_name("Events Calendar | Hobart Makers") == "Hobart Makers"
    assert page_name("Board Meeting Minutes | Town of Fine") == "Town of Fine"


def test_the_woodturners_meeting_dates_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _WOODTURNERS)
    assert len(rows) == 11
    assert {row["title"] for row in rows} == {"Savannah River Woodturners meeting"}
    assert [row["start"][:16] for row in rows[:2]] == ["2024-01-20T09:00", "2024-02-17T09:00"]
    assert rows[4]["start"][:16] == "2024-05-18T09:00"  # „May 18, 2024- 9:00 am“


# --- a day cell's midnight stamp is no start; several shows in one cell are several events ---

_GRID = """<html><body><table><tr><td colspan="7"><h3 class="month">February</h3></td></tr>
<tr><td class="data Thursday vevent"><h5 class="date dtstart"><span class="value-title"
 title="2016-02-11T00:00:00-08:00"></span>Thu 2/11</h5>
<div class="one-event"><h1 class="headliners summary"><a href="/event/1">DOWN DIRTY SHAKE</a></h1>
<h3 class="start-time">8:00 pm</h3></div></td>
<td class="data Friday vevent"><h5 class="date dtstart"><span class="value-title"
 title="2016-02-12T00:00:00-08:00"></span>Fri 2/12</h5>
<div class="one-event"><h1 class="headliners summary"><a href="/event/2">YOUNG GALAXY</a></h1>
<h3 class="start-time">9:00 pm</h3></div>
<div class="one-event"><h1 class="headliners summary"><a href="/event/3">LET'S DANCE</a></h1>
<h3 class="start-time">10:00 pm</h3></div></td></tr></table></body></html>"""


def test_a_grid_cells_shows_each_at_its_own_clock() -> None:
    records = _records(_GRID, date(2016, 1, 24))
    assert sorted((title, start[:16] if start else None) for title, start, _ in records) == [
        ("DOWN DIRTY SHAKE", "2016-02-11T20:00"),
        ("LET'S DANCE", "2016-02-12T22:00"),
        ("YOUNG GALAXY", "2016-02-12T21:00"),
    ]


def test_the_hcalendar_reader_splits_a_day_cell_into_its_shows() -> None:
    page = page_from_text(_GRID, "https://example.org/calendar/")
    records = extract_microformats(LexborHTMLParser(_GRID), PageContext.of(page, None))
    assert [(r.title, r.start) for r in records] == [
        ("DOWN DIRTY SHAKE", "2016-02-11T20:00-08:00"),
        ("YOUNG GALAXY", "2016-02-12T21:00-08:00"),
        ("LET'S DANCE", "2016-02-12T22:00-08:00"),
    ]


def test_a_midnight_stamp_takes_the_clock_its_box_shows() -> None:
    box = LexborHTMLParser("<div><h5>Mon 1/25</h5><h3>8:00 pm</h3></div>").css_first("div")
    assert box is not None
    assert shown_clock_of_midnight(box, "2016-01-25T00:00:00-08:00") == "2016-01-25T20:00-08:00"
    assert shown_clock_of_midnight(box, "2016-01-25T20:30:00-08:00") is None  # a real start
    quiet = LexborHTMLParser("<div><h5>Mon 1/25</h5><p>Sold out</p></div>").css_first("div")
    assert quiet is not None
    assert shown_clock_of_midnight(quiet, "2016-01-25T00:00:00-08:00") is None


def test_the_rickshaw_stop_grid(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _RICKSHAW)
    starts = {row["title"]: row["start"][:16] for row in rows}
    assert starts["PWR BTTM"] == "2016-01-25T20:00"
    assert starts["BEYONCE VS RIHANNA (tribute night)"] == "2016-01-29T21:30"
    assert starts["YOUNG GALAXY"] == "2016-02-12T21:00"
    assert starts["LET'S DANCE - A DAVID BOWIE TRIBUTE PARTY w/ QUEEN BITCH"] == "2016-02-12T21:00"
    assert starts["COCKBLOCK"] == "2016-02-13T22:00"  # „10:00 pm“, not ten in the morning
    assert len(rows) == 15


# --- a show's link that opens with its billing line is named by the act ---


@pytest.mark.parametrize(
    ("markup", "act"),
    [
        ("<i>Two Nights!</i><br/>The Devil Makes Three", "The Devil Makes Three"),
        ("<i>An Evening With</i><br/>STS9", "STS9"),
        (
            "<i>UnderCover presents</i><br/>A Tribute to Green Day's Dookie",
            "A Tribute to Green Day's Dookie",
        ),
        ("<i> T R A P S O U L Tour </i><br/>Bryson Tiller", "Bryson Tiller"),
        ("<i>The EFFEN Golden Pass: Golden Anniversary Concert</i><br/>50 Cent", None),
        ("Dr. Dog", None),
    ],
)
def test_the_act_under_a_billing_line(markup: str, act: str | None) -> None:
    link = LexborHTMLParser(f'<a href="/show">{markup}</a>').css_first("a")
    assert link is not None
    assert act_after_billing(link) == act


def test_the_fox_calendar_names_the_acts(capsys: pytest.CaptureFixture[str]) -> None:
    titles = [row["title"] for row in inspect_corpus_page(capsys, _FOX)]
    assert titles[:3] == ["The Devil Makes Three", "Bryson Tiller", "STS9"]
    assert "A Tribute to Green Day's Dookie" in titles
    assert any(title.startswith("The EFFEN Golden Pass") for title in titles)


# --- a US address on two lines: the street and the town line under it ---


def test_a_us_street_line_takes_the_town_line_below() -> None:
    assert where_of_a_when_where_line("197 E Fremont Ave") == "197 E Fremont Ave"
    assert where_of_a_when_where_line("1039 E El Camino Real") == "1039 E El Camino Real"
    assert with_the_town_below("197 E Fremont Ave", "Sunnyvale, CA 94087") == (
        "197 E Fremont Ave, Sunnyvale, CA 94087"
    )
    assert with_the_town_below("197 E Fremont Ave", "Map") == "197 E Fremont Ave"
    assert where_of_a_when_where_line("Cedar Crest Nursing and Rehabilitation") is None


def test_the_choraliers_performances_have_their_addresses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    places = {row["title"]: row["location"] for row in inspect_corpus_page(capsys, _CHORALIERS)}
    assert places["Cedar Crest Nursing and Rehabilitation"] == (
        "197 E Fremont Ave, Sunnyvale, CA 94087"
    )
    assert places["Belmont Village Senior Living Sunnyvale"] == (
        "1039 E El Camino Real, Sunnyvale, CA 94087"
    )
