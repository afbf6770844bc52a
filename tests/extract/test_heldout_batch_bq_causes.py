"""Held-out batch BQ (English listings: a county emergency communications district's meeting
records by year and its upcoming meetings, a library board's minutes and agendas, a hackers'
group's meeting list): each general cause it showed, on its real page and on a minimal
snippet."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import date_role, parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- „Fiscal year ended June 30, 2026“ under an audit's heading: a period's last day, no event ---


def test_the_end_of_an_accounting_period_is_no_event_day() -> None:
    today = date(2026, 10, 20)
    for text in (
        "Fiscal year ended June 30, 2026",
        "for the year ending 31 March 2025",
        "Financial year ends 30 June 2026",
    ):
        assert date_role(text, today=today) == "deadline", text
        assert parse_when(text, today=today).start is None, text
    # a year that ends with something held on its last day is that day's event
    held = "The year ended with a concert on December 31, 2025"
    assert parse_when(held, today=today).start == "2025-12-31"


_RECORDS = """<html><head><title>Meeting records and audits</title></head><body>
<h1>Meeting records and audits</h1>
<details open><summary>2026</summary><div><h2>Meetings</h2>
<article class="meeting-record"><div><p class="meeting-type">Board meeting minutes</p>
<h3>June 4, 2026</h3></div><div><a href="/m/2026-06-04.pdf">Minutes (PDF)</a></div></article>
<article class="meeting-record"><div><p class="meeting-type">Board meeting minutes</p>
<h3>April 2, 2026</h3></div><div><a href="/m/2026-04-02.pdf">Minutes (PDF)</a></div></article>
<article class="meeting-record"><div><p class="meeting-type">Board meeting minutes</p>
<h3>February 5, 2026</h3></div><div><a href="/m/2026-02-05.pdf">Minutes (PDF)</a></div></article>
<section class="year-audit"><div><p class="meeting-type">FINANCIAL REPORT</p>
<h3>Fiscal year 2026 audit</h3><p>Fiscal year ended June 30, 2026</p></div>
<p class="audit-pending">Not yet posted in this collection</p></section>
</div></details></body></html>"""


def test_an_audit_box_beside_the_meetings_gives_no_record() -> None:
    assert readings_on(_RECORDS, date(2026, 10, 20)) == [
        ("Board meeting", "2026-06-04", None),
        ("Board meeting", "2026-04-02", None),
        ("Board meeting", "2026-02-05", None),
    ]


# --- „Board“ over a day on a page of meetings: the board's meeting ---

_KICKERS = """<html><head><title>Meeting records | District</title></head><body>
<h2>Meetings</h2>
<article class="meeting-record"><div><p class="meeting-type">Board of Directors</p>
<h3>October 1, 2026</h3></div><div><a href="/v/1">Watch recording</a></div></article>
<article class="meeting-record"><div><p class="meeting-type">Executive Committee</p>
<h3>September 18, 2026</h3></div></article>
<article class="meeting-record"><div><p class="meeting-type">Board</p>
<h3>August 13, 2026</h3></div><div><a href="/v/2">Watch recording</a></div></article>
<article class="meeting-record"><div><p class="meeting-type">Budget workshop</p>
<h3>July 30, 2026</h3></div></article>
</body></html>"""


def test_a_row_named_only_by_a_bare_body_word_is_its_meeting() -> None:
    assert readings_on(_KICKERS, date(2026, 10, 20)) == [
        # a body's own name titles its meetings, as on a council's calendar („City Council“)
        ("Board of Directors", "2026-10-01", None),
        ("Executive Committee", "2026-09-18", None),
        ("Board meeting", "2026-08-13", None),
        ("Budget workshop", "2026-07-30", None),  # a row that names what is held keeps it
    ]


def test_body_rows_on_a_page_that_does_not_speak_of_meetings_keep_their_names() -> None:
    # a list of committees and the days they were set up is no list of meetings
    other = _KICKERS.replace("Meeting records | District", "Our committees").replace(
        "<h2>Meetings</h2>", "<h2>History</h2>"
    )
    titles = [title for title, _, _ in readings_on(other, date(2026, 10, 20))]
    assert titles[2] == "Board"


def test_real_page_the_districts_meeting_records() -> None:
    rows = saved_page_readings("static-sc911-meeting-records-2026-10")
    assert len(rows) == 30  # the four fiscal year audit boxes give none
    assert rows[:4] == [
        ("Board of Directors", "2026-10-01", None),
        ("Executive Committee", "2026-09-18", None),
        ("Board meeting", "2026-08-13", None),
        ("Executive Committee", "2026-07-30", None),
    ]
    assert rows[29] == ("Board meeting", "2023-02-02", None)
