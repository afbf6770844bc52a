"""Rows read whole, not as their date fields named by the heading above (extract.row_fields)."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

_ROW = (
    '<a class="meeting-row" href="meetings/{id}.html"><div class="meeting-row-date">{day}</div>'
    '<div class="meeting-row-name">{name}</div>'
    '<div class="meeting-row-meta">{count} agenda items &middot; minutes available</div></a>'
)
_MEETINGS = [
    ("A1", "December 10, 2025", "Regular Meeting", 34),
    ("A2", "November 19, 2025", "Regular Meeting", 363),
    ("A3", "November 3, 2025", "Board Policy Committee Meeting", 6),
    ("A4", "October 13, 2025", "Regular Meeting", 274),
    ("A5", "September 17, 2025", "Special Meeting", 8),
]


def _page() -> str:
    rows = "".join(
        _ROW.format(id=id_, day=day, name=name, count=count) for id_, day, name, count in _MEETINGS
    )
    return (
        "<html><body><main><div class='hero'><h1>Board of Education Records</h1>"
        "<p>Search and browse 160 public board meetings on record.</p></div>"
        f"<div id='meeting-list' class='meeting-list'>{rows}</div></main></body></html>"
    )


def test_each_row_is_named_by_its_own_name_field() -> None:
    records = extract_page(page_from_text(_page(), "https://example.org/archive/")).records
    assert [(r.title, r.date_text) for r in records] == [
        (name, day) for _, day, name, _ in _MEETINGS
    ]
    assert records[2].url == "https://example.org/archive/meetings/A3.html"


def test_rows_that_name_nothing_but_their_files_keep_the_heading_s_name() -> None:
    # A day and the meeting's files („Agenda“, „Minutes“) in each row: the rows name no
    # meeting of their own, so the date fields under „2025 Council Meetings“ stay the list.
    rows = "".join(
        f'<div class="row"><div class="date">{day}</div><div class="docs">'
        f'<a href="{id_}/agenda.pdf">Agenda</a> <a href="{id_}/minutes.pdf">Minutes</a></div></div>'
        for id_, day, _, _ in _MEETINGS
    )
    html = f"<html><body><main><h1>2025 Council Meetings</h1><div>{rows}</div></main></body></html>"
    records = extract_page(page_from_text(html, "https://example.org/archive/")).records
    assert [(r.title, r.date_text) for r in records] == [
        ("Council Meeting", day) for _, day, _, _ in _MEETINGS
    ]
