"""Meeting tables: a row per day, a column per kind of meeting (extract.meeting_columns), the
year from a year row above the days (extract.year_rows), the hour a note gives one kind of
meeting (extract.kind_hours)."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.meeting_columns import meetings_in_columns
from netdir.extract.year_rows import year_row_above
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

_TABLE = """<table>
<tr><td><b>Date</b></td><td><b>Committee meeting</b></td><td><b>Full Council meetings</b></td>
<td><b>Committee meeting</b></td></tr>
<tr><td>2013</td><td></td><td>All commence at 8 p.m.</td><td></td></tr>
<tr><td>03 January</td><td>Planning Committee</td><td></td><td></td></tr>
<tr><td>18 January</td><td>Planning Committee</td><td>Council meeting</td><td></td></tr>
<tr><td>07 February</td><td>Planning Committee</td><td></td>
<td>Parish Maintenance Committee 8.15 p.m.</td></tr>
<tr><td>15 August</td><td>Planning Committee</td><td></td><td>Further Planning meetings in
August to be arranged if required and if applications are not considered under delegated
powers</td></tr>
<tr><td>22 August</td><td>Planning Committee</td><td>Council meeting</td><td></td></tr>
</table>"""


def _rows(html: str) -> list:
    return LexborHTMLParser(html).css("tr")


def _day(row_index: int, html: str = _TABLE) -> list[BlockReading]:
    row = _rows(html)[row_index]
    cells = row.css("td")
    reading = BlockReading(title=cells[1].text(strip=True), date_text=cells[0].text(strip=True))
    return meetings_in_columns([row], reading)


def test_each_filled_meeting_column_of_a_row_is_a_meeting_of_its_day() -> None:
    parts = _day(3)
    assert [(p.title, p.date_text) for p in parts] == [
        ("Planning Committee", "18 January"),
        # the column's hour, written in the row between the header and the days
        ("Council meeting", "18 January, 8 p.m."),
    ]
    assert parts[1].sources["title"] == "listing:meeting column 3 (Full Council meetings)"


def test_a_cell_s_own_hour_times_its_meeting_and_leaves_the_name() -> None:
    assert [(p.title, p.date_text) for p in _day(4)] == [
        ("Planning Committee", "07 February"),
        ("Parish Maintenance Committee", "07 February, 8.15 p.m."),
    ]


def test_a_long_note_in_a_meeting_column_is_no_meeting() -> None:
    assert [p.title for p in _day(5)] == ["Planning Committee"]


def test_a_table_of_one_meeting_column_and_document_columns_is_left_alone() -> None:
    # Date | Regular Board Meeting | Agenda | Minutes: the files of one meeting per row.
    html = """<table><tr><th>Date</th><th>Meeting</th><th>Agenda</th><th>Minutes</th></tr>
    <tr><td>July 15, 2020</td><td>Regular Board Meeting</td><td><a href="a.pdf">Agenda</a></td>
    <td><a href="m.pdf">Minutes</a></td></tr></table>"""
    assert _day(1, html) == []
    # two meeting words, but one of them heads a column of documents
    html = html.replace("<th>Agenda</th>", "<th>Committee agendas</th>")
    assert _day(1, html) == []


def test_a_year_row_above_dates_the_rows_below_it() -> None:
    rows = _rows(_TABLE)
    assert year_row_above(rows[2]) == "2013"
    assert year_row_above(rows[-1]) == "2013"
    assert year_row_above(rows[1]) == "2013"  # the year row's own year
    assert year_row_above(rows[0]) is None  # nothing above the header
    more = _TABLE.replace(
        "<tr><td>22 August", "<tr><td>2014 Annual Report</td></tr><tr><td>22 August"
    )
    assert year_row_above(_rows(more)[-1]) == "2013"  # a cell saying more is no year row


def test_the_table_reads_as_its_meetings_in_their_year_with_their_hours_and_place() -> None:
    html = (
        "<html><body><h1>Dates of Council &amp; Committee meetings</h1>"
        "<p><b>All meetings to be held at Tanyard Hall, 30 Station Road, Gomshall</b></p>"
        f"{_TABLE}<p>All Planning meetings will take place at 7.15 p.m. When the meeting is "
        "followed by a Council meeting at 8 p.m. any unfinished business will be postponed.</p>"
        "</body></html>"
    )
    records = extract_page(page_from_text(html, "https://council.example/meeting_dates")).records
    today = date(2015, 6, 1)
    read = [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]
    place = "Tanyard Hall, 30 Station Road, Gomshall"
    assert read[:4] == [
        ("Planning Committee", "2013-01-03T19:15:00+01:00", place),
        ("Planning Committee", "2013-01-18T19:15:00+01:00", place),
        ("Council meeting", "2013-01-18T20:00:00+01:00", place),
        ("Planning Committee", "2013-02-07T19:15:00+01:00", place),
    ]
    assert len(records) == 8
    council = records[2]
    assert council.field_sources["date_text"].endswith(" + year:year row above in the table")


def test_a_note_times_only_the_meetings_of_the_kind_it_names() -> None:
    html = """<html><body><table><tr><th>Date</th><th>Meeting</th></tr>
    <tr><td>3 March 2026</td><td>Planning Committee</td></tr>
    <tr><td>10 March 2026</td><td>Finance Committee</td></tr>
    <tr><td>17 March 2026</td><td>Planning meeting</td></tr></table>
    <p>All Planning meetings will take place at 7.15 p.m.</p></body></html>"""
    records = extract_page(page_from_text(html, "https://council.example/dates")).records
    assert [(r.title, r.date_text) for r in records] == [
        ("Planning Committee", "3 March 2026, 7.15 p.m."),
        ("Finance Committee", "10 March 2026"),
        ("Planning meeting", "17 March 2026, 7.15 p.m."),
    ]
    assert records[0].field_sources["date_text"].endswith(" + time:the note on its kind of meeting")


def test_meeting_words_that_label_the_fields_of_one_meeting_head_no_meeting_columns() -> None:
    # Legistar's calendar: „Name | Meeting Date | Meeting Time | Meeting Location | Meeting
    # Details“ — one meeting per row, its fields under „Meeting …“ labels.
    html = """<table><tr><th>Name</th><th>Meeting Date</th><th>Meeting Time</th>
    <th>Meeting Location</th><th>Meeting Details</th></tr>
    <tr><td>City Council</td><td>1/23/2019</td><td>10:00 AM</td><td>Council Chambers</td>
    <td><a href="MeetingDetail.aspx?ID=1">Meeting details</a></td></tr></table>"""
    row = _rows(html)[1]
    reading = BlockReading(title="City Council", date_text="1/23/2019, 10:00 AM")
    assert meetings_in_columns([row], reading) == []


def test_a_bracket_after_a_meeting_s_name_is_its_note_not_its_name() -> None:
    html = _TABLE.replace(
        "<td>Council meeting</td><td></td></tr>\n</table>",
        "<td>Council meeting</td><td>Finance Committee 8.15 p.m. (Budget Planning)</td></tr>\n"
        "</table>",
    )
    parts = _day(6, html)
    assert [(p.title, p.date_text, p.description) for p in parts][2] == (
        "Finance Committee",
        "22 August, 8.15 p.m.",
        "Budget Planning",
    )


def test_a_first_row_of_days_or_of_one_meeting_s_name_is_no_header_of_meeting_columns() -> None:
    # A council's year grid: each cell of the first row is a month with its meetings.
    grid = """<table><tr><td>Januar 23.01. - 19:00 Uhr: GR-Sitzung</td>
    <td>Februar 27.02. - 19:00 Uhr: GR-Sitzung</td></tr>
    <tr><td>April 24.04. - 19:00 Uhr: GR-Sitzung</td><td>Mai 22.05. - 19:00 Uhr: Ausschuss</td>
    </tr></table>"""
    row = _rows(grid)[1]
    reading = BlockReading(title="GR-Sitzung", date_text="24.04. - 19:00 Uhr")
    assert meetings_in_columns([row], reading) == []
    # a meeting page's field table: „Sitzung: | Rat, 8. Sitzung“
    fields = """<table><tr><td>Sitzung:</td><td>Rat, 8. Sitzung</td></tr>
    <tr><td>Datum:</td><td>Dienstag, 17.03.2026</td></tr></table>"""
    row = _rows(fields)[1]
    reading = BlockReading(title="Rat, 8. Sitzung", date_text="Dienstag, 17.03.2026")
    assert meetings_in_columns([row], reading) == []
