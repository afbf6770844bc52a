"""Held-out batch CA (English listings: a township's meeting tables per body and year, a parish
council's meetings grid and events table, a walking charity's news page, a coding group's classes,
a township's home page): each general cause it showed, on its real page and on a minimal
snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.all_meetings import place_for_all
from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- the same yearless row under two year headings is two meetings ---

_YEAR_TABLES = """<html><body><h1>Meetings</h1>
<div id="b2023"><h2>2023 Board Meetings</h2><table><thead><tr><th>Date</th><th>Agenda</th></tr>
</thead><tbody>
<tr><th scope="row">September 12th</th><td><a href="/a1.pdf">Agenda</a></td></tr>
<tr><th scope="row">October 10th</th><td><a href="/a2.pdf">Agenda</a></td></tr>
<tr><th scope="row">November 14th</th><td><a href="/a3.pdf">Agenda</a></td></tr>
</tbody></table></div>
<div id="b2022"><h2>2022 Board Meetings</h2><table><thead><tr><th>Date</th><th>Agenda</th></tr>
</thead><tbody>
<tr><th scope="row">September 13th</th><td><a href="/b1.pdf">Agenda</a></td></tr>
<tr><th scope="row">October 10th</th><td><a href="/b2.pdf">Agenda</a></td></tr>
<tr><th scope="row">November 9th</th><td><a href="/b3.pdf">Agenda</a></td></tr>
</tbody></table></div></body></html>"""


def test_the_same_yearless_row_under_two_year_headings_is_two_meetings() -> None:
    # „October 10th“ of 2022 was taken for a repeat of the 2023 row and dropped.
    starts = [start for _, start, _ in readings_on(_YEAR_TABLES, date(2024, 1, 6))]
    assert "2023-10-10" in starts
    assert "2022-10-10" in starts
    assert len(starts) == 6


def test_real_page_every_row_of_each_years_table_is_read() -> None:
    readings = saved_page_readings("static-lincoln-township-mi-meetings-2024-01")
    starts = [start for _, start, _ in readings]
    assert len(readings) == 55
    assert "2022-10-10T19:00" in starts  # the board's October 10th of 2022 (2023 has one too)
    assert "2023-11-07T18:30" in starts  # the commission's November 7th of 2023 (and of 2024)


# --- the hour and hall a framed table's lead states, each table its own ---

_LEADS = """<html><body><div class="container">
<div id="bm"><h1>2024 Board Meetings</h1>
<p class="lead">Meetings are held on the <strong>2nd Tuesday</strong> of each month at the
<a href="https://maps.example/x"><strong>Lincoln Township Hall.</strong></a> Meetings begin at
<em>7:00pm Unless otherwise specified</em></p>
<div class="box-shadow"><table class="table"><thead><tr><th>Date</th><th>Agenda</th><th>Minutes</th>
</tr></thead><tbody>
<tr><th scope="row">January 9th</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
<tr><th scope="row">February 13th</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
<tr><th scope="row">March 12th</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
<tr><th scope="row">March 26th<br><small>Special Meeting <u>6:00pm</u></small></th>
<td><button class="btn">View</button></td><td><button class="btn">View</button></td></tr>
</tbody></table></div></div>
<div id="pm"><h1>2024 Planning Commission Meetings</h1>
<p class="lead">Meetings are held at the <strong>Lincoln Township Hall.</strong> Meetings begin at
<em>6:30pm Unless otherwise specified</em></p>
<div class="box-shadow"><table class="table"><thead><tr><th>Date</th><th>Agenda</th><th>Minutes</th>
</tr></thead><tbody>
<tr><th scope="row">January 2nd</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
<tr><th scope="row">March 5th</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
<tr><th scope="row">May 7th</th><td><button class="btn">View</button></td>
<td><button class="btn">View</button></td></tr>
</tbody></table></div></div></div></body></html>"""


def test_each_tables_lead_times_and_places_its_own_meetings() -> None:
    # The lead stands beside the box that frames the table, not beside the table; the planning
    # commission's rows took the board's hour; the buttons' „View“ was read as the hall.
    readings = {start: place for _, start, place in readings_on(_LEADS, date(2024, 1, 6))}
    assert readings["2024-01-09T19:00"] == "Lincoln Township Hall"
    assert readings["2024-03-26T18:00"] == "Lincoln Township Hall"  # its own hour kept
    assert readings["2024-01-02T18:30"] == "Lincoln Township Hall"
    assert readings["2024-05-07T18:30"] == "Lincoln Township Hall"
    assert "View" not in readings.values()


def test_a_meetings_note_line_in_the_date_cell_names_it_without_its_hour() -> None:
    # „March 26th<br><small>Special Meeting <u>6:00pm</u></small>“: the note names the meeting,
    # its hour is the date's.
    titles = {start: title for title, start, _ in readings_on(_LEADS, date(2024, 1, 6))}
    assert titles["2024-03-26T18:00"] == "Special Meeting"


def test_a_german_line_keeps_its_labelled_clock_for_the_readers_after_it() -> None:
    # „Halbfinale Bundespokal Elite in Naurod, Beginn 18:00 Uhr“: cutting the clock left
    # „Beginn“ behind and the town was no longer read out of the line.
    readings = saved_page_readings("webbaukasten-rsv-kissing-termine-radball")
    assert ("Halbfinale Bundespokal Elite", "2026-03-28T18:00", "Naurod") in readings


def test_meetings_held_on_a_day_at_a_hall_name_the_hall() -> None:
    text = "Meetings are held on the 2nd Tuesday of each month at the Lincoln Township Hall."
    assert place_for_all(text) == "Lincoln Township Hall"
    # no venue named after „at“: no place
    assert place_for_all("Meetings are held on Tuesdays at the discretion of the chair.") is None


def test_real_page_each_body_meets_at_its_own_hour_in_the_hall() -> None:
    readings = saved_page_readings("static-lincoln-township-mi-meetings-2024-01")
    by_start = {start: (title, place) for title, start, place in readings}
    assert by_start["2024-01-09T19:00"] == ("Board Meeting", "Lincoln Township Hall")
    assert by_start["2024-01-02T18:30"][1] == "Lincoln Township Hall"  # the commission's 6:30pm
    assert "2022-03-22T18:00" in by_start  # the special meeting at its own 6:00pm
    assert all(place == "Lincoln Township Hall" for _, _, place in readings)


# --- a year's meetings as a grid of months and meeting columns ---

_GRID = """<html><body><table><tr><td><p align="center"><strong><big>Parish Council Meetings</big>
<br><font size="6">20</font><font size="6">14</font></strong></p>
<div align="center"><table>
<tr><td><u>Month</u></td><td><u>Monday Committee</u></td><td><u>Wednesday Council</u></td></tr>
<tr><td>January</td><td>6th</td><td>8th</td></tr>
<tr><td>February</td><td>10th</td><td>12th</td></tr>
<tr><td>March</td><td>10th</td><td>12th</td></tr>
<tr><td>April</td><td>7th</td><td>9th</td></tr>
<tr><td>May</td><td>12th</td><td>14th</td></tr>
<tr><td>May</td><td><strong>(Annual Parish Meeting)</strong></td><td>21st</td></tr>
<tr><td>June</td><td>9th</td><td>11th</td></tr>
</table></div></td></tr></table></body></html>"""


def test_a_grid_of_months_and_meeting_columns_gives_each_meeting() -> None:
    readings = readings_on(_GRID, date(2014, 3, 20))
    assert readings[:2] == [
        ("Committee meeting", "2014-01-06", None),
        ("Council meeting", "2014-01-08", None),
    ]
    assert ("Annual Parish Meeting", "2014-05-21", None) in readings
    assert len(readings) == 13


def test_a_grid_whose_weekdays_do_not_fit_the_year_is_left_alone() -> None:
    # The same days under „2015“: no Monday 6 January that year, so the year is doubtful — the
    # year before or after fits (2014), and no meeting is dated 2015.
    readings = readings_on(_GRID.replace(">14<", ">15<"), date(2015, 3, 20))
    assert all(not (start or "").startswith("2015") for _, start, _ in readings)


def test_real_page_the_parish_councils_meetings_of_2014() -> None:
    readings = saved_page_readings("frontpage-south-cerney-parish-meetings-2014")
    assert len(readings) == 25
    assert ("Committee meeting", "2014-12-08", None) in readings
    assert ("Council meeting", "2014-12-10", None) in readings
    assert ("Annual Parish Meeting", "2014-05-21", None) in readings


# --- a morning clock alone in a time column ---

_TIMES = """<html><body><h1>Events Calendar</h1><table border="1">
<tr><td><strong>Date</strong></td><td><strong>Place</strong></td><td><strong>Time</strong></td>
<td><strong>Event</strong></td></tr>
<tr><td>22 Mar 14</td><td>All Hallows Church</td><td>6.00 pm</td><td>Fashion Show</td></tr>
<tr><td>30 Mar 14</td><td>All Hallows Church</td><td>10.00 am</td><td>Mothering Sunday Service</td></tr>
<tr><td>13 Apr 14</td><td>Meet by bridge</td><td>9.45 am</td><td>Palm Sunday procession</td></tr>
<tr><td>26 Apr 14</td><td>United Church</td><td>9.30 am</td><td>Coffeepot</td></tr>
</table></body></html>"""


def test_a_morning_clock_alone_under_time_is_the_rows_hour() -> None:
    # „9.45 am“ apart from its figure could be the German „am“ before a day elsewhere; alone in a
    # cell under „Time“ it is the morning's clock.
    starts = {title: start for title, start, _ in readings_on(_TIMES, date(2014, 3, 20))}
    assert starts["Mothering Sunday Service"] == "2014-03-30T10:00"
    assert starts["Palm Sunday procession"] == "2014-04-13T09:45"
    assert starts["Coffeepot"] == "2014-04-26T09:30"
    assert starts["Fashion Show"] == "2014-03-22T18:00"


def test_real_page_the_villages_morning_events_keep_their_hours() -> None:
    readings = saved_page_readings("frontpage-south-cerney-events-2014-03")
    starts = {start for _, start, _ in readings}
    assert "2014-03-30T10:00" in starts
    assert "2014-12-20T09:30" in starts
    assert "2014-06-14T10:00" in starts


# --- lines of one element, each a name with its day in brackets ---

_BRACKETED = """<html><body><main><h1>North Star Township</h1>
<div class="features"><div class="feature"><h2>Township Board</h2><p>The board holds monthly public
meetings.</p></div><div class="feature"><h2>Recycling Center</h2><p>Open during business hours.</p>
</div></div>
<div class="custom-block warning"><p class="custom-block-title">Upcoming Events</p>
<p><strong>June Board Meeting (Monday, June 21 2021 @ 6:30pm)</strong> <br>
<strong>July Board Meeting (Monday, July 19 2021 @ 6:30pm)</strong> <br>
<strong>Recycling Center Hours (Saturday, 9:00am - 12:00pm)</strong><br></p></div>
</main></body></html>"""


def test_bracketed_day_lines_are_one_event_each() -> None:
    # The page was read as one event named by the last feature heading; the Saturday opening
    # hours name no day and are no event.
    assert readings_on(_BRACKETED, date(2021, 6, 20)) == [
        ("June Board Meeting", "2021-06-21T18:30", None),
        ("July Board Meeting", "2021-07-19T18:30", None),
    ]


def test_one_bracketed_day_line_is_no_list() -> None:
    html = _BRACKETED.replace(
        "<strong>July Board Meeting (Monday, July 19 2021 @ 6:30pm)</strong> <br>", ""
    )
    titles = [title for title, _, _ in readings_on(html, date(2021, 6, 20))]
    assert "July Board Meeting" not in titles
    assert len(titles) <= 1


def test_real_page_the_townships_upcoming_meetings() -> None:
    readings = saved_page_readings("vuepress-northstar-township-home-2021-06")
    assert ("June Board Meeting", "2021-06-21T18:30", None) in readings
    assert ("July Board Meeting", "2021-07-19T18:30", None) in readings
    assert all(title != "Recycling Center" for title, _, _ in readings)


# --- a meeting held via a video service is there ---

_VIA_ZOOM = """<html><body><main><article><h1>News and events</h1><div class="content">
<h2 id="a">Area Council meeting</h2><p>Will be held on 10 March via Zoom.</p>
<h2 id="b">Annual General Meeting 2026</h2><p>Was held at 2:00pm on Saturday 14th February 2026.</p>
<p>Crosfield Hall, Broadwater Road, Romsey, SO51 8GL</p>
<h2 id="c">Walk leaders' training</h2><p>On 21 March, Zoom link to follow.</p>
</div></article></main></body></html>"""


def test_a_meeting_held_via_zoom_is_on_zoom() -> None:
    places = {title: place for title, _, place in readings_on(_VIA_ZOOM, date(2026, 3, 1))}
    assert places["Area Council meeting"] == "Zoom"
    assert places["Walk leaders' training"] != "Zoom"  # a link to follow says no place


def test_real_page_the_area_council_meets_on_zoom() -> None:
    readings = saved_page_readings("hugo-hampshire-ramblers-news-events-2026-03")
    assert ("Area Council meeting", "2026-03-10", "Zoom") in readings


# --- a line that only says where to read more is no offering ---


def test_a_pointer_to_a_website_names_nothing() -> None:
    assert is_junk_title("For details see www.southcerneystreetfair.org.uk")
    assert is_junk_title("details see www.southcerneystreetfair.org.uk")
    assert is_junk_title("More information at https://example.org/fair")
    assert not is_junk_title("Details: Summer Fair")


def test_real_page_the_street_fairs_pointer_row_is_no_record() -> None:
    titles = [
        title or "" for title, _, _ in saved_page_readings("frontpage-south-cerney-events-2014-03")
    ]
    assert not any("details see" in title for title in titles)
