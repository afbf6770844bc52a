"""Held-out batch CD (English listings: a county Master Gardeners' hand-written calendar, a
Chinese-American chorus's events page, an R user group's upcoming meetings, a bioinformatics
group's meetings table): each general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import saved_page_spans, spans_on

# --- „March 2024“ over „Thursday, March 28<br>RCMGA Meeting at Highland Rim 7PM to 9PM“ ---

_CALENDAR = """<html><head><title>Club Calendar</title></head><body>
<u><b>March 2024</b></u><br><br>
Sunday, March 3, 1 to 3<br>&emsp;<i>Blueberry Pruning<br>&emsp;Highland Rim</i><br><br>
Friday, March 15, 9 to 12 <br>&emsp;<i>Tree Day (bundling trees) <br>&emsp;UT-Extension Office
<br>&emsp;Springfield, TN <br><br></i>
Thursday, March 28 <br>&emsp;<i>Club Meeting at Highland Rim 7PM to 9PM</i><br><br>
<u><b>April 2024</b></u><br><br>
Saturday, April 20 <br>&emsp;<i>Plant Sale at UT Extension Office 8AM to 2PM</i><br>
We will tour the garden at 9AM.<br><br>
Thursday, April 25 <br>&emsp;<i>County Meeting - Highland Rim - 7:00pm</i><br><br>
<u><b>May 2024</b></u><br><br>No Monthly Meeting<br>
</body></html>"""


def test_day_lines_under_month_headings_are_named_by_the_line_below() -> None:
    assert spans_on(_CALENDAR, date(2024, 2, 28)) == [
        ("Blueberry Pruning", "2024-03-03T13:00", "2024-03-03T15:00", "Highland Rim"),
        (
            "Tree Day (bundling trees)",
            "2024-03-15T09:00",
            "2024-03-15T12:00",
            "UT-Extension Office, Springfield, TN",
        ),
        ("Club Meeting", "2024-03-28T19:00", "2024-03-28T21:00", "Highland Rim"),
        ("Plant Sale", "2024-04-20T08:00", "2024-04-20T14:00", "UT Extension Office"),
        ("County Meeting", "2024-04-25T19:00", None, "Highland Rim"),
    ]


def test_day_lines_need_a_month_heading_for_their_year() -> None:
    no_heading = _CALENDAR.replace("<u><b>March 2024</b></u>", "").replace(
        "<u><b>April 2024</b></u>", ""
    )
    spans = spans_on(no_heading, date(2024, 2, 28))
    assert ("Club Meeting", "2024-03-28T19:00", "2024-03-28T21:00", "Highland Rim") not in spans


def test_real_calendar_each_day_line_named_timed_and_placed() -> None:
    spans = saved_page_spans("static-rcmga-calendar-2024-02")
    assert len(spans) == 16
    assert spans[0] == ("Blueberry Pruning", "2024-03-03T13:00", "2024-03-03T15:00", "Highland Rim")
    assert ("RCMGA Meeting", "2024-10-24T19:00", "2024-10-24T21:00", "Highland Rim") in spans
    assert (
        "Barn Quilt Making Class",
        "2024-08-10T09:00",
        "2024-08-10T15:00",
        "Highland Rim - Downstairs Room",
    ) in spans
    later = saved_page_spans("static-rcmga-calendar-2024-04")
    assert (
        "Picnic and Monthly Meeting",
        "2024-05-18T16:00",
        None,
        "Beth Hannabas' home 215 North Main St. Springfield, TN",
    ) in later
    assert ("Cross Plains Trash and Treasures", "2024-06-28", "2024-06-29", None) in later
    assert saved_page_spans("static-rcmga-calendar-2025-03")[1] == (
        "Master Gardener County Meeting",
        "2025-04-24T19:00",
        None,
        "Highland Rim",
    )


# --- „noon“ alone in a table's Time cell ---

_TABLE = """<html><body><h1>Meetings</h1><table><thead><tr><th>Meeting Title</th><th>Date</th>
<th>Time</th><th>Location</th></tr></thead><tbody>
<tr><td><a href="/a">Interest Meeting</a></td><td>February 6th, 2018</td><td>noon</td><td>N716</td></tr>
<tr><td><a href="/b">Smith Seminar</a></td><td>March 28, 2018</td><td>1 PM</td><td>CW106</td></tr>
<tr><td><a href="/c">Huang Seminar</a></td><td>March 26th, 2019</td><td>1 PM</td><td>N318</td></tr>
</tbody></table></body></html>"""


def test_noon_in_a_time_cell_is_twelve_o_clock() -> None:
    spans = spans_on(_TABLE, date(2018, 1, 9))
    assert spans[0] == ("Interest Meeting", "2018-02-06T12:00", None, "N716")


def test_real_table_noon_row_timed() -> None:
    spans = saved_page_spans("hugo-ummc-bioinfo-collab-meetings-2019-03")
    assert spans[0][:2] == ("Bioinformatics Collaborative Interest Meeting", "2018-02-06T12:00")


# --- a chorus's events: day row, name row (maybe under a Chinese line), photo, place row ---

_CHORUS = """<html><head><title>Chorus</title></head><body><table>
<tr><td><p align="center"><b>Upcoming Events</b></p></td></tr>
<tr><td><p align="center"><font size="2">November 3, 2018</font></p></td></tr>
<tr><td><p align="center">合唱团2018年11月3日音乐朗诵会</p>
<p align="center">Chinese Poetry and Music Festival at Tufts University</p></td></tr>
<tr><td><p align="center"><font size="2">June 28 - June 30 2018</font></p></td></tr>
<tr><td><p align="center"><b>Budapest Music Festival</b></p></td></tr>
<tr><td><p align="center"><img src="b.png"></p></td></tr>
<tr><td><p align="center">Budapest, Hungary</p></td></tr>
<tr><td><p align="center"><font size="2">October 11 2015</font></p></td></tr>
<tr><td><p align="center"><b>2015 波士顿千人黄河大合唱</b></p></td></tr>
<tr><td><p align="center">Boston University Agganis Arena, Boston, MA</p></td></tr>
<tr><td><p align="center"><b>2012 World Choral Festival of Adults and Seniors</b></p></td></tr>
<tr><td><p align="center"><font size="2">Dec 3 - 5, 2012, Vienna, Austria</font></p></td></tr>
<tr><td><p align="center">The Golden Hall of Musikverein, Musikvereinsplatz 1, 1010 Vienna, Austria</p>
</td></tr></table></body></html>"""


def test_day_rows_named_below_in_the_pages_script_and_placed_by_the_row_after() -> None:
    spans = spans_on(_CHORUS, date(2021, 2, 26))
    assert [(title, start, place) for title, start, _, place in spans] == [
        ("Chinese Poetry and Music Festival at Tufts University", "2018-11-03", None),
        ("Budapest Music Festival", "2018-06-28", "Budapest, Hungary"),
        ("2015 波士顿千人黄河大合唱", "2015-10-11", "Boston University Agganis Arena, Boston, MA"),
        (
            "2012 World Choral Festival of Adults and Seniors",
            "2012-12-03",
            "The Golden Hall of Musikverein, Musikvereinsplatz 1, 1010 Vienna, Austria",
        ),
    ]


def test_real_chorus_page_names_and_places() -> None:
    spans = saved_page_spans("frontpage-behc-chorus-events-2021-02")
    assert spans[0][0] == "Chinese Poetry and Music Festival at Tufts University"
    assert (
        "Fundy Sound Choral Festival",
        "2016-06-27",
        "2016-07-01",
        "Saint John, New Brunswick, Canada",
    ) in spans
    assert spans[-1][0] == "2012 World Choral Festival of Adults and Seniors"
    assert spans[-1][3].startswith("The Golden Hall of Musikverein")


# --- a table „Meeting Details“ of Date / Time / Location rows under a month heading ---

_DETAILS = """<html><head><title>Upcoming Events</title>
<link rel="alternate" type="application/rss+xml" title="Lakeside R Group" href="/feed.xml"></head>
<body><article class="post-content"><h1>Upcoming Presentations</h1>{months}</article></body></html>"""
_MONTH = """<h3>{month} 2022</h3><table><thead><tr><th>Meeting Details</th><th> </th></tr></thead>
<tbody><tr><td><strong>Date</strong></td><td>{month} {day}, 2022</td></tr>
<tr><td><strong>Time</strong></td><td>18:00</td></tr>
<tr><td><strong>Location</strong></td><td>Hall 107</td></tr>
<tr><td> </td><td>401 Main St, Lakeside, MI 49504</td></tr>
<tr><td><strong>Parking</strong></td><td>Lot B</td></tr></tbody></table>{talk}"""
_TALK = "<h3>Mixed Models in Practice</h3><p>How we fit them.</p><p>Presenter: A. B.</p>"


def test_a_details_table_is_named_by_its_talk_or_as_the_groups_meeting() -> None:
    months = "".join(
        _MONTH.format(month=month, day=day, talk=talk)
        for month, day, talk in (("June", 14, _TALK), ("July", 12, ""), ("August", 9, ""))
    )
    spans = spans_on(_DETAILS.format(months=months), date(2022, 5, 29))
    place = "Hall 107, 401 Main St, Lakeside, MI 49504"
    assert spans == [
        ("Mixed Models in Practice", "2022-06-14T18:00", None, place),
        ("Lakeside R Group meeting", "2022-07-12T18:00", None, place),
        ("Lakeside R Group meeting", "2022-08-09T18:00", None, place),
    ]


def test_real_upcoming_page_names_each_meeting() -> None:
    spans = saved_page_spans("jekyll-wmrug-upcoming-2022-06")
    assert [title for title, *_ in spans] == [
        "Visualizations for Non-trivial Linear Models",
        "West Michigan R User Group meeting",
        "West Michigan R User Group meeting",
    ]
    assert spans[0][3] == (
        "DeVos 107D, Grand Valley State University: Pew Campus, 401 Fulton St W, "
        "Grand Rapids, MI 49504"
    )
