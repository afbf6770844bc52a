"""Held-out batch BX (English listings: a research working group's meetings, an online book
club's schedule, a teaching seminar's single page): each general cause it showed, on its real
page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.lead_times import _WEEKLY
from netdir.extract.speaker_italic_talks import _talk_after_the_speaker
from netdir.extract.weekly_slot import WeeklySlot, bare_slot
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_stamps

# --- „Meeting 42 | Utrecht, Netherlands, April 22-26, 2024“: the name cell, then place and day ---

_MEETINGS = """<html><body><h2>Meetings</h2><table>
<tr><td>Meeting 42</td><td><p><a href="42-utrecht-2024">Utrecht, Netherlands, April 22-26,
2024</a></p></td></tr>
<tr><td>Meeting 41</td><td><p><a href="41-cambridge-2023">Cambridge, England, UK, April 17-21,
2023</a></p></td></tr>
<tr><td>Meeting 20</td><td><p>Coffs Habour, NSW, Australia, December 8-12, 2003</p></td></tr>
<tr><td>Meeting 13</td><td><p>Warm Springs, OR, USA, March 30 — April 3, 1998</p></td></tr>
</table></body></html>"""


def test_a_row_is_named_by_its_cell_and_placed_by_the_words_before_its_day() -> None:
    # The linked rows were named by their place („Utrecht, Netherlands“), the bare rows kept
    # their place inside the day's text: no meeting had a place.
    assert readings_on(_MEETINGS, date(2024, 4, 28)) == [
        ("Meeting 42", "2024-04-22", "Utrecht, Netherlands"),
        ("Meeting 41", "2023-04-17", "Cambridge, England, UK"),
        ("Meeting 20", "2003-12-08", "Coffs Habour, NSW, Australia"),
        ("Meeting 13", "1998-03-30", "Warm Springs, OR, USA"),
    ]


_TALKS_TABLE = """<html><body><table>
<tr><td>Lecture by Anna Maier</td><td>Room 4, 12 Main Street, May 5, 2026</td></tr>
<tr><td>Reading group</td><td>Library, May 12, 2026</td></tr>
</table></body></html>"""


def test_a_place_with_a_number_is_no_name_list_before_the_day() -> None:
    # „Room 4, 12 Main Street“: a number in the words before the day — not this layout
    readings = readings_on(_TALKS_TABLE, date(2026, 5, 1))
    assert ("Reading group", "2026-05-12", "Library") not in readings


def test_real_page_the_working_groups_meetings_are_named_and_placed() -> None:
    readings = saved_page_readings("asciidoctor-ifip-wg28-meetings-2024-04")
    assert readings[0] == ("Meeting 42", "2024-04-22", "Utrecht, Netherlands")
    assert ("Meeting 22", "2005-10-01", "Kalvi Manor, Estonia") in readings
    assert ("Meeting 6", "1992-08-31", "Oxford, England, UK") in readings
    named = [title for title, _, _ in readings if title and title.startswith("Meeting ")]
    assert len(named) == 38


# --- „Chapter 2: <em>Basic UI</em>: Matt Curcio“: the part of the book, not a speaker ---


def test_a_parts_label_before_the_italic_title_stays_in_the_name() -> None:
    assert (
        _talk_after_the_speaker_text("Chapter 2: Basic UI: Matt Curcio", "Basic UI")
        == "Chapter 2: Basic UI"
    )
    assert (
        _talk_after_the_speaker_text("Week 3 - Tidy evaluation - Presenter TBC", "Tidy evaluation")
        == "Week 3 - Tidy evaluation"
    )
    # a speaker's run before the italic title is still cut off, the talk kept whole
    assert (
        _talk_after_the_speaker_text(
            "Harvey/Heinz: Shell-Health-Check oder Wie ich lernte", "Shell-Health-Check"
        )
        == "Shell-Health-Check oder Wie ich lernte"
    )


def _talk_after_the_speaker_text(title: str, italic: str) -> str | None:
    from selectolax.lexbor import LexborHTMLParser

    line = title.replace(italic, f"<em>{italic}</em>", 1)
    node = LexborHTMLParser(f"<ul><li>{line}</li></ul>").css_first("li")
    assert node is not None
    return _talk_after_the_speaker([node], title)


# --- „Cohort 1: (starts 2021-02-16) - Tuesdays, 12pm EST/EDT“: a slot said without a verb ---

_BOOK_CLUB = """<html><body><h2>Meeting Schedule</h2>
<p><em>Cohort 1: (starts 2021-02-16) - Tuesdays, 12pm EST/EDT</em></p><ul>
<li>2021-03-09: Chapter 4: <em>Case Study: ER injuries</em>: David Heß</li>
<li>2021-03-16: Chapter 5: <em>Workflow</em>: Shamsudeen</li>
<li>2021-03-23: Chapter 6: <em>Layout, themes, HTML</em>: Russ Hyde</li>
</ul></body></html>"""


def test_a_verbless_weekly_slot_times_the_rows_on_its_weekday() -> None:
    assert bare_slot("Cohort 1: (starts 2021-02-16) - Tuesdays, 12pm EST/EDT") == WeeklySlot(
        "tuesday", "12pm", None, bare=True
    )
    assert bare_slot("Mondays at 6:30pm") == WeeklySlot("monday", "6:30pm", None, bare=True)
    assert bare_slot("Open Tuesdays, 10am") is not None  # the rows must prove it (below)
    assert bare_slot("We are closed on Tuesdays.") is None
    # Only the row on the save day had the hour — the weekly line read as „next Tuesday 12pm“,
    # one day told again; now every Tuesday of the schedule has it.
    assert readings_on(_BOOK_CLUB, date(2021, 3, 16)) == [
        ("Chapter 4: Case Study: ER injuries", "2021-03-09T12:00", None),
        ("Chapter 5: Workflow", "2021-03-16T12:00", None),
        ("Chapter 6: Layout, themes, HTML", "2021-03-23T12:00", None),
    ]
    assert _WEEKLY.search("Tuesdays, 12pm") and _WEEKLY.search("jeden Dienstag um 19 Uhr")
    assert not _WEEKLY.search("Scheduled for 7.00pm Tuesday 18 August.")


_OPENING_HOURS = """<html><body><h2>Events</h2>
<p>Tuesdays, 10am - 6pm</p><ul>
<li>2021-03-09: Knitting circle</li>
<li>2021-03-11: Book sale</li>
<li>2021-03-16: Story time</li>
</ul></body></html>"""


def test_a_verbless_slot_times_nothing_when_a_row_falls_on_another_weekday() -> None:
    # „Tuesdays, 10am - 6pm“ over a Thursday's book sale: opening hours, no slot of the rows
    assert [start for _, start, _ in readings_on(_OPENING_HOURS, date(2021, 3, 1))] == [
        "2021-03-09",
        "2021-03-11",
        "2021-03-16",
    ]


def test_real_page_the_book_clubs_meetings_are_named_by_chapter_at_noon() -> None:
    readings = saved_page_readings("bookdown-r4ds-mshiny-meeting-schedule-2021-03")
    assert readings[1] == ("Chapter 2: Basic UI", "2021-02-23T12:00", None)
    assert readings[-1] == ("Chapter 12: Tidy evaluation", "2021-05-04T12:00", None)
    assert all(start and start.endswith("T12:00") for _, start, _ in readings)
    assert len(readings) == 12


# --- „Upcoming Talks“ lines and a „Next Talk“ box that tells the first of them in full ---

_SEMINAR = """<html><body><h1>Welcome</h1>
<h2>Upcoming Talks</h2><ul>
<li>30 October 2025 – Claire Rebello (Imperial Maths School)</li>
<li>27 November 2025 – Laura Johnson (UCL)</li>
<li>15th January 2026 – Prof Louise Walker (Manchester)</li>
</ul>
<div class="callout"><div class="callout-header">Next Talk</div><div class="callout-body">
<p><strong>Speaker:</strong> <a href="https://a.org/">Claire Rebello</a>, Imperial Maths School.</p>
<p><strong>Title:</strong> Transition points – From A Level to Undergraduate Level</p>
<p><strong>Date:</strong> Thursday, 30 October 2025, 13:00-14:00.</p>
<p><strong>Location:</strong> 145, Huxley Building, South Kensington Campus.</p>
</div></div></body></html>"""


def test_a_box_telling_a_listed_talk_again_leaves_the_list_read() -> None:
    # The labelled box was read as the page's one event and the list dropped as its agenda.
    readings = readings_on(_SEMINAR, date(2025, 10, 22))
    assert (
        "Transition points – From A Level to Undergraduate Level",
        "2025-10-30T13:00",
        "145, Huxley Building, South Kensington Campus.",
    ) in readings
    assert ("Laura Johnson (UCL)", "2025-11-27", None) in readings
    assert ("Prof Louise Walker (Manchester)", "2026-01-15", None) in readings
    assert len(readings) == 3  # the box's talk once, not again as the row „Claire Rebello …“


def test_a_box_of_another_speaker_is_the_pages_own_event() -> None:
    other = _SEMINAR.replace("Claire Rebello</a>", "Anna Maier</a>")
    readings = readings_on(other, date(2025, 10, 22))
    assert len(readings) == 1  # not the listed talk told again: the page's own event, as before


def test_real_page_the_seminars_coming_talks_are_all_read() -> None:
    stamps = saved_page_stamps("quarto-imperial-maths-teaching-seminar-home-2025-10")
    titles = [title for title, _, _, _ in stamps]
    assert titles.count("Transition points – From A Level to Undergraduate Level") == 1
    assert "Prof Helen Wilson (UCL)" in titles
    assert len(stamps) == 5
