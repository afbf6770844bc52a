"""Held-out batch BI (English listings: a research forum's TikiWiki meetings page, a naturalists'
club's Quarto events page in two layouts, a legislature's committee-hearing cards): each general
cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.credit_endings import drop_host_credits
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.title_text import is_junk_title
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_FORUM = "tikiwiki-cca-forum-meetings-2010-04"
_CLUB_2026 = "quarto-westman-naturalists-events-2026-08"
_CLUB_2023 = "quarto-westman-naturalists-events-2023-05"

Row = tuple[str | None, str | None, str | None, str | None]


def _records(html: str, today: date) -> list[Row]:
    page = page_from_text(html, "https://example.org/meetings/")
    out: list[Row] = []
    for record in extract_page(page).records:
        normal = normalize_record(record, today=today)
        out.append(
            (
                record.title,
                (normal.start or "")[:16],
                (normal.end or "")[:16] or None,
                record.location_text,
            )
        )
    return out


# --- „January 22-23, 2010“: a run of days before the year keeps its year ---


def test_a_run_of_days_before_the_year_is_one_date_phrase() -> None:
    phrases = [match.group(0) for match in iter_date_phrases("January 22-23, 2010, Gleneden Beach")]
    assert phrases == ["January 22-23, 2010"]
    assert [m.group(0) for m in iter_date_phrases("December 7-8 2000")] == ["December 7-8 2000"]
    # without a year after it the run is read as before, and a clock stays a clock
    assert [m.group(0) for m in iter_date_phrases("May 5-7")] == ["May 5"]
    assert [m.group(0) for m in iter_date_phrases("June 3 - 5pm")] == ["June 3"]


_PAST_MEETINGS = """<html><body><h1>CCA Meetings</h1>
<div class="wikitext"><div class="titlebar">Agenda and Minutes From Past Meetings</div>
<ul><li><a href="winter2010.html">January 22-23, 2010</a>, Gleneden Beach, OR</li></ul><br>
<ul><li><a href="oct2009.html">October 15-16, 2009</a>, Bloomington, IN</li></ul><br>
<ul><li><a href="summer2009.html">July 23-24, 2009</a>, Seattle, WA</li></ul><br>
<ul><li><a href="spring2009.html">April 23-24, 2009</a>, Rockville, MD</li></ul><br>
</div></body></html>"""


def test_past_meetings_keep_their_year_and_are_named_by_the_heading() -> None:
    records = _records(_PAST_MEETINGS, date(2010, 4, 10))
    assert [(title, start, end, place) for title, start, end, place in records] == [
        ("CCA Meeting", "2010-01-22", "2010-01-23", "Gleneden Beach, OR"),
        ("CCA Meeting", "2009-10-15", "2009-10-16", "Bloomington, IN"),
        ("CCA Meeting", "2009-07-23", "2009-07-24", "Seattle, WA"),
        ("CCA Meeting", "2009-04-23", "2009-04-24", "Rockville, MD"),
    ]


_LED_BY = """<html><body><h2>Bibelstunden (Mittwochs, 19:30 Uhr)</h2>
<table><tr><th>Datum</th><th>Wer gestaltet</th></tr>
<tr><td>09.09.2026</td><td>Otto, Markus</td></tr>
<tr><td>16.09.2026</td><td>Kazmirzak, Uwe</td></tr>
<tr><td>23.09.2026</td><td>noch offen</td></tr></table></body></html>"""


def test_rows_led_by_people_still_name_the_person() -> None:
    titles = [title for title, _, _, _ in _records(_LED_BY, date(2026, 9, 1))]
    assert titles[:2] == ["Bibelstunde (Otto, Markus)", "Bibelstunde (Kazmirzak, Uwe)"]


def test_the_forum_page_dates_its_past_meetings_in_their_own_years(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _FORUM)
    days = {(row["start"][:10], row["title"], row["location"]) for row in rows}
    assert ("2009-07-23", "CCA Meeting", "Seattle, WA") in days
    assert ("2006-01-26", "CCA Meeting", "San Francisco, CA") in days
    assert not any(row["start"][:10] == "2010-07-23" for row in rows)  # the 2009 meeting's day


# --- „… Hosted by Westman Naturalists“: the host is no part of the name ---


def _titled(*titles: str) -> list[RawRecord]:
    return [
        RawRecord(source_id="s", page_url="https://example.org/", extractor="listing", title=title)
        for title in titles
    ]


def test_the_host_credit_goes_from_the_end_of_a_title() -> None:
    records = _titled(
        "Undetermined Farm Escapade Hosted by Westman Naturalists",
        "Hawk Watch; Hosted by Important Bird Areas Manitoba",
        "Park Talk – organised by the Friends of the Park",
        "Dinner hosted by the Mayor",  # the name's own phrase, lowercase
        "Hosted by the Rotary Club",  # nothing left to name the event
        "Walk; Hosted by Westman Naturalists",  # one word left: kept whole
    )
    drop_host_credits(records)
    assert [record.title for record in records] == [
        "Undetermined Farm Escapade",
        "Hawk Watch",
        "Park Talk",
        "Dinner hosted by the Mayor",
        "Hosted by the Rotary Club",
        "Walk; Hosted by Westman Naturalists",
    ]
    assert records[0].field_sources["title"].endswith("host's credit")


def test_the_club_page_names_its_outings_without_their_host(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _CLUB_2026)
    by_day = {row["start"][:10]: row for row in rows}
    assert by_day["2026-08-23"]["title"] == "Undetermined Farm Escapade"
    assert by_day["2026-08-23"]["location"] == "West of Brandon"
    assert by_day["2026-09-12"]["title"] == "Autumn Hawk Watch Over the Assiniboine"


# --- a date line with its event's name on the line right below it ---

_DAY_OVER_NAME = """<html><body><main><h1>Events</h1>
<h3>Previous Events</h3>
<h2>May 2023</h2>
<p><span class="date">Friday, May 05 2023</span></p>
<p><span class="event-title">Sparrow ID with Tim Poole</span>; Hosted by Westman Naturalists</p>
<p>Join Tim Poole as we look through each species in turn.</p>
<p><strong>Time</strong>: 7:00 PM<br><strong>Location</strong>: Brodie Building Rm 3-47,
Brandon University &amp; Online</p><hr>
<h2>April 2023</h2>
<p><span class="date">Friday, Apr 14 2023</span></p>
<p><span class="event-title">Can birds smell?</span>; Hosted by Westman Naturalists</p>
<p>Dr. Grieves will give a brief background on the myth.</p>
<p><strong>Time</strong>: 7:30 PM<br><strong>Location</strong>: Brodie Building Rm 3-47,
Brandon University &amp; Online</p><hr>
<h2>January 2023</h2>
<p><span class="date">Monday, Jan 02 2023</span></p>
<p><span class="event-title">Rivers Christmas Bird Count</span>; Hosted by Westman Naturalists</p>
<p>Started in 1900, Christmas Bird Counts are the longest running project.</p>
<p><strong>Time</strong>: 8:00 AM<br><strong>Location</strong>: Rivers</p>
</main></body></html>"""


def test_the_line_below_each_date_line_names_its_event() -> None:
    records = _records(_DAY_OVER_NAME, date(2023, 5, 15))
    assert records == [
        ("Sparrow ID with Tim Poole", "2023-05-05T19:00", None, "Brodie Building Rm 3-47, Brandon University"),
        ("Can birds smell?", "2023-04-14T19:30", None, "Brodie Building Rm 3-47, Brandon University"),
        ("Rivers Christmas Bird Count", "2023-01-02T08:00", None, "Rivers"),
    ]  # fmt: skip


_DAYS_UNDER_ONE_NAME = """<html><body><h3>Puppentheater Kollin Kläff</h3>
<p><u>Am Sonntag, 15. Oktober 2017 um 11 Uhr</u></p>
<p><u>Am Sonntag, 5. November 2017 um 11 Uhr</u></p>
<p><u>Am Sonntag, 3. Dezember 2017 um 11 Uhr</u></p>
<p>Eintritt 5 Euro.</p></body></html>"""


def test_date_lines_one_after_another_keep_the_name_above() -> None:
    titles = {title for title, _, _, _ in _records(_DAYS_UNDER_ONE_NAME, date(2017, 10, 1))}
    assert titles == {"Puppentheater Kollin Kläff"}


def test_a_label_line_under_a_courses_day_names_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Beginn: Montag, 6.2.17, von 10-13 Uhr<br>Kursleitung: Margrit Werner“ under „Ölmalerei“
    rows = inspect_corpus_page(capsys, "wfx-kulturhaus-suederelbe-kursprogramm-2017")
    titles = {row["title"] for row in rows}
    assert "Ölmalerei" in titles
    assert not any(title.startswith("Kursleitung") for title in titles)


def test_the_club_page_of_2023_names_each_event_by_its_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _CLUB_2023)
    by_day = {row["start"][:10]: row for row in rows}
    assert by_day["2023-05-05"]["title"] == "Sparrow ID with Tim Poole"
    assert by_day["2023-05-05"]["start"][11:16] == "19:00"
    assert by_day["2022-09-18"]["title"] == "Hawk Watch"
    assert by_day["2022-09-18"]["location"] == "Assiniboine Valley, North of Virden"
    assert by_day["2023-01-02"]["title"] == "Rivers Christmas Bird Count"  # „Time: All day“
    assert not any(row["title"] == "Previous Events" for row in rows)


# --- „Agenda / Description“: a card's section heading names no meeting ---


def test_a_cards_description_heading_names_nothing() -> None:
    assert is_junk_title("Agenda / Description")
    assert is_junk_title("Description")
    assert not is_junk_title("Agenda for Change: a public forum")
