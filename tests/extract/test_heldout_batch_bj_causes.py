"""Held-out batch BJ (English listings: an R user group's meetup archive, a hash club's runsheet,
a mathematics department's seminar list, a civic tracker's list of council meetings): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.speaker_affiliations import lists_speakers
from netdir.extract.tally_rows import kind_name
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_MEETUPS = "jekyll-pdxrlang-meetups-2019-03"
_RUNSHEET = "static-ch4-copenhagen-hash-runsheet-2026-04"
_SEMINARS = "static-iisc-math-seminars-2016"
_COUNCIL = "static-civicrollcall-eaglemountain-meetings-2026-09"

Row = tuple[str | None, str | None, str | None]


def _records(html: str, today: date, url: str = "https://example.org/list/") -> list[Row]:
    """(title, normalized start to the minute, place text) of each record of a snippet."""
    out: list[Row] = []
    for record in extract_page(page_from_text(html, url)).records:
        normal = normalize_record(record, today=today)
        out.append((record.title, (normal.start or "")[:16], record.location_text))
    return out


# --- „Prof. Harish Seshadri, IISc, Bangalore“: a speaker's institution is no place ---

_SPEAKERS = """<html><body><p>List of Seminars. Latest seminars first.</p>
<table><tr><td>&nbsp;</td><td><b>Seminar Date</b></td><td><b>Speaker</b></td></tr>
<tr><td>&#149</td><td><a href="s/oct21.html"> October 21, 2016<td>Prof. Harish Seshadri, IISc, Bangalore</tr>
<tr><td>&#149</td><td><a href="s/oct212.html"> October 21, 2016<td>Prof. Siddharth Barman, IISc, Bangalore</tr>
<tr><td>&#149</td><td><a href="s/sep28.html"> September 28, 2016<td>Mr. Sudipto Chowdhury, IISc, Bangalore</tr>
<tr><td>&#149</td><td><a href="s/sep19.html"> September 19, 2016<td>Rajesh Sundaresan, IISc, Bangalore</tr>
</table></body></html>"""


def test_a_list_of_speakers_keeps_their_institutions_in_the_names() -> None:
    records = _records(_SPEAKERS, date(2017, 1, 20))
    assert records == [
        ("Prof. Harish Seshadri, IISc, Bangalore", "2016-10-21", None),
        ("Prof. Siddharth Barman, IISc, Bangalore", "2016-10-21", None),
        ("Mr. Sudipto Chowdhury, IISc, Bangalore", "2016-09-28", None),
        ("Rajesh Sundaresan, IISc, Bangalore", "2016-09-19", None),
    ]


def test_speakers_are_told_by_their_forms_of_address() -> None:
    assert lists_speakers(["Prof. Harish Seshadri, IISc", "Dr Aprameyan Parthasarathy, Germany"])
    assert not lists_speakers(["Prof. Harish Seshadri, IISc", "Uday Bhaskar, IMSc, Chennai"])
    # concerts at their venues: the shared ends are places, as before
    assert not lists_speakers(["Percussion Night, Bolando, Bollschweil", "Konzert, Bolando"])
    assert not lists_speakers(["Drawing Class, Studio 4", "Dr. Who Night, Studio 4"])


_CONCERTS = """<html><body><h2>Konzerte</h2><ul>
<li>12.03.2026 – Percussion Night, Bolando, Bollschweil</li>
<li>19.03.2026 – Konzert mit Chor Crescendo, Möhlinhalle, Bollschweil</li>
<li>26.03.2026 – Frühlingskonzert, Bolando, Bollschweil</li></ul></body></html>"""


def test_a_concert_list_still_ends_its_titles_in_places() -> None:
    records = _records(_CONCERTS, date(2026, 3, 1))
    assert records[0] == ("Percussion Night", "2026-03-12", "Bolando, Bollschweil")


# --- „<a>December 02, 2016</a> | M S Raghunathan, National Center for …“: no row named by its day ---

_CENTER_ROW = _SPEAKERS.replace(
    "Mr. Sudipto Chowdhury, IISc, Bangalore",
    "M S Raghunathan, National Center for Mathematics, IIT Mumbai",
)


def test_a_row_whose_text_reads_like_a_venue_is_named_by_it_among_named_rows() -> None:
    records = _records(_CENTER_ROW, date(2017, 1, 20))
    assert (
        "M S Raghunathan, National Center for Mathematics, IIT Mumbai",
        "2016-09-28",
        None,
    ) in records
    assert len(records) == 4


_VENUE_ROWS = """<html><body><h2>Aufführungen</h2><table>
<tr><td><a href="/t/1">Do, 08.05.2026</a></td><td>Kulturzentrum Halle, Triftstraße 43</td></tr>
<tr><td><a href="/t/2">Fr, 09.05.2026</a></td><td>Bürgerzentrum, Amandastraße 58</td></tr>
</table></body></html>"""


def test_rows_that_all_name_only_a_venue_are_not_renamed_by_it() -> None:
    titles = {title for title, _start, _place in _records(_VENUE_ROWS, date(2026, 5, 1))}
    assert "Kulturzentrum Halle, Triftstraße 43" not in titles
    assert "Bürgerzentrum, Amandastraße 58" not in titles


def test_the_department_seminars_are_named_by_their_speakers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _SEMINARS)
    named = {(row["start"][:10], row["title"], row["location"]) for row in rows}
    assert (
        "2016-12-28",
        "Dan-Virgil Voiculescu, University of California, Berkeley, USA",
        None,
    ) in named
    assert ("2016-10-21", "Prof. Harish Seshadri, IISc, Bangalore", None) in named
    assert (
        "2016-12-02",
        "M S Raghunathan, National Center for Mathematics, IIT Mumbai",
        None,
    ) in named
    assert len(rows) == 17


# --- a runsheet's header row and its rows' Google Calendar links ---

_CALENDAR_ROWS = """<html><head><title>Runsheet</title></head><body><h2>Runsheet 2026</h2>
<table border="1">
<tr><th>Run no.</th><th>Date and time</th><th>Location</th>
<th><a href="https://www.rejseplanen.dk/webapp/">Public transport</a></th><th>Notes</th></tr>
<tr><td><a href="/index.html">CH4</a> #367</td><td>Good Friday 03-04-2026<br>20:00 hrs</td>
<td><a href="http://example.com/ellebo">Cafe Ellebo</a><br>Sjælør Boulevard 49<br>2450 Copenhagen SV</td>
<td></td><td>Full Moon Hash<br><a href='https://www.google.com/calendar/event?action=TEMPLATE&text=CH4%20%23%20367 (Full Moon Hash)&dates=20260403T180000Z/20260403T220000Z&location=Cafe%20Ellebo,%20Sjælør%20Boulevard%2049'><img src="gc.gif"></a></td></tr>
<tr><td><a href="/index.html">CH4</a> #368</td><td>Friday 01-05-2026<br>20:00 hrs</td>
<td>Location TBA</td><td></td><td>Full Moon Hash<br><a href='https://www.google.com/calendar/event?action=TEMPLATE&text=CH4%20%23%20368 (Full Moon Hash)&dates=20260501T180000Z/20260501T220000Z&location=Location TBA'><img src="gc.gif"></a></td></tr>
<tr><td><a href="/index.html">CH4</a> #369</td><td>Friday 05-06-2026<br>20:00 hrs</td>
<td>Location TBA</td><td></td><td>Full Moon Hash<br><a href='https://www.google.com/calendar/event?action=TEMPLATE&text=CH4%20%23%20369 (Full Moon Hash)&dates=20260605T180000Z/20260605T220000Z&location=Location TBA'><img src="gc.gif"></a></td></tr>
<tr><td><a href="/index.html">CH4</a> #371</td><td>Friday 31-07-2026<br>20:00 hrs</td>
<td>Location TBA</td><td></td><td>Full Moon Hash<br><a href='https://www.google.com/calendar/event?action=TEMPLATE&text=CH4%20%23%20371 (Full Moon Hash)&dates=20260731T180000Z/20260731T220000Z&location=Location TBA'><img src="gc.gif"></a></td></tr>
</table></body></html>"""


def test_the_rows_calendar_links_name_them_and_the_header_row_is_no_run() -> None:
    records = _records(_CALENDAR_ROWS, date(2026, 4, 27), "https://ch4.dk/")
    assert [(title, start) for title, start, _place in records] == [
        ("CH4 # 367 (Full Moon Hash)", "2026-04-03T20:00"),
        ("CH4 # 368 (Full Moon Hash)", "2026-05-01T20:00"),
        ("CH4 # 369 (Full Moon Hash)", "2026-06-05T20:00"),
        ("CH4 # 371 (Full Moon Hash)", "2026-07-31T20:00"),
    ]
    # the row named by its venue keeps the venue as its place
    assert records[0][2] is not None and records[0][2].startswith("Cafe Ellebo")


_OTHER_DAY = _CALENDAR_ROWS.replace("dates=20260501T180000Z", "dates=20260912T180000Z")


def test_a_calendar_entry_for_another_day_names_nothing() -> None:
    titles = [title for title, _start, _place in _records(_OTHER_DAY, date(2026, 4, 27))]
    assert "CH4 # 368 (Full Moon Hash)" not in titles
    assert "CH4 # 369 (Full Moon Hash)" in titles


def test_the_hash_runs_are_named_as_the_club_enters_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _RUNSHEET)
    assert [row["title"] for row in rows][:2] == [
        "CH4 # 367 (Full Moon Hash)",
        "CH4 # 368 (Full Moon Hash)",
    ]
    assert rows[0]["start"][:16] == "2026-04-03T20:00"
    assert "Cafe Ellebo" in (rows[0]["location"] or "")
    assert len(rows) == 10  # no record for the header row „… | Public transport | …“


# --- „1 September 2026 · 7 motions · 10 ordinance lines“: the list's kind names tally rows ---

_TALLIES = """<html><head><title>Springfield Town Board Hearings — Town Tracker</title></head>
<body><h1>Hearings</h1><ul class="list">
<li><a href="/h/1.html">1 September 2026</a> <span>7 motions · 10 ordinance lines</span></li>
<li><a href="/h/2.html">26 August 2026</a> <span>1 motion · 0 ordinance lines</span><span>Road plan adopted</span></li>
<li><a href="/h/3.html">18 August 2026</a> <span>15 motions · 9 ordinance lines</span></li>
</ul></body></html>"""


def test_rows_of_tallies_are_named_by_the_lists_kind_and_the_bodys_name() -> None:
    records = _records(_TALLIES, date(2026, 10, 1))
    assert [(title, start) for title, start, _place in records] == [
        ("Springfield Town Board hearing", "2026-09-01"),
        ("Springfield Town Board hearing", "2026-08-26"),
        ("Springfield Town Board hearing", "2026-08-18"),
    ]


def test_the_kind_is_named_from_the_heading_and_the_document_title() -> None:
    title = "Eagle Mountain City Council Meetings — Civic Roll Call"
    assert kind_name("Meetings", title) == "Eagle Mountain City Council meeting"
    assert kind_name("Past assemblies:", "Assemblies | Town") == "Assembly"
    assert kind_name("Meetings", None) == "Meeting"
    assert kind_name("Minutes of the council 2026", title) is None  # no bare kind


_ONE_TALLY = _TALLIES.replace("15 motions · 9 ordinance lines", "Budget workshop")


def test_a_list_with_a_named_row_keeps_its_names() -> None:
    titles = {title for title, _start, _place in _records(_ONE_TALLY, date(2026, 10, 1))}
    assert "Springfield Town Board hearing" not in titles
    assert "Budget workshop" in titles


def test_the_council_meetings_are_named_by_the_council(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _COUNCIL)
    assert len(rows) == 25
    assert {row["title"] for row in rows} == {"Eagle Mountain City Council meeting"}
    assert rows[0]["start"][:10] == "2026-09-01"


# --- „<a>R and Machine Learning</a> - Joint meetup with <a>Women Who Code Portland</a>“ ---

_JOINT = """<html><body><h3>Past meetups</h3><ul>
<li>2017-02-13 - <a href="https://m.example/e/1">Text mining in R</a></li>
<li>2017-01-10 - <a href="https://m.example/e/2">R and Machine Learning</a> - Joint meetup with <a href="https://m.example/wwc">Women Who Code Portland</a></li>
<li>2016-12-07 - <a href="https://m.example/e/3">shiny night: tutorial and use cases</a></li>
</ul></body></html>"""


def test_a_link_after_with_names_the_partner_not_the_meetup() -> None:
    records = _records(_JOINT, date(2019, 3, 5))
    assert ("R and Machine Learning", "2017-01-10", None) in records
    assert all(title != "Women Who Code Portland" for title, _start, _place in records)


def test_the_joint_meetup_of_the_archive_is_named_by_its_own_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _MEETUPS)
    by_day = {row["start"][:10]: row["title"] for row in rows}
    assert by_day["2017-01-10"] == "R and Machine Learning"
    assert len(rows) == 40
