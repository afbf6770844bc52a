"""Causes found on held-out batch AD (English public-meeting listings of US cities, counties and
a school district), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

from netdir.extract.title_text import is_document_link
from tests.extract.test_realpage_causes import starts


def test_a_meeting_rows_file_links_do_not_name_it_its_line_below_does() -> None:
    # A meeting portal's row: the date link, then the meeting's files ("Agenda", "Agenda
    # Packet", "Minutes", "Journal", "Video"), then "Reno City Planning Commission - Regular" in
    # a line of its own below them. The first line that is not the date is a file's link.
    assert is_document_link("Agenda Packet") and is_document_link("Journal")
    assert not is_document_link("Journal Club: Reading Group")
    found = starts(
        "iqm2-reno-calendar-2022.html",
        "http://renocitynv.iqm2.com/Citizens/Calendar.aspx?From=1/1/1900&To=12/31/9999",
        date(2022, 8, 6),
    )
    assert len(found) == 14
    assert found[0] == ("Reno City Planning Commission - Regular", "2022-08-03T18:00:00-07:00")
    assert found[-1] == (
        "Reno City Council & Redevelopment Agency Board - Joint Regular",
        "2022-10-26T10:00:00-07:00",
    )
    assert not any(title in {"Agenda", "Journal", "Minutes"} for title, _ in found)
