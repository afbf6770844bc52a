"""Held-out batch BN (English listings: a developer user group's past meetings, a federal
programme's past events and its article of summits, road shows and trade shows, a physics software
foundation's workshop announcements, a housing co-op's meeting dates of two years, a football
club's fixture table): each general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.calendar_days import days_and_months
from netdir.extract.date_cues import search_date_phrase
from netdir.extract.heading_item_name import item_name
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import inspect_corpus_page, readings_on

# --- „Fixture Date | Opposition | Ground | Location Number“: the ground is the place ---

_FIXTURES = [
    ("26th September 2020", "New Barrack Tavern", "Hillsborough Arena", "2"),
    ("3rd October 2020", "Doncaster Vulcan", "Handsworth Grange", "1 (Home)"),
    ("10th October 2020", "Crookes Crusaders", "Herringthorpe Stadium", "3"),
    ("17th October 2020", "Carribbean Sports Club", "Firvale School 3G", "4"),
]


def _fixture_table(header: list[str]) -> str:
    head = "".join(f"<th>{label}</th>" for label in header)
    rows = "".join(
        "<tr>" + "".join(f"<th>{cell}</th>" for cell in row) + "</tr>" for row in _FIXTURES
    )
    return (
        f"<html><body><h2>Fixture list 20/21</h2><table><tr>{head}</tr>{rows}</table></body></html>"
    )


def test_a_fixture_tables_ground_column_is_the_place_and_its_marker_number_is_not() -> None:
    table = _fixture_table(["Fixture Date", "Opposition", "Ground", "Location Number"])
    rows = readings_on(table, date(2020, 9, 20))
    assert rows == [
        ("New Barrack Tavern", "2020-09-26", "Hillsborough Arena"),
        ("Doncaster Vulcan", "2020-10-03", "Handsworth Grange"),
        ("Crookes Crusaders", "2020-10-10", "Herringthorpe Stadium"),
        ("Carribbean Sports Club", "2020-10-17", "Firvale School 3G"),
    ]


def test_a_location_column_still_gives_the_place() -> None:
    table = _fixture_table(["Fixture Date", "Opposition", "Location", "Note"])
    places = [place for _, _, place in readings_on(table, date(2020, 9, 20))]
    assert places == ["Hillsborough Arena", "Handsworth Grange", "Herringthorpe Stadium",
                      "Firvale School 3G"]  # fmt: skip


def test_real_page_the_clubs_fixtures_are_played_on_their_grounds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "static-sheffield-trinity-fc-fixtures-2020-10")
    assert len(rows) == 19
    first = rows[0]
    assert (first["title"], first["start"][:10], first["location"]) == (
        "New Barrack Tavern", "2020-09-26", "Hillsborough Arena"
    )  # fmt: skip
    assert all(row["location"] and not row["location"][0].isdigit() for row in rows)


# --- „Meeting Dates 2024“ over „Weds, Feb 14th at 7.30pm, 397“ ---

_CO_OP = (
    "<html><head><title>Brighton Rock Housing Co-operative</title></head><body>"
    '<header><h1 class="display-3">Meeting Dates 2024</h1></header>'
    '<section><div class="text-container"><h class="dates">Meetings are held every month.</h>'
    '<p class="dates">Tues, Jan 16th at 7.30pm, 395</p>'
    '<p class="dates">Weds, Feb 14th at 7.30pm, 397</p>'
    '<p class="dates">Thurs, Mar 14th at 7.30pm, 399</p>'
    '<p class="dates">Tues, Apr 16th at 7.30pm, 395 (AGM)</p>'
    '<p class="dates">Weds, May 15th at 7.30pm, 397</p>'
    "</div></section></body></html>"
)


def test_weds_is_a_weekday_and_a_meeting_dates_heading_names_each_row_a_meeting() -> None:
    rows = readings_on(_CO_OP, date(2024, 1, 10))
    by_start = {start: title for title, start, _ in rows}
    assert by_start["2024-02-14T19:30"] == "Brighton Rock Housing Co-operative meeting"
    assert by_start["2024-05-15T19:30"] == "Brighton Rock Housing Co-operative meeting"
    assert by_start["2024-01-16T19:30"] == "Brighton Rock Housing Co-operative meeting"
    assert "Weds" not in by_start.values()


def test_a_singular_meeting_word_before_its_list_word_names_the_row() -> None:
    assert item_name("Meeting Dates 2024") == "Meeting"
    assert item_name("Board Meeting Schedule 2026") == "Board Meeting"
    assert item_name("Meeting Schedule") == "Meeting Schedule"  # no year: a name of its own
    assert item_name("2026 Council Meetings") == "Council Meeting"  # the plural, as before
    assert item_name("Training Dates 2024") == "Training Dates 2024"  # no meeting word


@pytest.mark.parametrize(
    "page_id",
    [
        "static-brighton-rock-coop-meeting-dates-2024-03",
        "static-brighton-rock-coop-meeting-dates-2023-07",
    ],
)
def test_real_page_every_monthly_meeting_is_the_co_ops(
    capsys: pytest.CaptureFixture[str], page_id: str
) -> None:
    rows = inspect_corpus_page(capsys, page_id)
    assert len(rows) == 12
    meetings = [row for row in rows if "(AGM)" not in row["title"]]
    assert {row["title"] for row in meetings} == {"Brighton Rock Housing Co-operative meeting"}
    assert all(row["start"][11:16] == "19:30" for row in rows)


# --- a Bootstrap blog's posts: „<h2>Name, Place, October 16-18, 2019</h2>“ over
#     „<p class="blog-post-meta">22 Jul 2019 by <a>Author</a></p>“ ---

_FILLER = (
    "The workshop will be a forum for the participants and the community at large to discuss "
    "developments of packages and tools, exchange experiences, and steer where the community "
    "needs and wants to go. There will be ample time for discussion."
)


def _post(heading: str, stamp: str, author: str, text: str) -> str:
    return (
        f'<div class="blog-post"><h2 class="blog-post-title"><a href="/events/{author}.html">'
        f'{heading}</a></h2><p class="blog-post-meta">{stamp} by <a href="/events/{author}.html">'
        f"{author}</a></p><p>{text}</p><p>{_FILLER}</p></div>"
    )


def _blog(posts: list[str]) -> str:
    return f'<html><body><div class="container"><div class="row">{"".join(posts)}</div></div></body></html>'


_HEADED_POSTS = [
    _post('PyHEP 2019 "Python in HEP" Workshop, U.K., October 16-18, 2019', "22 Jul 2019",
          "Eduardo Rodrigues", "PyHEP 2019 will be held in Abingdon from 16-18 October 2019."),
    _post("HEP Software Foundation WLCG Workshop, Naples, March 26-29 2018", "20 Dec 2017",
          "Graeme Stewart", "The HSF and WLCG will hold a joint workshop."),
    _post("First HSF Visualization Workshop, CERN, Mar 28-30 2017", "28 Mar 2017",
          "Riccardo Bianchi",
          "The workshop takes place from the <strong>28th to the 30th of March 2017</strong>, at "
          "CERN. A <strong>follow-up meeting</strong> will take place on <strong>Friday the 7th "
          "of April 2017</strong>, at CERN and remotely."),
]  # fmt: skip


def test_a_blog_posts_byline_stamp_leaves_the_post_to_its_headings_days() -> None:
    rows = readings_on(_blog(_HEADED_POSTS), date(2019, 8, 1))
    starts = {title.split(",")[0]: start for title, start, _ in rows if title}
    assert starts == {
        'PyHEP 2019 "Python in HEP" Workshop': "2019-10-16",
        "HEP Software Foundation WLCG Workshop": "2018-03-26",
        "First HSF Visualization Workshop": "2017-03-28",
    }
    assert not any(title in ("Eduardo Rodrigues", "Graeme Stewart") for title, _, _ in rows)


def test_english_days_compare_by_day_and_month_whichever_comes_first() -> None:
    assert days_and_months("October 16-18, 2019") == [(16, 10)]
    assert days_and_months("Mar 28-30 2017") == [(28, 3)]
    assert days_and_months("Fri Apr 17 2015") == [(17, 4)]
    assert days_and_months("on December 3rd at 3pm") == [(3, 12)]
    assert days_and_months("Sunday 12 May") == [(12, 5)]  # a weekday is no month
    assert days_and_months("Workshop 2019, June 19:00") == []


_UNDATED_HEADINGS = [
    _post("HSF Workshop 2016, Paris, May 2-4, 2016", "04 Mar 2016", "Michel Jouvin",
          "The HSF will hold its second workshop May 2-4 2016 at LAL in Orsay."),
    _post("Connecting The Dots / Intelligent Tracker 2017 Workshop", "06 Mar 2017",
          "David Rousseau",
          "The 2017 Connecting The Dots / Intelligent Tracker Workshop takes place from 6th to "
          "9th of March at LAL-Orsay (close to Paris). With the parallel progress in pattern "
          "recognition algorithms and microelectronic technology, the design and performance of "
          "tracking detectors is rooted in the interplay of hardware and software."),
    _post("1st Common Track Reconstruction Software Forum", "08 Nov 2015", "Benedikt Hegner",
          "We would like to invite you to the first Common Track Reconstruction Software Forum on "
          "December 3rd at 3pm GVA time."),
    _post("HSF meeting at CHEP 2015, Fri Apr 17 2015", "17 Apr 2015", "Torre Wenaus",
          "The CHEP 2015 organizers have agreed to include a meeting."),
]  # fmt: skip


def test_a_posts_yearless_day_takes_the_year_of_its_own_stamp() -> None:
    # (the heading above it, „HSF Workshop 2016, Paris, May 2-4, 2016“, is another post's)
    rows = readings_on(_blog(_UNDATED_HEADINGS), date(2023, 12, 23))
    starts = {title: start for title, start, _ in rows}
    assert starts["1st Common Track Reconstruction Software Forum"] == "2015-12-03T15:00"


def test_real_page_the_foundations_workshops_are_dated_by_their_headings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-hsf-events-2023-12")
    starts = {row["title"].split(",")[0]: row["start"][:16] for row in rows}
    assert starts['PyHEP 2019 "Python in HEP" Workshop'] == "2019-10-16"
    assert starts["First HSF Visualization Workshop"] == "2017-03-28"
    assert starts["1st Common Track Reconstruction Software Forum"] == "2015-12-03T15:00"
    assert starts["Software Technology R&D Forum - ReactiveX"] == "2017-03-09T17:00"
    assert not any(row["title"] in ("Eduardo Rodrigues", "Torre Wenaus") for row in rows)


# --- „<strong>Israel Innovation Conference</strong> - May 20, 2014 in Tel Aviv, Israel“ ---

_TRADE_SHOWS = (
    "<html><body><h2>Trade Shows</h2><p>Recent examples:</p><ul>"
    '<li><a href="/events/ife.html"><strong>International Franchise Expo</strong></a> - June '
    "18-20, 2015 in New York, NY</li>"
    '<li><a href="/events/car.html"><strong>CAR-Symposium</strong></a> - Febraury 4, 2015 in '
    "Bochum, Germany</li>"
    "<li><strong>BIO International Convention</strong> - June 25, 2014 in San Diego, CA</li>"
    "<li><strong>POWERGEN Europe</strong> - June 3-5, 2014 in Cologne, Germany</li>"
    "<li><strong>Israel Innovation Conference</strong> - May 20, 2014 in Tel Aviv, Israel</li>"
    "<li><strong>International Film &amp; TV Market</strong> - March 25, 2014 in Hong Kong, "
    "China</li></ul></body></html>"
)


def test_a_bold_name_a_dash_and_a_day_make_a_row_held_in_the_town_after_in() -> None:
    rows = readings_on(_TRADE_SHOWS, date(2016, 7, 15))
    assert rows == [
        ("International Franchise Expo", "2015-06-18", "New York, NY"),
        ("CAR-Symposium", "2015-02-04", "Bochum, Germany"),
        ("BIO International Convention", "2014-06-25", "San Diego, CA"),
        ("POWERGEN Europe", "2014-06-03", "Cologne, Germany"),
        ("Israel Innovation Conference", "2014-05-20", "Tel Aviv, Israel"),
        ("International Film & TV Market", "2014-03-25", "Hong Kong, China"),
    ]


def test_febraury_is_a_misspelt_february() -> None:
    found = search_date_phrase("CAR-Symposium - Febraury 4, 2015 in Bochum")
    assert found is not None and found.group(0) == "Febraury 4, 2015"
    assert parse_when("Febraury 4, 2015", today=date(2016, 1, 1)).start == "2015-02-04"


def test_real_page_the_programmes_trade_shows_and_past_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-selectusa-past-events-2016-07")
    by_key = {(row["title"], row["start"][:10]): row.get("location") for row in rows}
    assert by_key[("Israel Innovation Conference", "2014-05-20")] == "Tel Aviv, Israel"
    assert by_key[("CAR-Symposium", "2015-02-04")] == "Bochum, Germany"
    assert by_key[("Offshore Technology Conference", "2015-05-04")] == "Houston, TX"
    assert by_key[("UKTI Event", "2016-06-21")] == "London, UK"
    assert len(rows) >= 42


# --- „<p><strong>29th October 2014</strong><br />Joint event with <a>AppChat</a></p>“ ---

_MEETINGS = (
    '<html><body><article><h1>Meetings</h1><div class="post-content">'
    "<p>Details of our past meetings are below.</p>"
    "<p><strong>17th December 2014</strong><br />Xamarin Re-Evolved and porting</p>"
    "<p><strong>26th November 2014</strong><br />A look at preparing for Windows 10</p>"
    '<p><strong>29th October 2014</strong><br />Joint event with <a href="http://appchat.us/">'
    "AppChat</a></p>"
    "<p><strong>25th September 2014</strong><br />Universal Experiences</p>"
    "</div></article></body></html>"
)


def test_a_rows_only_link_after_joint_event_with_names_the_partner_not_the_row() -> None:
    rows = readings_on(_MEETINGS, date(2025, 7, 16))
    assert ("Joint event with AppChat", "2014-10-29", None) in rows
    assert not any(title == "AppChat" for title, _, _ in rows)


def test_real_page_the_user_groups_joint_evening_keeps_its_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-minima-winappsldn-meetings-2025-07")
    assert len(rows) == 36
    by_day = {row["start"][:10]: row["title"] for row in rows}
    assert by_day["2014-10-29"] == "Joint event with AppChat"
    assert by_day["2018-12-04"] == "Microsoft Connect(); Viewing Party (with Azure UG)"
