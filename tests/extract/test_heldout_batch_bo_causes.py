"""Held-out batch BO (English listings: a Ruby user group's meetings with its next meeting in a
side box, a church's elder meetings, a county commission on aging's yearly minutes pages, a
chamber choir's two season pages): each general cause it showed, on its real page and on a
minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.date_cues import TIME_LIKE, search_date_phrase
from netdir.extract.heading_item_name import item_name
from netdir.extract.place_lines import names_a_place
from tests.extract.realpage_inspect import inspect_corpus_page, readings_on

# --- „December 19, 2015 &mdash; 8pm“: an hour with its pm after a dash is the concert's ---


def test_an_hour_with_its_pm_after_a_dash_belongs_to_the_date_phrase() -> None:
    for text, phrase in [
        ("December 19, 2015 — 8pm", "December 19, 2015 — 8pm"),
        ("May 17-18, 2017 — 7pm", "May 17-18, 2017 — 7pm"),
        ("December 17, 2016 - 8 pm", "December 17, 2016 - 8 pm"),
        ("November 11, 2016 — 7:30pm", "November 11, 2016 — 7:30pm"),
    ]:
        match = search_date_phrase(text)
        assert match is not None and match.group(0) == phrase
    # a bare number after a dash is still a range's end, not a clock („3. März - 14.03.“), and
    # without the year before it an hour after a dash may end a span of hours
    match = search_date_phrase("3. März - 14.03.")
    assert match is not None and match.group(0) == "3. März"
    match = search_date_phrase("June 3 - 5pm")
    assert match is not None and match.group(0) == "June 3"


_SEASON = (
    "<html><head><title>Capital Chamber Choir: 2015-2016 Season</title></head><body>"
    "<h2>2015-2016 Season</h2><p>This season, the choir looks forward to new challenges.</p>"
    "<h3>A Little Night Music</h3><p>November 19-20, 2015 &mdash; 8pm<br />"
    "National Arts Centre, Southam Hall</p>"
    '<h3><a href="/2015/12/19/midwinter-waking.html">Midwinter Waking</a></h3>'
    "<p>December 19, 2015 &mdash; 8pm<br />St. Joseph's Church (174 Wilbrod Street, Ottawa)</p>"
    "<h3>In Paradisum</h3><p>May 1, 2016 &mdash; 3pm<br />"
    "St. Joseph's Church (174 Wilbrod Street, Ottawa)</p>"
    "</body></html>"
)


def test_each_concert_starts_at_the_hour_after_its_days_dash() -> None:
    starts = {title: start for title, start, _ in readings_on(_SEASON, date(2016, 9, 9))}
    assert starts == {
        "A Little Night Music": "2015-11-19T20:00",
        "Midwinter Waking": "2015-12-19T20:00",
        "In Paradisum": "2016-05-01T15:00",
    }


def test_real_page_the_choirs_concerts_start_at_their_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-capital-chamber-choir-concerts-2017-02")
    starts = {row["title"]: row["start"][:16] for row in rows}
    assert starts["Lux Beatissima"] == "2016-12-17T20:00"
    assert starts["Mozart’s Requiem"] == "2017-05-17T19:00"
    assert starts["Brahms' Requiem with the Ottawa Regional Youth Choir"] == "2016-11-11T19:30"


# --- „St. George's Cathedral, Kingston, ON“ below the day: a cathedral is a venue ---


def test_a_cathedral_chapel_or_synagogue_line_names_a_place() -> None:
    assert names_a_place("St. George's Cathedral, Kingston, ON")
    assert names_a_place("Rodef Shalom Synagogue")
    assert names_a_place("Harkness Chapel")
    assert not names_a_place("Royal Canadian College of Organists Annual Convention")


def test_real_page_the_convention_concert_is_in_the_cathedral(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-capital-chamber-choir-concerts-2016-09")
    places = {row["title"]: row["location"] for row in rows}
    assert places["Royal Canadian College of Organists Annual Convention"] == (
        "St. George's Cathedral, Kingston, ON"
    )
    assert places["Tears and Joy"] == "National Arts Centre, Southam Hall"


# --- „2023 Minutes“ over days that link to minutes: each day is a meeting of the body ---


def test_a_minutes_heading_names_each_row_a_meeting() -> None:
    assert item_name("2023 Minutes") == "Meeting"
    assert item_name("Minutes 2019") == "Meeting"
    assert item_name("Board Minutes") == "Board Meeting"
    assert item_name("Council Meeting Minutes") == "Council Meeting"
    assert item_name("Agendas and Minutes") == "Meeting"
    # a length of time, or a heading that names something else, stays as it is
    assert item_name("15 Minutes") == "15 Minutes"
    assert item_name("The Last Minutes") == "The Last Minutes"
    assert item_name("Minutes of Fame") == "Minutes of Fame"


_MINUTES = (
    "<html><head><title>Louisa County Commission on Aging</title></head><body>"
    '<section class="minutes"><h2>2023 Minutes</h2>'
    '<div><a href="minutes/Jan-4-23.pdf">January 4, 2023</a></div>'
    '<div><a href="minutes/Mar-2-23.pdf">March 2, 2023</a></div>'
    '<div><a href="minutes/Apr-5-23.pdf">April 5, 2023</a></div>'
    '<div><a href="minutes/May-3-23.pdf">May 3, 2023</a></div>'
    "</section></body></html>"
)


def test_the_days_under_a_minutes_heading_are_the_bodys_meetings() -> None:
    rows = readings_on(_MINUTES, date(2026, 6, 11))
    assert [(title, start) for title, start, _ in rows] == [
        ("Louisa County Commission on Aging meeting", "2023-01-04"),
        ("Louisa County Commission on Aging meeting", "2023-03-02"),
        ("Louisa County Commission on Aging meeting", "2023-04-05"),
        ("Louisa County Commission on Aging meeting", "2023-05-03"),
    ]


def test_real_page_the_commissions_minutes_days_are_its_meetings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "static-louisa-coa-minutes-2018")
    assert [row["start"][:10] for row in rows] == [
        "2018-02-06", "2018-03-07", "2018-04-11", "2018-05-02", "2018-08-01", "2018-10-02"
    ]  # fmt: skip
    assert {row["title"] for row in rows} == {"Louisa County Commission on Aging meeting"}


# --- <h4>09/05/2016</h4><h4><a>Name</a></h4><p>…</p>: a day heading over the name heading ---

_MEETINGS = "".join(
    f'<h4 class="meeting-date">{day}</h4>'
    f'<h4 class="meeting-title"><a href="/meetings/shrug-{n}">{name}</a></h4><p>{line}</p>'
    for day, n, name, line in [
        ("09/05/2016", 78, "Our experience using Ruby at The Floow", "How Ruby grew a startup"),
        ("18/04/2016", 77, "How to play at being a programmer", "Developers being childish?"),
        ("14/03/2016", 76, "Rubot Wars", "Ready for a friendly rubot fight?"),
        ("08/02/2016", 75, "ShRUG in the pub", "Drinks and a chat about all things techie"),
    ]
)


def test_a_day_heading_over_a_name_heading_of_the_same_rank_is_one_meeting() -> None:
    html = (
        "<html><head><title>Sheffield Ruby User Group</title></head><body>"
        f'<div class="meetings"><h2>2016</h2>{_MEETINGS}</div></body></html>'
    )
    rows = readings_on(html, date(2016, 6, 7))
    assert [(title, start) for title, start, _ in rows] == [
        ("Our experience using Ruby at The Floow", "2016-05-09"),
        ("How to play at being a programmer", "2016-04-18"),
        ("Rubot Wars", "2016-03-14"),
        ("ShRUG in the pub", "2016-02-08"),
    ]


def test_real_page_every_meeting_of_the_group_is_read_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-shrug-sheffield-ruby-meetings-2016-06")
    assert len(rows) == 18
    starts = {row["title"]: row["start"][:10] for row in rows}
    assert starts["New Year Learning Resolution Edition"] == "2015-01-12"
    assert starts["Introducing Elixir"] == "2015-03-09"
    # the side box „Past ShRUGs“ repeats the last ten; they stay one record each
    assert sum(row["title"] == "Rubot Wars" for row in rows) == 1


# --- „Next meeting:“ over the heading that names it, „Time: 6.00 to 9.00pm“ ---


def test_a_dotted_clock_with_its_pm_is_a_time() -> None:
    for text, clock in [("6.00 to 9.00pm", "9.00pm"), ("7.30 p.m.", "7.30 p.m."),
                        ("12.30am", "12.30am")]:  # fmt: skip
        match = TIME_LIKE.search(text)
        assert match is not None and match.group(0) == clock
    assert TIME_LIKE.search("21.01.") is None  # a day and a month, no clock


_NEXT = (
    "<html><head><title>Sheffield Ruby User Group</title></head><body>"
    '<div class="content"><div role="complementary" class="event"><h2>Next meeting:</h2>'
    '<h3><a href="/meetings/shrug-79">Sheffield Ruby in the (Beer) Garden</a></h3>'
    "<dl class='inline'><dt>Date:</dt><dd>13/06/2016</dd><dt>Location:</dt>"
    "<dd><a href='https://goo.gl/maps/x'>The Shakespeare and The Riverside</a>, Kelham Island, "
    "Sheffield</dd><dt>Time:</dt><dd>6.00 to 9.00pm</dd></dl></div>"
    f'<div role="main"><div class="meetings"><h2>2016</h2>{_MEETINGS}</div></div></div>'
    "</body></html>"
)


def test_the_next_meeting_box_is_named_by_the_heading_below_the_announcement() -> None:
    rows = readings_on(_NEXT, date(2016, 6, 7))
    coming = [row for row in rows if row[1].startswith("2016-06-13")]
    assert [(title, start) for title, start, _ in coming] == [
        ("Sheffield Ruby in the (Beer) Garden", "2016-06-13T18:00")
    ]
    assert "Kelham Island" in (coming[0][2] or "")
    assert "Next meeting:" not in {title for title, _, _ in rows}


def test_real_page_the_next_meeting_has_its_name_and_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-shrug-sheffield-ruby-meetings-2016-06")
    coming = [row for row in rows if row["start"].startswith("2016-06-13")]
    assert len(coming) == 1
    assert coming[0]["title"] == "Sheffield Ruby in the (Beer) Garden"
    assert coming[0]["start"][:16] == "2016-06-13T18:00"
    assert coming[0]["end"][:16] == "2016-06-13T21:00"
