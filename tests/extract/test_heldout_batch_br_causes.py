"""Held-out batch BR (English listings: a university security club's meeting index, a student
ACM chapter's minutes and events, a mathematics seminar series' home and schedule, a
homeowners' association's meeting minutes, a PhD students' group's meetings archive): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.week_labels import without_week_label
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- „Week 14: Supply Chain Attacks & Policy“: the term's week says when, not what ---


def test_a_term_week_label_is_no_part_of_the_name() -> None:
    assert without_week_label("Week 14 : Supply Chain Attacks & Policy") == (
        "Supply Chain Attacks & Policy"
    )
    assert without_week_label("Week 05: Blockchain") == "Blockchain"
    assert without_week_label("Woche 3 – Einführung in Git") == "Einführung in Git"
    # a numbered workshop is named with its number; a week's label over nothing stays
    assert without_week_label("Workshop 4: Digital Humanities") == "Workshop 4: Digital Humanities"
    assert without_week_label("Week 5: 1/2") == "Week 5: 1/2"
    assert without_week_label("Fashion Week 2025: Opening") == "Fashion Week 2025: Opening"


_WEEK_ROWS = """<html><head><title>Meetings | Club</title></head><body><h1>Meetings</h1>
<ul>
<li><div><span class="font-mono">2024-04-25</span>
<a href="/meetings/sp2024/2024-04-25/"><span><span class="font-mono">Week <!-- -->14</span>:
<!-- -->Supply Chain Attacks &amp; Policy</span></a></div></li>
<li><div><span class="font-mono">2024-04-11</span>
<a href="/meetings/sp2024/2024-04-11/"><span><span class="font-mono">Week <!-- -->12</span>:
<!-- -->Symbolic Execution</span></a></div></li>
<li><div><span class="font-mono">2024-03-21</span>
<a href="/meetings/sp2024/2024-03-21/"><span><span class="font-mono">Week <!-- -->09</span>:
<!-- -->Block and Stream Ciphers</span></a></div></li>
</ul></body></html>"""


def test_rows_named_after_their_term_week_are_named_by_what_follows() -> None:
    assert readings_on(_WEEK_ROWS, date(2024, 8, 4)) == [
        ("Supply Chain Attacks & Policy", "2024-04-25", None),
        ("Symbolic Execution", "2024-04-11", None),
        ("Block and Stream Ciphers", "2024-03-21", None),
    ]


def test_real_page_the_clubs_meeting_index() -> None:
    rows = saved_page_readings("gatsby-sigpwny-meetings-2024-08")
    assert len(rows) == 20
    assert rows[0] == ("MPC (Multi-Party Computation)", "2024-04-28", None)
    assert rows[13] == ("PWN IV - ROP", "2024-02-15", None)
    assert not any(title and title.startswith("Week") for title, _, _ in rows)


# --- „2022-03-31 · 17:00 UTC-3“: the clock's zone is the clock's, no place ---

_ZONED_CARDS = """<html><head><title>Seminar</title></head><body><h1>Schedule</h1>
<div class="row"><div class="col"><img alt="Yulia Petrova" src="/yp.jpg"></div>
<div class="col"><h2><a href="/t/1.html">Small ball probabilities</a></h2>
<h3>2022-03-17 &middot; 17:00 UTC-3</h3><p><a href="/t/1.html">Abstract</a></p></div></div>
<div class="row"><div class="col"><img alt="Zoraida Fernandez" src="/zf.jpg"></div>
<div class="col"><h2><a href="/t/2.html">Geodesics on surfaces</a></h2>
<h3>2022-03-31 &middot; 17:00 UTC-3</h3><p><a href="/t/2.html">Abstract</a></p></div></div>
<div class="row"><div class="col"><img alt="Claudia Duarte" src="/cd.jpg"></div>
<div class="col"><h2><a href="/t/3.html">Free boundary problems</a></h2>
<h3>2022-04-14 &middot; 17:00 UTC-3</h3><p><a href="/t/3.html">Abstract</a></p></div></div>
</body></html>"""


def test_a_clock_with_its_time_zone_after_the_day_is_the_time() -> None:
    assert readings_on(_ZONED_CARDS, date(2022, 2, 22)) == [
        ("Small ball probabilities", "2022-03-17T17:00", None),
        ("Geodesics on surfaces", "2022-03-31T17:00", None),
        ("Free boundary problems", "2022-04-14T17:00", None),
    ]


def test_a_place_after_the_day_is_still_read() -> None:
    placed = _ZONED_CARDS.replace("17:00 UTC-3", "Lecture Hall 3")
    places = [place for _, _, place in readings_on(placed, date(2022, 2, 22))]
    assert places == ["Lecture Hall 3"] * 3


def test_real_page_the_seminar_schedule() -> None:
    assert saved_page_readings("jekyll-women-impa-seminar-schedule-2022-03") == [
        ("Zoraida Fernandez · IMPA", "2022-03-31T17:00", None),
        ("Small ball probabilities for Gaussian Processes", "2022-03-17T17:00", None),
    ]


# --- „<li>CS Bonfire<ul><li>November 2nd</li>…“ in a meeting's minutes: the bonfire's day ---

_MINUTES = """<html><head><title>Meeting Minutes</title></head><body>
<article><h1>Meeting Minutes</h1><div class="main">
<h1><a href="/2019/02/Linux-Install-Party">Linux Install Party!</a></h1>
<p>Feb 4, 2019</p><h3>Topic</h3><p>A introduction to Linux</p>
<p><a href="/2019/02/Linux-Install-Party">more…</a></p>
<h1><a href="/2019/01/Spring-Welcome">Welcome Back, Spring 2019</a></h1>
<p>Jan 28, 2019</p><h3>Topic</h3><p>A welcome back, informational meeting</p>
<p><a href="/2019/01/Spring-Welcome">more…</a></p>
<h1><a href="/2018/11/Intro-to-git">Intro to Git</a></h1>
<p>Nov 12, 2018</p><h3>Topic: Introduction to Git</h3>
<p><a href="/2018/11/Intro-to-git">more…</a></p>
<h1><a href="/2018/10/Python-Concurrency">Python Concurrency</a></h1>
<p>Oct 15, 2018</p>
<h2>Upcoming Events</h2>
<ul><li>Mock Interviews<ul><li>October 28</li><li>Sign up on website</li></ul></li>
<li>CS Bonfire<ul><li>November 2</li><li>carpool at sub 7pm</li></ul></li></ul>
<h2>Topic: Python Concurrency</h2>
<p><a href="/2018/10/Python-Concurrency">more…</a></p>
<h1><a href="/2018/10/Classes-for-Spring">Classes for Spring 2019</a></h1>
<p>Oct 8, 2018</p>
<h3>Announcements</h3>
<ul><li>CS Bonfire<ul><li>November 2nd</li><li>Beck's house</li></ul></li>
<li>Robocode<ul><li>November 10th</li></ul></li>
<li>Next meeting<ul><li>October 15th</li><li>Python concurrency</li></ul></li></ul>
<h3>Topic: Classes</h3>
<p><a href="/2018/10/Classes-for-Spring">more…</a></p>
<h1><a href="/2018/09/Resume-Building">Resume Tips</a></h1>
<p>Sep 17, 2018</p><h3>Topic: resumes</h3>
<p><a href="/2018/09/Resume-Building">more…</a></p>
</div></article></body></html>"""


def test_days_nested_under_other_items_are_theirs_not_the_meetings() -> None:
    assert [(title, start) for title, start, _ in readings_on(_MINUTES, date(2019, 3, 28))] == [
        ("Linux Install Party!", "2019-02-04"),
        ("Welcome Back, Spring 2019", "2019-01-28"),
        ("Intro to Git", "2018-11-12"),
        ("Python Concurrency", "2018-10-15"),
        ("Classes for Spring 2019", "2018-10-08"),
        ("Resume Tips", "2018-09-17"),
    ]


_FLEA_MARKET = """<html><head><title>Märkte</title></head><body>
<div class="box"><h2>Flohmarkt Fritz-Schäffer-Straße</h2><p>Parkplatz am Stadion</p>
<ul><li>Sa.03.02.2018</li><li>Sa.10.02.2018</li><li>Sa.17.02.2018</li></ul></div>
<div class="box"><h2>Flohmarkt am Rathaus</h2><p>Rathausplatz</p>
<ul><li>Sa.24.02.2018</li><li>Sa.03.03.2018</li><li>Sa.10.03.2018</li></ul></div>
</body></html>"""


def test_a_list_of_the_blocks_own_days_still_gives_one_offering_a_day() -> None:
    starts = [start for _, start, _ in readings_on(_FLEA_MARKET, date(2018, 1, 20))]
    assert starts == [
        "2018-02-03",
        "2018-02-10",
        "2018-02-17",
        "2018-02-24",
        "2018-03-03",
        "2018-03-10",
    ]


def test_real_page_the_chapters_meeting_minutes() -> None:
    rows = saved_page_readings("jekyll-truman-acm-meeting-minutes-2019-03")
    assert [(title, start) for title, start, _ in rows] == [
        ("Linux Install Party!", "2019-02-04"),
        ("Welcome Back, Spring 2019", "2019-01-28"),
        ("Intro to Git", "2018-11-12"),
        ("Robocode Info", "2018-11-05"),
        ("Python Concurrency", "2018-10-15"),
        ("Classes for Spring 2019", "2018-10-08"),
        ("Resume Tips", "2018-09-17"),
        ("Jordan Butler’s Wrist Game", "2018-04-30"),
        ("Dr. Bindner’s Bitcoin Presentation", "2018-04-23"),
    ]


# --- „March 2022 - Kosciusko Chamber of Commerce“ among dated lines: a month is no day ---

_BOARD_LINES = """<html><head><title>Meeting Minutes</title></head><body>
<main class="container"><h1>Meeting Minutes</h1>
<h3>Board of Directors Meeting Minutes</h3>
<p>12 April 2022 - Kosciusko Chamber of Commerce<br>
March 2022 - Kosciusko Chamber of Commerce<br>
February 2022 - Kosciusko Chamber of Commerce<br>
14 July 2021 - Laurelwood Drive<br>
26 March 2019<br>
20 February 2019 - Laurelwood Drive</p>
</main></body></html>"""


def test_lines_of_a_month_alone_give_no_meeting() -> None:
    assert [start for _, start, _ in readings_on(_BOARD_LINES, date(2022, 4, 27))] == [
        "2022-04-12",
        "2021-07-14",
        "2019-03-26",
        "2019-02-20",
    ]


def test_real_page_the_associations_board_meetings() -> None:
    rows = saved_page_readings("bootstrap-parkridge-hoa-meeting-minutes-2022-04")
    board = [start for title, start, _ in rows if title == "Board of Directors Meeting"]
    assert board == ["2022-04-12", "2021-07-14", "2019-03-26", "2019-02-20", "2018-08-16"]


# --- „<span class="post-meta">Aug 26, 2025</span> <a href="/meetings/2025/08/26/…">“ ---

_MEETING_POSTS = """<html><head><title>Meetings | NYC PACT</title></head><body>
<main><ul class="page-segments-list"><h2 class="segment-name">2025</h2>
<li><span class="post-meta">Aug 26, 2025</span> <span><a class="post-link"
href="/meetings/2025/08/26/pact-meeting.html">Fall 2025<span class="post-badges"><span
class="post-badge badge-top">TOP</span><span class="post-badge badge-new">NEW</span></span></a>
</span></li>
<li><span class="post-meta">Jul 15, 2025</span> <span><a class="post-link"
href="/meetings/2025/07/15/pact-meeting.html">Summer 2025<span class="post-badges"><span
class="post-badge badge-new">NEW</span></span></a></span></li>
<li><span class="post-meta">Jul 01, 2025</span> <span><a class="post-link"
href="/meetings/2025/07/01/pact-meeting.html">Summer 2025</a></span></li>
</ul></main></body></html>"""


def test_a_meetings_collection_post_is_the_meeting_of_its_day() -> None:
    assert readings_on(_MEETING_POSTS, date(2025, 9, 25)) == [
        ("Fall 2025", "2025-08-26", None),
        ("Summer 2025", "2025-07-15", None),
        ("Summer 2025", "2025-07-01", None),
    ]


def test_a_blogs_posts_keep_their_stamps_as_publication_days() -> None:
    # the same rows filed as blog posts: when they went up, no meeting
    blog = _MEETING_POSTS.replace("/meetings/", "/blog/").replace("Meetings |", "Blog |")
    assert readings_on(blog, date(2025, 9, 25)) == []


def test_real_page_the_groups_meetings_archive() -> None:
    assert saved_page_readings("jekyll-nycpact-meetings-2025-09") == [
        ("Fall 2025", "2025-08-26", None),
        ("Summer 2025", "2025-07-15", None),
        ("Summer 2025", "2025-07-01", None),
        ("Summer 2025", "2025-06-17", None),
    ]


# --- „Fall 2025<span class="post-badges">TOP NEW</span>“: badges mark the row, no name ---

_BADGED_ROWS = """<html><head><title>Events</title></head><body><h1>Upcoming events</h1><ul>
<li><span class="date">March 12, 2026</span> <a href="/e/1">Spring Concert<span
class="badge badge-new">NEW</span></a></li>
<li><span class="date">March 19, 2026</span> <a href="/e/2">Open Mic Night<span
class="badge">SOLD OUT</span></a></li>
<li><span class="date">March 26, 2026</span> <a href="/e/3">Poetry Reading</a></li>
</ul></body></html>"""


def test_badges_inside_a_title_link_are_no_part_of_the_name() -> None:
    assert [title for title, _, _ in readings_on(_BADGED_ROWS, date(2026, 3, 1))] == [
        "Spring Concert",
        "Open Mic Night",
        "Poetry Reading",
    ]


# --- „2018 Annual Residents Meeting Agenda - April 10 - First Christian Church“ ---

_ANNUAL_LINES = """<html><head><title>Meeting Minutes</title></head><body>
<main class="container"><h1>Meeting Minutes</h1>
<h3>Annual Residents Meeting</h3>
<p>2019 Annual Residents Meeting Notice<br>
2018 Annual Residents Meeting Agenda - April 10 - First Christian Church<br>
2016 Annual Residents Meeting Minutes - March 29 - First Christian Church<br>
2016 Annual Residents Meeting Agenda - March 29 - First Christian Church<br>
2014 Annual Residents Meeting Agenda - April 21 - First Christian Church<br>
2010 Annual Residents Meeting Minutes - February 09</p>
</main></body></html>"""


def test_a_line_that_opens_with_its_year_dates_its_day_in_that_year() -> None:
    assert [
        (title, start) for title, start, _ in readings_on(_ANNUAL_LINES, date(2022, 4, 27))
    ] == [
        ("2018 Annual Residents Meeting", "2018-04-10"),
        ("2016 Annual Residents Meeting", "2016-03-29"),  # its minutes and its agenda: one
        ("2014 Annual Residents Meeting", "2014-04-21"),
        ("2010 Annual Residents Meeting", "2010-02-09"),
    ]


def test_real_page_the_associations_annual_meetings() -> None:
    rows = saved_page_readings("bootstrap-parkridge-hoa-meeting-minutes-2022-04")
    annual = [(title, start) for title, start, _ in rows if title and "Annual" in title]
    assert annual == [
        ("2018 Annual Residents Meeting", "2018-04-10"),
        ("2016 Annual Residents Meeting", "2016-03-29"),
        ("2014 Annual Residents Meeting", "2014-04-21"),
        ("2013 Annual Residents Meeting", "2013-02-04"),
        ("2011 Annual Residents Meeting", "2011-11-07"),
        ("2010 Annual Residents Meeting", "2010-02-09"),
    ]


_EVENT_POSTS = """<html><head><title>Events | HSF</title></head><body><h1>Events</h1>
<div class="blog-post"><h2 class="blog-post-title"><a href="/events/2015/01/21/SLAC.html">HSF
Workshop at SLAC</a></h2><p class="blog-post-meta">21 Jan 2015 by <a
href="/events/2015/01/21/SLAC.html">Torre Wenaus</a></p><p>The HSF had a workshop at SLAC in
January 2015, Tue 20 - Wed 21, with discussions continuing on Thu 22.</p></div>
<div class="blog-post"><h2 class="blog-post-title"><a href="/events/2014/10/10/kickoff.html">HSF
kick-off meeting</a></h2><p class="blog-post-meta">10 Oct 2014 by <a
href="/events/2014/10/10/kickoff.html">Torre Wenaus</a></p><p>The kick-off meeting was held at
CERN on April 3-4, 2014.</p></div>
</body></html>"""


def test_a_byline_over_an_events_post_stays_its_publication_day() -> None:
    starts = [start for _, start, _ in readings_on(_EVENT_POSTS, date(2015, 6, 1))]
    assert "2015-01-21" not in starts and "2014-10-10" not in starts
