"""Held-out batch BB (English meeting listings): each general cause it showed, on its real page and
on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.all_meetings import hour_for_all
from netdir.extract.block_text_titles import without_document_links
from netdir.extract.bracketed_tags import drop_bracketed_tags
from netdir.extract.heading_item_name import item_name
from netdir.extract.title_text import is_document_link
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_SPARQ = "sparq-lps-board-meetings-2026-09"
_ODIDA = "wordpress-odida-board-meetings-2026-09"
_OPPD = "umbraco-oppd-board-meetings-2026-09"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/meetings/")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _by_title(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["title"], []).append(row)
    return found


# --- „<day> at <hour> - <name>“ names the row; the bold „Meeting Type:“ label does not ---------


_DASHED_ROWS = """<html><body><table>
<tr><th>Meeting</th><th>Meeting Location</th><th>Details</th></tr>
<tr><td><div>September 8, 2026 at 6:00 PM - Board of Education Regular Meeting</div>
<div><b>Meeting Type:</b> Regular</div></td>
<td><span>District Center</span><br/><span>5905 O Street</span>
<span>[<a href="https://maps.google.com/?q=5905+O"><i class="fa fa-globe"></i> map it</a>]</span></td>
<td><ul><li><a href="/Public/Agenda/89?meeting=1">Agenda</a></li></ul></td></tr>
<tr><td><div>September 8, 2026 at 6:00 PM - Board of Education ESU 18 Regular Meeting</div>
<div><b>Meeting Type:</b> Regular</div></td>
<td><span>District Office</span><br/><span>5905 O Street</span>
<span>[<a href="https://maps.google.com/?q=5905+O"><i class="fa fa-globe"></i> map it</a>]</span></td>
<td><ul><li><a href="/Public/Agenda/89?meeting=2">Agenda</a></li></ul></td></tr>
<tr><td><div>March 24, 2026 at 4:30 PM - Finance Committee Meeting</div>
<div><b>Meeting Type:</b> Special</div></td>
<td><span>ZOOM</span><br/><span>P.O. Box 82889</span>
<span>[<a href="https://maps.google.com/?q=PO"><i class="fa fa-globe"></i> map it</a>]</span></td>
<td><ul><li><a href="/Public/Agenda/89?meeting=3">Agenda</a></li></ul></td></tr>
</table></body></html>"""


def test_a_row_opening_with_its_day_a_dash_and_a_name_is_named_by_it() -> None:
    found = _records(_DASHED_ROWS, date(2026, 9, 10))
    titles = [title for title, _, _ in found]
    assert titles == [
        "Board of Education Regular Meeting",
        "Board of Education ESU 18 Regular Meeting",
        "Finance Committee Meeting",
    ]
    assert found[0][1] is not None and found[0][1].startswith("2026-09-08T18:00")


def test_sparq_rows_are_named_after_the_dash_not_by_the_meeting_type_label(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _by_title(inspect_corpus_page(capsys, _SPARQ))
    assert "Meeting Type" not in rows
    assert [r["start"][:16] for r in rows["Board of Education Regular Meeting"]] == [
        "2026-09-08T18:00",
        "2026-01-27T18:00",
    ]
    # the ESU board meets in the same slot: a meeting of its own, not a twin of the first
    assert rows["Board of Education ESU 18 Regular Meeting"][0]["start"][:16] == "2026-09-08T18:00"
    assert sum(len(found) for found in rows.values()) == 10


# --- a row's file links („View Presentation (PDF)“) name nothing; its text names the meeting ---


def test_presentation_and_minute_links_are_the_meetings_files() -> None:
    assert is_document_link("View Presentation (PDF)")
    assert is_document_link("View Minute")
    assert not is_document_link("New Website Presentation on the Budget Plan")


def test_the_file_links_after_a_rows_name_are_cut_from_it() -> None:
    docs = ["View Agenda (PDF)", "View Minutes (PDF)"]
    line = "ODIDA Annual Meeting | View Agenda (PDF) | View Minutes (PDF)"
    assert without_document_links(line, docs) == "ODIDA Annual Meeting"
    assert without_document_links("Budget Hearing", docs) == "Budget Hearing"
    assert without_document_links("View Agenda (PDF)", docs) == "View Agenda (PDF)"


_ARCHIVE = """<html><body><main><h1>Board Meetings</h1>
<p><strong>Next Meeting:</strong> September 29th</p>
<ul>
<li><strong>August 25, 2026</strong> – Communications Updates |
<a href="https://files.example.org/id/a1">View Agenda (PDF)</a> |
<a href="https://files.example.org/id/a2">View Presentation (PDF)</a></li>
<li><strong>June 30, 2026</strong> – Police Captain Hanson |
<a href="https://files.example.org/id/b1">View Agenda (PDF)</a> |
<a href="https://files.example.org/id/b2">View Presentation (PDF)</a> |
<a href="https://files.example.org/id/b3">View Minutes (PDF)</a></li>
<li><strong>April 29, 2025</strong> – New Board Social |
<a href="https://files.example.org/id/c1">View Agenda</a> |
<a href="https://files.example.org/id/c2">View Minute</a></li>
</ul></main></body></html>"""


def test_an_archive_row_is_named_by_its_text_not_by_its_file_links() -> None:
    starts = {title: start for title, start, _ in _records(_ARCHIVE, date(2026, 9, 14))}
    assert starts["Communications Updates"] == "2026-08-25"
    assert starts["Police Captain Hanson"] == "2026-06-30"
    assert starts["New Board Social"] == "2025-04-29"
    assert "View Presentation" not in starts and "View Minute" not in starts


# --- „Next Meeting: September 29th“ beside the archive announces the meeting to come ----------


def test_the_next_meeting_line_gives_the_coming_meeting_named_by_the_page() -> None:
    starts = {title: start for title, start, _ in _records(_ARCHIVE, date(2026, 9, 14))}
    assert starts["Board Meeting"] == "2026-09-29"


def test_odida_reads_its_archive_and_the_announced_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _by_title(inspect_corpus_page(capsys, _ODIDA))
    assert rows["ODIDA Communications Updates"][0]["start"] == "2026-08-25"
    assert rows["OPD Captain Hanson"][0]["start"] == "2026-06-30"
    assert rows["Eric Miller w/ Omaha Streetcar Authority"][0]["start"] == "2025-10-28"
    coming = rows["ODIDA Board Meeting"][0]
    # the hour of the „When:“ rule, the place of the „Where:“ line
    assert coming["start"][:16] == "2026-09-29T17:30"
    assert coming["location"].startswith("RDG Planning & Design")
    assert sum(len(found) for found in rows.values()) == 14


# --- a heading over <br> lines that are only days: one meeting per line -----------------------


def test_a_schedule_heading_names_one_meeting_of_its_list() -> None:
    assert item_name("2026 Board Meetings Schedule") == "Board Meeting"
    assert item_name("Council Meetings Calendar") == "Council Meeting"
    assert item_name("Meeting Schedule") == "Meeting Schedule"  # no plural: a name of its own


_SCHEDULE = """<html><body><div class="content"><h2>Board Meeting Information</h2>
<p>Videos of board meetings are archived on <a href="https://video.example.org/">our channel</a>.</p>
<h3>2026 Board Meetings Schedule</h3>
<p>September 17<br/>October 15<br/>November 19<br/>December 17</p>
<p><em>Dates, times and locations are subject to change.</em></p>
</div></body></html>"""


def test_each_day_line_under_a_schedule_heading_is_a_meeting() -> None:
    found = _records(_SCHEDULE, date(2026, 9, 11))
    assert [(title, start) for title, start, _ in found] == [
        ("Board Meeting", "2026-09-17"),
        ("Board Meeting", "2026-10-15"),
        ("Board Meeting", "2026-11-19"),
        ("Board Meeting", "2026-12-17"),
    ]


def test_oppd_gives_the_four_scheduled_board_meetings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _by_title(inspect_corpus_page(capsys, _OPPD))
    # (session 38: „The next Board of Directors meeting is …“ above the schedule gives the
    # series its full name — test_known_causes_session38)
    assert [r["start"][:10] for r in rows["Board of Directors meeting"]] == [
        "2026-09-17",
        "2026-10-15",
        "2026-11-19",
        "2026-12-17",
    ]
    # „Meetings start at 5 p.m. unless otherwise noted.“ in the note under the schedule
    assert rows["Board of Directors meeting"][0]["start"][:16] == "2026-09-17T17:00"


# --- „Meetings start at 5 p.m. unless otherwise noted.“ times the list's meetings -------------


def test_a_sentence_saying_when_meetings_start_is_the_hour_of_all() -> None:
    note = (
        "The public may also attend through Webex. Meetings start at 5 p.m. unless otherwise noted."
    )
    assert hour_for_all(note) == "5 p.m."
    assert hour_for_all("Meetings are fun. The bus starts at 5 p.m.") is None


def test_a_next_meeting_line_needs_a_day_and_a_page_heading() -> None:
    no_day = _ARCHIVE.replace("September 29th", "to be announced")
    assert "Board Meeting" not in {title for title, _, _ in _records(no_day, date(2026, 9, 14))}
    no_heading = _ARCHIVE.replace("<h1>Board Meetings</h1>", "")
    titles = [title for title, _, _ in _records(no_heading, date(2026, 9, 14))]
    assert len(titles) == 3  # the archive only: nothing names the coming meeting


def test_a_next_meeting_on_a_listed_day_is_not_added_twice() -> None:
    html = _ARCHIVE.replace("September 29th", "August 25, 2026")
    days = [start for _, start, _ in _records(html, date(2026, 8, 1))]
    assert days.count("2026-08-25") == 1


# --- „The next … meeting is <day> at <hour>, and will be held at <place>“ -----------------------


_SENTENCE = """<html><body><div class="content"><h2>Board Meeting Information</h2>
<p>The next Board of Directors meeting is Thursday, September 17 at 5 p.m., and will be held
at the Civic Center, 2nd Floor Legislative Chamber, 1819 Farnam St., Omaha Neb.</p>
<p>The meeting will also be held virtually. See the instructions below to view online.</p>
</div></body></html>"""


def test_a_sentence_announcing_the_next_meeting_gives_its_day_hour_and_place() -> None:
    found = _records(_SENTENCE, date(2026, 9, 11))
    assert len(found) == 1
    title, start, place = found[0]
    assert title == "Board of Directors meeting"
    assert start is not None and start.startswith("2026-09-17T17:00")
    assert place == "Civic Center, 2nd Floor Legislative Chamber, 1819 Farnam St., Omaha Neb"


def test_oppd_the_listed_meeting_the_sentence_announces_takes_its_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = _by_title(inspect_corpus_page(capsys, _OPPD))["Board of Directors meeting"][0]
    assert first["location"].startswith("Omaha-Douglas Civic Center, 2nd Floor")


# --- the word of the day in brackets after each theme is a field of the row, not its name ------


def _titled(*titles: str) -> list[RawRecord]:
    return [RawRecord(source_id="s", page_url="u", extractor="listing", title=t) for t in titles]


def test_a_different_bracketed_word_after_most_titles_is_dropped() -> None:
    records = _titled(
        "One year later [Escapade]",
        "Lifelong learning [ Bemuse ]",
        "Numerology",
        "Around the world [Likelihood]",
    )
    drop_bracketed_tags(records)
    assert [r.title for r in records] == [
        "One year later",
        "Lifelong learning",
        "Numerology",
        "Around the world",
    ]


def test_a_repeated_or_status_bracket_stays() -> None:
    repeated = _titled("Python Basics [Online]", "Data Night [Online]", "Git Intro [Online]")
    drop_bracketed_tags(repeated)
    assert repeated[0].title == "Python Basics [Online]"
    status = _titled("Choir [cancelled]", "Quiz [Riddle]", "Talk [Stars]")
    drop_bracketed_tags(status)
    assert status[0].title == "Choir [cancelled]"
    few = _titled("One year later [Escapade]", "Numerology", "Masks", "Halloween")
    drop_bracketed_tags(few)
    assert few[0].title == "One year later [Escapade]"


def test_toastmasters_meetings_are_named_by_their_themes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _by_title(inspect_corpus_page(capsys, "easyspeak-leiden-toastmasters-meetings-2022-07"))
    assert rows["One year later"][0]["start"] == "2022-06-14"
    assert rows["Small moments of happiness"][0]["start"] == "2022-01-25"
    assert not [title for title in rows if "[" in title]
