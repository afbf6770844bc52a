"""A schedule's lines of bare days under its heading (extract/schedule_lines.py): a board's
„Regular Meeting Schedule“ over paragraphs of one or two days each."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from netdir.extract.context import PageContext
from netdir.extract.named_date_lines import named_date_lines
from netdir.extract.schedule_lines import (
    NOTICE_SOURCE,
    days_only,
    is_schedule,
    named_day,
    scheduled_name,
    with_the_notices_hour_and_place,
)
from netdir.html_depth import parse_html
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

TODAY = date(2026, 1, 15)
NOW = datetime(2026, 1, 15, tzinfo=UTC)


def test_a_line_of_two_days_set_apart_by_spaces_is_two_days() -> None:
    assert days_only("February 4, 2026     February 18, 2026") == [
        "February 4, 2026",
        "February 18, 2026",
    ]
    assert days_only("12. März 2026 / 26. März 2026") == ["12. März 2026", "26. März 2026"]


def test_a_line_with_words_beside_its_days_or_one_day_is_no_run_of_days() -> None:
    assert days_only("February 4, 2026") is None
    assert days_only("February 4, 2026 Board retreat February 18, 2026") is None
    assert days_only("Deadline February 4, 2026, February 18, 2026") is None


def test_a_short_name_before_a_dash_and_the_day_names_that_lines_meeting() -> None:
    assert named_day("Reorganization/Regular – January 7, 2026") == (
        "Reorganization/Regular",
        "January 7, 2026",
    )
    assert named_day("Reorganization/Regular – January 7, 2026 in the annex") is None
    assert named_day("The board meets once more before the year ends – January 7, 2026") is None
    assert named_day("January 7, 2026") is None


def test_the_schedule_word_of_a_heading_is_not_the_meetings_name() -> None:
    assert scheduled_name("Regular Meeting Schedule") == "Regular Meeting"
    assert scheduled_name("Board Meeting Dates 2026") == "Board Meeting"
    assert scheduled_name("Meeting Calendar for 2026") == "Meeting"
    assert scheduled_name("Schedule") == "Schedule"
    assert scheduled_name("Gemeinderat") == "Gemeinderat"


def test_long_lines_read_fast() -> None:
    line = "February 4, 2026 " * 2000 + "x"
    began = time.perf_counter()
    assert days_only(line) is None
    assert named_day("A" + " b" * 5000 + " – January 7, 2026") is None
    assert scheduled_name("Meeting " * 5000 + "Schedulex").startswith("Meeting")
    assert time.perf_counter() - began < 1.0


def _record(title: str, day: str) -> RawRecord:
    context = PageContext("s", "https://e.org/", "https://e.org/", None, NOW)
    record = context.new_record("listing", title)
    record.date_text = day
    return record


def test_the_pages_one_event_on_a_day_of_many_lines_under_one_name_is_a_schedule() -> None:
    days = ["January 21, 2026", "February 4, 2026", "February 18, 2026", "March 4, 2026"]
    days += ["March 25, 2026", "April 8, 2026"]
    lines = [_record("Regular Meeting", day) for day in days]
    assert is_schedule(lines, [_record("Planning Board", "January 21, 2026")], TODAY)
    assert not is_schedule(lines, [_record("Planning Board", "May 6, 2026")], TODAY)
    # Five days weeks apart are five meetings; five days in a row are one event's further days.
    assert is_schedule(lines[:5], [_record("Planning Board", "January 21, 2026")], TODAY)
    run = [_record("Festwoche", f"June {day}, 2026") for day in range(5, 10)]
    assert not is_schedule(run, [_record("Festwoche", "June 5, 2026")], TODAY)
    several = [_record(f"Kurs {n}", day) for n, day in enumerate(days)]
    assert not is_schedule(several, [_record("Kurse", "January 21, 2026")], TODAY)


_SCHEDULE = """<html><body><h1>Planning Board</h1>
<h2>Regular Meeting Schedule</h2>
<p><strong>Reorganization/Regular – January 7, 2026</strong></p>
<p><strong>January 21, 2026</strong></p>
<p><strong>February 4, 2026</strong><strong>&nbsp; &nbsp; February 18, 2026</strong></p>
<p><strong>J</strong><strong>uly 8, 2026</strong></p>
<h2>Members</h2><ul><li>Drew Tuttle<br>Term: Expires December 31, 2026</li></ul>
</body></html>"""


def test_each_day_of_a_schedule_is_one_meeting_the_heading_names() -> None:
    page = page_from_text(_SCHEDULE, "https://e.org/board")
    context = PageContext.of(page, None)
    records = named_date_lines(parse_html(_SCHEDULE), context)
    assert [(r.title, r.date_text) for r in records] == [
        ("Reorganization/Regular", "January 7, 2026"),
        ("Regular Meeting", "January 21, 2026"),
        ("Regular Meeting", "February 4, 2026"),
        ("Regular Meeting", "February 18, 2026"),
        ("Regular Meeting", "July 8, 2026"),
    ]


_NOTICE = """<html><body><p>All meetings will be held on Wednesday evenings in Council Chambers
of the Municipal Building, 1 Main Street, Woodbridge, New Jersey, at 6:00 p.m., and continue
until adjournment at 10:15 p.m., unless publicized to be held at another location.</p>
<h2>Regular Meeting Schedule</h2></body></html>"""


def test_the_notices_first_hour_and_its_venue_are_each_meetings() -> None:
    records = [_record("Regular Meeting", "January 21, 2026"), _record("Regular", "May 6, 2026")]
    records[1].date_text = "May 6, 2026, 7 p.m."
    with_the_notices_hour_and_place(parse_html(_NOTICE), records)
    assert [r.date_text for r in records] == ["January 21, 2026, 6:00 p.m.", "May 6, 2026, 7 p.m."]
    assert {r.location_text for r in records} == {
        "Council Chambers of the Municipal Building, 1 Main Street, Woodbridge, New Jersey"
    }
    assert records[0].field_sources["location_text"] == NOTICE_SOURCE


def test_a_page_without_such_a_notice_leaves_the_records_as_they_are() -> None:
    records = [_record("Regular Meeting", "January 21, 2026")]
    html = "<p>Meetings are held in the evening.</p><p>All meetings are open to the public.</p>"
    with_the_notices_hour_and_place(parse_html(html), records)
    assert (records[0].date_text, records[0].location_text) == ("January 21, 2026", None)


def test_three_days_months_apart_under_the_pages_name_are_three_offerings() -> None:
    """A club's page names its dance evening once and lists three Saturdays under it (held-out
    batch 75): each is an evening, not the one event's first day; two days, or a day listed twice,
    stay the one event's."""
    days = ["15. Februar 2020", "20. Juni 2020", "14. November 2020"]
    lines = [_record("Samstagstanz", day) for day in days]
    assert is_schedule(lines, [_record("Samstagstanz", "15. Februar 2020")], TODAY)
    assert not is_schedule(lines[:2], [_record("Samstagstanz", "15. Februar 2020")], TODAY)
    twice = [*lines[:2], _record("Samstagstanz", "20. Juni 2020")]
    assert not is_schedule(twice, [_record("Samstagstanz", "15. Februar 2020")], TODAY)
    weekend = [_record("Dorffest", f"{day}. Juni 2020") for day in (5, 6, 7)]
    assert not is_schedule(weekend, [_record("Dorffest", "5. Juni 2020")], TODAY)


def test_a_dance_groups_evenings_with_the_hours_below_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Batch 75's Samstagstanz page: three „Samstag, 15. Februar 2020“ lines under the h1, „jeweils
    von 20.00 – 23.00 Uhr“ in the next paragraph — three evenings from 20 to 23 (before: one event
    on the first day, its place „Samstag“)."""
    records = inspect_corpus_page(capsys, "hugo-tanzlaune-wiesbaden-samstagstanz-2020")
    assert [(r["title"], r["start"][:16], r["end"][:16]) for r in records] == [
        ("Samstagstanz", "2020-02-15T20:00", "2020-02-15T23:00"),
        ("Samstagstanz", "2020-06-20T20:00", "2020-06-20T23:00"),
        ("Samstagstanz", "2020-11-14T20:00", "2020-11-14T23:00"),
    ]
