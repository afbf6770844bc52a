"""Leftovers of earlier batches (session 52): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.inline_text import visible_line, visible_text
from tests.extract.realpage_inspect import PAGES, readings_on, saved_page_readings

# Cause: a list whose titles end in a town and its country („Evangelisation Priekule, Lettland“,
# „Evangelisation Jūrmalciems, Lettland“) shares the country after different names, and the
# country alone was taken for the place and cut off the title. A country alone is nowhere a
# reader goes: the town before it is where, and the title keeps both.

MARCH_2022 = date(2022, 3, 1)


def _tour(*lines: str) -> str:
    items = "".join(
        f'<div class="termine__item"><strong>{day}:</strong>&nbsp;{what}</div>'
        for day, what in lines
    )
    return f'<html><body><h1>Termine</h1><div class="termine__list">{items}</div></body></html>'


def test_a_town_before_a_shared_country_is_the_place_and_stays_in_the_title() -> None:
    page = _tour(
        ("13.03.2022", "Gottesdienst Uetze 11:00 Uhr"),
        ("10.04.2022", "Evangelisation Priekule, Lettland"),
        ("11.04.2022", "Evangelisation Priekule, Lettland"),
        ("13.04.2022", "Evangelisation Jūrmalciems, Lettland"),
    )
    records = readings_on(page, MARCH_2022)
    assert (
        "Evangelisation Priekule, Lettland",
        "2022-04-10",
        "Priekule, Lettland",
    ) in records
    assert (
        "Evangelisation Jūrmalciems, Lettland",
        "2022-04-13",
        "Jūrmalciems, Lettland",
    ) in records


def test_a_name_set_off_from_its_town_and_country_by_commas_keeps_its_split() -> None:
    # „Kirchenkonzert, Contz-les-Bains, Frankreich“: the town has its own comma part.
    page = _tour(
        ("10.04.2022", "Kirchenkonzert, Contz-les-Bains, Frankreich"),
        ("11.04.2022", "Gottesdienst, Riga, Lettland"),
        ("12.04.2022", "Chorkonzert, Liepaja, Lettland"),
    )
    records = readings_on(page, MARCH_2022)
    assert ("Kirchenkonzert", "2022-04-10", "Contz-les-Bains, Frankreich") in records
    assert ("Gottesdienst", "2022-04-11", "Riga, Lettland") in records


def test_the_missions_tour_in_latvia() -> None:
    records = saved_page_readings("jekyll-amadeusvadonis-termine-2022-03")
    tour = [r for r in records if r[0] and "Lettland" in r[0]]
    assert len(tour) == 5
    assert all(place in ("Priekule, Lettland", "Jūrmalciems, Lettland") for _, _, place in tour)
    assert ("Evangelisation Priekule, Lettland", "2022-04-10", "Priekule, Lettland") in tour


# Cause: an event page whose day's paragraph says the event is held online („Das ganze wird am
# 7. und 8. August stattfinden. Und zwar online.“, „… gibt es heute 19:00 eine online Q&A …“)
# and names no venue had no place: a reader knows where it is — online.

JUNE_2020 = date(2020, 6, 30)


def _post(paragraph: str) -> str:
    return (
        "<html><body><article><h1>Eine kleine OpenBike-Konferenz</h1>"
        '<p class="byline">30. Juni 2020</p>'
        f"<p>{paragraph}</p><p>Anmeldung per Mail.</p></article></body></html>"
    )


def test_a_day_paragraph_saying_online_gives_the_place() -> None:
    page = _post(
        "Wir wollen alle zusammenbringen. Das ganze wird am <strong>7. und 8. August 2020</strong>"
        " stattfinden. Und zwar <strong>online</strong>."
    )
    assert [place for _, _, place in readings_on(page, JUNE_2020)] == ["online"]
    named = _post("Am 20. August 2020 um 19:00 gibt es eine online Q&amp;A zu OpenBike.")
    assert [place for _, _, place in readings_on(named, JUNE_2020)] == ["online"]


def test_signing_up_online_is_no_place() -> None:
    page = _post(
        "Das ganze wird am <strong>7. und 8. August 2020</strong> stattfinden. Eine"
        " Online-Anmeldung ist nötig, Tickets gibt es online."
    )
    assert [place for _, _, place in readings_on(page, JUNE_2020)] == [None]


def test_the_bikesharing_projects_online_meetings() -> None:
    assert [
        place for _, _, place in saved_page_readings("jekyll-stadtulm-zda-openbike-qa-2020")
    ] == ["online"]
    conference = saved_page_readings("jekyll-stadtulm-zda-openbike-minikonferenz-2020")
    assert [(start, place) for _, start, place in conference] == [("2020-08-07", "online")]


# Cause: a meeting index dates each row by a badge („JAN 13 2026“) and tells only in the row's
# summary how long the session ran: „Two-hour study session (6:01-8:04 PM) on the …“. A bracket
# of the row's prose that holds a span of hours and nothing else is when it ran.

JUNE_2026 = date(2026, 6, 1)


def _meetings(*summaries: str) -> str:
    rows = "".join(
        f'<div class="meeting-row"><a href="/meetings/2026-01-{day}/" class="meeting-date">'
        f'<span class="m">JAN</span> <span class="d">{day}</span> <span class="y">2026</span></a>'
        f'<div class="meeting-body"><span class="meeting-title">Topic {day}</span>'
        f'<p class="meeting-summary">{summary}</p></div></div>'
        for day, summary in zip(("13", "20", "27"), summaries, strict=True)
    )
    return (
        f'<html><body><h1>Board meetings</h1><div class="meeting-list">{rows}</div></body></html>'
    )


def test_a_bracketed_span_of_hours_in_the_rows_summary_times_it() -> None:
    page = _meetings(
        "Two-hour study session (6:01-8:04 PM) on the budget plan. Public comments followed.",
        "Special closed session at the PAL Center (8:25 AM - 4:33 PM) for interviews.",
        "Regular meeting. The board heard three reports.",
    )
    starts = [start for _, start, _ in readings_on(page, JUNE_2026)]
    assert starts == ["2026-01-13T18:01", "2026-01-20T08:25", "2026-01-27"]


def test_two_bracketed_spans_are_a_programme_not_the_rows_hours() -> None:
    page = _meetings(
        "Workshop (9:00-12:00 AM) and panel (2:00-4:00 PM).",
        "Regular meeting.",
        "Regular meeting again.",
    )
    assert next(start for _, start, _ in readings_on(page, JUNE_2026)) == "2026-01-13"


def test_the_school_boards_sessions_that_say_their_hours() -> None:
    records = saved_page_readings("static-rcsd-board-meetings-2026-06")
    timed = sorted(start for _, start, _ in records if start and "T" in start)
    assert timed == ["2025-11-21T17:00", "2025-12-13T08:25", "2026-01-13T18:01"]


# Cause: „<span class="imUl">P</span>rotokoll“ — a site builder underlines a link's first letter
# (an access key) in a marked span — read „P rotokoll“: a marked inline element is a hook the
# style sheet may lay out apart, but one capital with the word running on in small letters right
# after it is one word whatever the mark does.


def _text_of(html: str) -> str:
    node = LexborHTMLParser(html).css_first("p")
    assert node is not None
    return visible_text(node)


def test_a_marked_capital_opening_a_word_runs_on() -> None:
    assert (
        _text_of('<p><a href="p.pdf"><span class="imUl">P</span>rotokoll Herbst 2017</a></p>')
        == "Protokoll Herbst 2017"
    )
    # a badge's marked pieces still stand apart
    assert _text_of('<p><b class="day">03</b><i class="month">Okt</i></p>') == "03 Okt"
    assert _text_of('<p><span class="month">Okt</span>ober</p>') == "Okt ober"


def test_the_cooks_archive_links_read_whole_words() -> None:
    html = (PAGES / "koeche-bw-landesverbandstagungen.html").read_text(encoding="utf-8")
    links = [visible_line(a) for a in LexborHTMLParser(html).css("a.imCssLink")]
    protocols = [text for text in links if "rotokoll" in text]
    assert "Protokoll Herbst 2017" in protocols
    assert not [text for text in protocols if "P rotokoll" in text]


# Cause: a parent council's „Next PAC meeting“ cards — a day badge, an eyebrow „Next PAC
# meeting“, the heading „Next PAC meeting: Wednesday, November 18“, the meta line „7:00 pm ·
# School Library or online“. The eyebrow after the badge recurs on every card, and was taken for
# a column of venues; it only says again what the heading opens with. The meta line's place was
# not read: its clock has „pm“, and „or online“ says how else one may join, not where.

OCTOBER_2026 = date(2026, 10, 3)


def _cards(meta: str) -> str:
    cards = "".join(
        f'<article class="scoreboard"><div class="date"><span>{month}</span> <span>{day}</span>'
        '</div><div class="body"><p class="eyebrow">Next PAC meeting</p>'
        f'<h2><span class="vh">Next PAC meeting: </span><time datetime="2026-{num}-{day}T19:00">'
        f"Wednesday, {name} {day}</time></h2>"
        f'<p class="meta">{meta}</p><p class="note">Everyone is welcome.</p></div></article>'
        for month, name, num, day in (
            ("Oct", "October", "10", "14"),
            ("Nov", "November", "11", "18"),
            ("Dec", "December", "12", "09"),
            ("Jan", "January", "01", "13"),
        )
    )
    return f"<html><body><h1>Meetings</h1><div class='upcoming'>{cards}</div></body></html>"


def test_an_eyebrow_repeating_the_headings_opening_is_no_venue() -> None:
    places = {
        place
        for _, _, place in readings_on(_cards("7:00 pm · School Library or online"), OCTOBER_2026)
    }
    assert places == {"School Library"}
    places = {place for _, _, place in readings_on(_cards("Everyone welcome"), OCTOBER_2026)}
    assert places == {None}


def test_a_meta_lines_place_after_hours_with_pm() -> None:
    places = {place for _, _, place in readings_on(_cards("7 pm · Room 101 Annex"), OCTOBER_2026)}
    assert places != {"Next PAC meeting"}
    places = {place for _, _, place in readings_on(_cards("7:00 p.m. · Gymnasium"), OCTOBER_2026)}
    assert places == {"Gymnasium"}


def test_the_parent_councils_next_meeting_cards() -> None:
    records = saved_page_readings("static-mcroberts-pac-meetings-2026-10")
    later = [place for _, start, place in records if start and start > "2026-10-15"]
    assert later == ["School Library"] * 5


# Cause: a board's meeting index heads each row „<a class="meeting-type">Study Session</a><span
# class="meeting-title">Strategic Budget Reductions Plan</span>“: the topic is what the meeting
# took up, the type which meeting it was — a reader names the row by both.


def _typed_rows(*rows: tuple[str, str]) -> str:
    body = "".join(
        f'<div class="meeting-row"><a href="/m/2026-01-{day}/" class="meeting-date">'
        f"<span>JAN</span> <span>{day}</span> <span>2026</span></a>"
        f'<div class="meeting-header"><a href="/m/2026-01-{day}/" class="meeting-type">{kind}</a>'
        f'<span class="meeting-title">{topic}</span><span class="duration">1h 10m</span></div>'
        "</div>"
        for day, (kind, topic) in zip(("13", "20", "27"), rows, strict=True)
    )
    return (
        f"<html><body><h1>Board meetings</h1><div class='meeting-list'>{body}</div></body></html>"
    )


def test_a_meeting_type_before_the_topic_names_the_meeting_with_it() -> None:
    page = _typed_rows(
        ("Study Session", "Strategic Budget Reductions Plan"),
        ("Regular", "Officer Rotation"),
        ("Special (Closed)", "Superintendent Candidate Interviews"),
    )
    titles = [title for title, _, _ in readings_on(page, JUNE_2026)]
    assert titles == [
        "Study Session: Strategic Budget Reductions Plan",
        "Regular: Officer Rotation",
        "Special (Closed): Superintendent Candidate Interviews",
    ]


def test_a_label_of_another_kind_or_one_the_title_says_adds_nothing() -> None:
    page = _typed_rows(
        ("Concert", "Strategic Budget Reductions Plan"),
        ("Regular", "Regular Meeting of the Board"),
        ("Workshop", "Officer Rotation"),
    )
    titles = [title for title, _, _ in readings_on(page, JUNE_2026)]
    assert titles == [
        "Strategic Budget Reductions Plan",
        "Regular Meeting of the Board",
        "Officer Rotation",
    ]


def test_the_school_boards_meetings_are_named_by_type_and_topic() -> None:
    titles = [title for title, _, _ in saved_page_readings("static-rcsd-board-meetings-2026-06")]
    assert titles[:3] == [
        "Study Session: Strategic Budget Reductions Plan",
        "Regular: Officer Rotation",
        "Special (Closed): Superintendent Candidate Interviews",
    ]
    assert all(": " in title for title in titles if title)
