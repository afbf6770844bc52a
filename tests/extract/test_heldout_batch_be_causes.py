"""Held-out batch BE (English listings: two research groups' seminar pages of labelled
paragraphs, an association's day/month meeting dates under a year heading, a church's event
cards): each general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.labelled_entries import labelled_entries
from netdir.extract.pictograph_facts import hours_and_place, pin_marked_place
from netdir.extract.run_around_the_day import run_opened_by_the_day
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_QUANTUM = "jekyll-quantum-um-seminars-2023-06"
_LMG = "jekyll-lmg-bristol-seminars-2026-08"
_VBA_2011 = "jekyll-actvba-meeting-dates-2011-08"
_VBA_2012 = "jekyll-actvba-meeting-dates-2012-02"
_CATHCART = "eleventy-cathcart-uf-events-2026-07"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/seminars/")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _days(records: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str, str]]:
    return [(title or "", (start or "")[:16]) for title, start, _ in records]


# --- seminar entries of labelled paragraphs: a day line opens each, „Title:“ names its talks ---

_LABELLED = """<html><head><title>Seminars | Lab</title></head><body><main><article>
<h1>Seminars</h1><h3>Information</h3>
<p><strong>Hour</strong>: 14h00 (14pm WET)</p><p><strong>Room</strong>: 0.05 (Informatics)</p><hr/>
<p><strong>Date:</strong> 23 June 2023</p><p><strong>Speaker:</strong> Ann Lee</p>
<p><strong>Title:</strong> Barren Plateaus in Policy Gradients [<a href="/s.pdf">slides</a>]</p>
<p><strong>Abstract:</strong> Over the past few years …</p><hr/>
<p><strong>Date:</strong> 26 May 2023</p><p><strong>Speaker:</strong> Tom Carr</p>
<p><strong>Title:</strong> Integrating a quantum language</p><hr/>
<p><strong>Date:</strong> 19 May 2023</p><p><strong>Speaker:</strong> Mario Silva</p>
<p><strong>Title:</strong> Characterizing Quantum Polynomial Time</p>
</article></main></body></html>"""

_BOLD_DAYS = """<html><head><title>Seminar Series</title></head><body><main>
<h1>Seminar Series</h1><h2>Past Seminars</h2>
<p><strong>22 January 2026</strong></p>
<p><strong>Title:</strong> <strong>Synthetic cohorts for life course research</strong></p>
<p><strong>Speaker:</strong> <em>Kate Kay</em></p><p><strong>Summary:</strong> Because …</p><hr/>
<p><strong>26 September 2025</strong></p>
<p><strong>Title:</strong> <strong>Functional principal components</strong></p>
<p><strong>Speaker:</strong> <em>Corin Seg</em></p><hr/>
<p><strong>06 February 2025</strong></p>
<p><strong>Title:</strong> <strong>SITAR enhancements for growth curves</strong></p>
<p><strong>Speaker:</strong> <em>Ahmed Elk</em></p>
<p><strong>Title:</strong> <strong>A Bayesian SITAR growth model</strong></p>
<p><strong>Speaker:</strong> <em>Sat Sand</em></p>
</main></body></html>"""


def test_labelled_paragraphs_give_one_talk_per_title_at_the_hour_and_room_above() -> None:
    records = _records(_LABELLED, date(2024, 1, 23))
    assert _days(records) == [
        ("Barren Plateaus in Policy Gradients", "2023-06-23T14:00"),
        ("Integrating a quantum language", "2023-05-26T14:00"),
        ("Characterizing Quantum Polynomial Time", "2023-05-19T14:00"),
    ]
    assert {place for _, _, place in records} == {"0.05 (Informatics)"}


def test_a_bold_day_paragraph_opens_the_entry_whose_titles_follow_it() -> None:
    # Named by the title below the day, not by the previous entry's title above it.
    assert _days(_records(_BOLD_DAYS, date(2026, 8, 17))) == [
        ("Synthetic cohorts for life course research", "2026-01-22"),
        ("Functional principal components", "2025-09-26"),
        ("SITAR enhancements for growth curves", "2025-02-06"),
        ("A Bayesian SITAR growth model", "2025-02-06"),
    ]


def _entries(html: str) -> list[str]:
    context = PageContext(
        source_id="test",
        page_url="https://example.org/seminars/",
        base_url="https://example.org/seminars/",
        default_kind=None,
        fetched_at=datetime(2024, 1, 23, tzinfo=UTC),
    )
    return [record.title for record in labelled_entries(LexborHTMLParser(html), context)]


def test_two_titled_entries_are_too_few_for_a_seminar_list() -> None:
    assert len(_entries(_LABELLED)) == 3
    html = _LABELLED.replace("<p><strong>Title:</strong> Characterizing", "<p>Characterizing")
    assert _entries(html) == []


def test_the_quantum_seminars_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _QUANTUM)
    assert len(rows) == 12
    assert rows[0]["title"] == "Barren Plateaus in Quantum Policy Gradients"  # „[ slides ]“ cut
    assert {row["start"][11:16] for row in rows} == {"14:00"}
    assert [row["start"][:10] for row in rows[4:6]] == ["2023-04-14", "2023-04-14"]


def test_the_longitudinal_modelling_seminars_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _LMG)
    assert [(row["start"][:10], row["title"][:20]) for row in rows[:2]] == [
        ("2026-01-22", "Synthetic cohorts fo"),
        ("2025-09-26", "Functional Principal"),
    ]
    assert len(rows) == 7


# --- bare day/month lines under a year heading: the year's meetings, day first ---

_DAY_MONTH = """<html><head><title>Riverside Bushfire Brigade - Meeting Dates</title></head>
<body><div id="left"><h1>Riverside Bushfire Brigade</h1><h3>Recent News</h3>
<strong>09 September 2008</strong><br/>The charter was signed …</div>
<div id="right"><h2>2010 - 2011 Meeting Dates</h2>
<p><strong>25/1</strong> (Special General Meeting)</p><p><strong>1/3</strong></p>
<p><strong>19/4</strong></p><p><strong>29/11</strong></p></div></body></html>"""


def test_day_month_lines_under_a_season_heading_are_the_meetings_of_its_nearest_year() -> None:
    assert _days(_records(_DAY_MONTH, date(2011, 8, 18))) == [
        ("Special General Meeting", "2011-01-25"),
        ("Riverside Bushfire Brigade meeting", "2011-03-01"),
        ("Riverside Bushfire Brigade meeting", "2011-04-19"),
        ("Riverside Bushfire Brigade meeting", "2011-11-29"),
    ]


def test_day_month_lines_whose_order_is_open_are_no_dates() -> None:
    # No day above 12: „1/3“ could be 1 March or January 3rd — nothing is read.
    html = _DAY_MONTH.replace("25/1", "5/1").replace("19/4", "9/4").replace("29/11", "2/11")
    assert _records(html, date(2011, 8, 18)) == []


def test_the_brigades_meeting_dates(capsys: pytest.CaptureFixture[str]) -> None:
    old = inspect_corpus_page(capsys, _VBA_2011)
    assert [(row["title"], row["start"][:10]) for row in old][:2] == [
        ("Special General Meeting", "2011-01-25"),
        ("ACT Volunteer Brigades Association meeting", "2011-03-01"),
    ]
    new = inspect_corpus_page(capsys, _VBA_2012)
    assert [row["start"][:10] for row in new][-1] == "2012-10-23"
    assert new[-1]["title"] == "AGM"
    assert len(old) == len(new) == 8


# --- event cards: lists inside two of six cards are their texts, not the list ---

_CARDS = """<html><head><title>Events — Church</title></head><body><main>
<h2>Upcoming Events</h2><div class="event-month"><p class="event-month-heading">June 2026</p>
<div class="event-list">
<div class="card"><div class="date-block"><strong>6</strong><span>Jun</span></div>
<div class="info"><h4>Prayer Breakfast</h4><div class="meta"><span>⏰ 8:30am&ndash;10am</span>
<span>📍 Church Hall</span></div><p>Our monthly joint breakfast with our neighbour churches. Breakfast is served from half past eight, followed by a time of prayer together around a theme. All are welcome.</p></div></div>
<div class="card"><div class="date-block"><strong>13</strong><span>Jun</span></div>
<div class="info"><h4>Coffee Morning</h4><div class="meta"><span>⏰ 10:30am&ndash;12pm</span>
<span>📍 Church Hall</span></div><p>Our monthly café-style gathering exploring a theme that speaks to our shared experience. Food, friendship and faith, free and open to all.</p></div></div>
<div class="card"><div class="date-block"><strong>20</strong><span>Jun</span></div>
<div class="info"><h4>Summer Fair</h4><div class="meta"><span>⏰ 2pm&ndash;5pm</span>
<span>📍 Church Garden</span></div><p>Stalls, games and home baking in the garden for the whole family, with music from the youth band in the afternoon.</p></div></div>
<div class="card"><div class="date-block"><strong>28</strong><span>Jun</span></div>
<div class="info"><h4>Sunday Service</h4><div class="meta"><span>⏰ 11am</span>
<span>📍 Church Hall</span></div><p>Our themes this year:</p><ul>
<li>Belonging (26th April)</li><li>Caring (30th August)</li><li>Service (27th September)</li>
<li>Honouring (25th October)</li>
<li>Witnessing (29th November)</li><li>Sending (3rd January 2027)</li><li>Gathering (28th June)</li>
<li>Welcoming (31st May)</li></ul></div></div>
<div class="card"><div class="date-block"><strong>4</strong><span>Jul</span></div>
<div class="info"><h4>Prayer Walk</h4><div class="meta"><span>⏰ 9am&ndash;10am</span>
<span>📍 Church Gate</span></div><p>A walk around the parish, praying for our neighbours and the
schools, shops and streets we pass on the way. Meet at the gate.</p></div></div>
<div class="card"><div class="date-block"><strong>3</strong><span>Sept</span></div>
<div class="info"><h4>Alpha Course</h4><div class="meta"><span>📅 3 September 2026 &ndash;
3 December 2026</span><span>📍 Hall</span></div><ul><li>Starts: Thursday 3rd September</li>
<li>Ends: Thursday 3rd December</li><li>Holy Spirit Day: Saturday 7th November</li></ul>
</div></div></div></div></main></body></html>"""


def test_a_list_inside_few_cards_leaves_the_cards_the_list() -> None:
    titles = [title for title, _, _ in _records(_CARDS, date(2026, 6, 1))]
    assert titles == [
        "Prayer Breakfast",
        "Coffee Morning",
        "Summer Fair",
        "Sunday Service",
        "Prayer Walk",
        "Alpha Course",
    ]


def test_a_cards_clock_and_pin_side_by_side_give_its_hours_and_place() -> None:
    records = _records(_CARDS, date(2026, 6, 1))
    assert records[0][1:] == ("2026-06-06T08:30:00+02:00", "Church Hall")
    assert (records[3][1] or "")[:16] == "2026-06-28T11:00"


def test_a_clock_with_its_am_written_on_is_english_the_german_am_stands_apart() -> None:
    assert TIME_LIKE.search("11am") is not None
    assert TIME_LIKE.search("⏰ 8:30am–10am") is not None
    assert TIME_LIKE.search("OBR 10 am 20.10.") is None


def test_pictographs_side_by_side_are_two_facts() -> None:
    assert hours_and_place("⏰ 8:30am–10am 📍 Cathcart United Free Church") == (
        "8:30am–10am",
        "Cathcart United Free Church",
    )
    assert hours_and_place("⏰ 8:30am–10am") is None  # one fact alone is no line of facts


def test_the_cathcart_events_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _CATHCART)
    assert [row["title"] for row in rows] == [
        "Prayer Breakfast",
        "Off the CUF",
        "Love Your Church — Sunday Service",
        "Prayer Breakfast",
        "Off the CUF",
        "Alpha Course",
    ]
    assert rows[0]["start"][:16] == "2026-06-06T08:30"
    assert rows[0]["location"] == "Cathcart United Free Church"


# Session 41: the Alpha card's badge „3 Sept“ over „📅 3 September 2026 – 3 December 2026 📍
# Cathcart Church of Scotland“ — the badge gave the day but not the run's end, and with no clock
# beside it the line of facts gave no place: „Cathcart“, a word of another row's venue in its
# prose, stood in.

_RUN_CARD = """<html><body><main><div class="list">
<div class="card"><div class="date-block"><strong>3</strong><span>Sept</span></div><div>
<h4>Alpha Course</h4><div class="meta"><span>📅 3 September 2026 – 3 December 2026</span>
<span>📍 St Mary's Church Hall</span></div><p>A new course.</p></div></div>
<div class="card"><div class="date-block"><strong>5</strong><span>Sept</span></div><div>
<h4>Coffee Morning</h4><div class="meta"><span>⏰ 10am</span><span>📍 Church Hall</span></div>
<p>Coffee and cake.</p></div></div>
<div class="card"><div class="date-block"><strong>12</strong><span>Sept</span></div><div>
<h4>Bible Study</h4><div class="meta"><span>⏰ 7pm</span><span>📍 Church Hall</span></div>
<p>Reading Acts.</p></div></div>
</div></main></body></html>"""


def test_a_badges_day_opens_the_run_stated_below_and_the_pin_places_it() -> None:
    assert run_opened_by_the_day("3 Sept", ["📅 3 September 2026 – 3 December 2026"]) == (
        "3 September 2026 – 3 December 2026"
    )
    assert run_opened_by_the_day("4 Sept", ["📅 3 September 2026 – 3 December 2026"]) is None
    assert pin_marked_place("📍 Cathcart Church of Scotland") == "Cathcart Church of Scotland"
    assert pin_marked_place("📍 10am") is None
    page = page_from_text(_RUN_CARD, "https://example.org/events/")
    alpha = next(r for r in extract_page(page).records if r.title == "Alpha Course")
    read = normalize_record(alpha, today=date(2026, 7, 1))
    assert (read.start, read.end, alpha.location_text) == (
        "2026-09-03",
        "2026-12-03",
        "St Mary's Church Hall",
    )


def test_the_alpha_course_runs_to_december_at_the_church_of_scotland(
    capsys: pytest.CaptureFixture[str],
) -> None:
    alpha = inspect_corpus_page(capsys, _CATHCART)[-1]
    assert (alpha["title"], alpha["start"], alpha["end"], alpha["location"]) == (
        "Alpha Course",
        "2026-09-03",
        "2026-12-03",
        "Cathcart Church of Scotland",
    )
