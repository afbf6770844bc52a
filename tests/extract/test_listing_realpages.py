"""The generic listing detector on real corpus pages (tests/realpages/), one cause per test."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.listing_features import title_in_text
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.test_realpage_causes import PAGES, starts


def test_a_posting_note_is_neither_the_title_nor_the_meeting_time() -> None:
    # CivicPlus Agenda Center: the link says "Nov 19, 2020 — Posted Nov 16, 2020 11:47 AM",
    # the paragraph below it names the meeting.
    found = starts(
        "civicplus-lascruces-agendacenter.html",
        "https://www.las-cruces.org/AgendaCenter/Search/",
        date(2020, 12, 11),
    )
    assert len(found) == 28
    assert found[0] == (
        "Airport Advisory Board Meeting Agenda for November 19, 2020",
        "2020-11-19",
    )
    assert not any(title.startswith(("Posted", "Amended")) for title, _ in found)


def test_meetings_in_one_list_per_month_are_read_one_by_one() -> None:
    # RIS-NG: "div.month > ul > li" — the month boxes hold two or three meetings each.
    found = starts(
        "ecics-ris-ilsfeld-jahr.html",
        "https://www.ilsfeld.de/ris?action=show_sitzungsliste",
        date(2026, 10, 1),
    )
    assert len(found) == 19
    assert ("Gemeinderat", "2026-01-27T19:00:00+01:00") in found
    assert ("Gemeinderat", "2026-06-30T19:00:00+02:00") in found


def test_month_headings_do_not_hide_the_year_heading_above_them() -> None:
    # "<h2>2025</h2>", then twelve "<h3>Januar</h3>" … boxes with "24.06. - 19:00 Uhr:" rows.
    found = starts(
        "ecics-ris-gueglingen-jahre.html",
        "https://www.gueglingen.de/ris?action=show_sitzungsliste",
        date(2026, 10, 1),
    )
    assert ("Gemeinderat", "2025-12-09T19:00:00+01:00") in found
    assert ("Gemeinderat", "2026-12-09T19:00:00+01:00") not in found


def test_a_room_number_is_not_a_date() -> None:
    assert DATE_LIKE.search("Besprechungsraum 3.11.1, 3. OG") is None
    assert DATE_LIKE.search("am 12.03.2027 um") is not None
    found = starts(
        "ratstermine-muensterland-2026-03.html",
        "https://mastermint-63.github.io/Ratsinformationssystem/termine_2026_03.html",
        date(2026, 2, 20),
    )
    assert ("Seniorenbeirat", "2026-03-02T14:00:00+01:00") in found


def test_a_title_keeps_a_date_inside_its_sentence_and_loses_the_dates_at_its_ends() -> None:
    assert title_in_text("20.01. - 19:00 Uhr: Gemeinderat") == "Gemeinderat"
    assert title_in_text("February 11, 2026: February Regular Town Board Meeting") == (
        "February Regular Town Board Meeting"
    )
    assert title_in_text("LCU Board Meeting for November 12, 2020, will focus on X") == (
        "LCU Board Meeting for November 12, 2020, will focus on X"
    )
    assert title_in_text("Nov 19, 2020 — Posted Nov 16, 2020 11:47 AM") is None


def test_a_calendar_cell_takes_its_day_from_the_link_label_and_its_time_from_the_cell() -> None:
    # SessionNet month view: the cell shows "Rat der Stadt Eschweiler"; its link's title says
    # "Details anzeigen: Rat der Stadt Eschweiler 08.07.2026", the cell's list "17:30-21:36 Uhr".
    page = page_from_text(
        (PAGES / "sessionnet-eschweiler-kalender.html").read_text(encoding="utf-8"),
        "https://www.eschweiler.de/bi/si0040.php?__cjahr=2026&__cmonat=7",
    )
    records = extract_page(page).records
    council = next(r for r in records if r.title == "Rat der Stadt Eschweiler")
    assert council.field_sources["date_text"].endswith("a@title+time:around")
    start = normalize_record(council, today=date(2026, 7, 1)).start
    assert start == "2026-07-08T17:30:00+02:00"
    assert council.location_text is not None and "52249 Eschweiler" in council.location_text
    assert len(records) == 5  # document links ("Tagesordnung öffentlich") are no meetings
