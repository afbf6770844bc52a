"""The generic listing detector on real corpus pages (tests/realpages/), one cause per test."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.title_text import title_in_text
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


def calendar_starts(name: str, url: str, today: date) -> list[tuple[str, str | None]]:
    text = (PAGES / name).read_bytes().decode("iso-8859-1" if "allris3" in name else "utf-8")
    records = extract_page(page_from_text(text, url)).records
    return [(r.title, normalize_record(r, today=today).start) for r in records]


def test_calendar_rows_take_the_month_from_the_address_and_the_day_from_the_row_above() -> None:
    # ALLRIS 3: "Di | 1 | 15:02 | Sitzung …" rows; a second meeting on the same day leaves its
    # day cell empty ("sameday"); the month is only in the address (?MM=9&YY=2026).
    found = calendar_starts(
        "allris3-lkos-kalender.html",
        "https://ris.lkos.de/si010_r.asp?MM=9&YY=2026",
        date(2026, 9, 10),
    )
    assert found[:3] == [
        ("Sitzung des Ausschusses für Personal und Organisation", "2026-09-01T15:02:00+02:00"),
        ("Sitzung des Verwaltungsrates der Kreissparkasse Bersenbrück", "2026-09-02T09:00:00+02:00"),
        ("Sitzung des Ausschusses für Soziales, Senioren und Gleichstellung", "2026-09-02T15:04:00+02:00"),
    ]  # fmt: skip
    assert len(found) == 6
    # Without the month in the address nothing is guessed: the rows stay undated.
    undated = calendar_starts(
        "allris3-lkos-kalender.html", "https://ris.lkos.de/si010_r.asp", date(2026, 9, 10)
    )
    assert all(start is None for _, start in undated)


def test_a_month_grid_cell_dates_the_meetings_inside_it() -> None:
    # KOMFA: a cell "07" above "17:30" and the meeting; "September 2026" in a table header.
    found = calendar_starts(
        "komfa-delitzsch-kalender.html",
        "https://ris-delitzsch.komfa.de/index.php?module=komfaris&action=cal",
        date(2026, 10, 5),
    )
    assert found == [
        ("Stadt Delitzsch, Ausschuss für Schule, Kultur und Soziales", "2026-09-07T17:30:00+02:00"),
        ("Stadt Delitzsch, Technischer Ausschuss", "2026-09-08T17:30:00+02:00"),
        ("Stadt Delitzsch, Verwaltungs- und Finanzausschuss", "2026-09-10T17:30:00+02:00"),
        ("Stadt Delitzsch, Technischer Ausschuss", "2026-09-22T17:30:00+02:00"),
        ("Stadt Delitzsch, Stadtrat", "2026-09-24T17:30:00+02:00"),
    ]  # fmt: skip


def test_the_page_month_comes_from_one_caption_or_the_address() -> None:
    from netdir.extract.calendar_days import bare_day, page_month
    from netdir.html_depth import parse_html

    tree = parse_html("<table><caption>Kalender 2026 Juli</caption></table><h2>Juli 2026</h2>")
    captions = tree.css("caption, h2")
    month = page_month(captions, "https://x.example/cal")
    assert month is not None and (month.year, month.month, month.where) == (2026, 7, "caption")
    two = parse_html("<h2>Juli 2026</h2><h2>August 2026</h2>").css("h2")
    assert page_month(two, "https://x.example/?MM=9&YY=2026") is None  # a page of two months
    by_url = page_month([], "https://x.example/si010.asp?MM=9&YY=2026")
    assert by_url is not None and (by_url.year, by_url.month) == (2026, 9)
    assert bare_day(["Di", "1", "15:02"]) == (1, "Di")
    assert bare_day(["1 Mi", "Rat"]) == (1, "Mi")
    assert bare_day(["3", "Sitzungen"]) is None  # a count is no day without its weekday


def test_rows_take_the_day_of_the_heading_row_above_them_in_the_same_table() -> None:
    # FullCalendar list view: "tr.fc-list-heading" (August 1, 2025) then "tr.fc-list-item" rows
    # with "11:00am - 3:00pm"; the same event on two days is two items.
    found = starts(
        "fullcalendar-princegeorge-list.html",
        "https://www.princegeorge.ca/community-culture/events/events-calendar",
        date(2025, 8, 1),
    )
    assert [(title, (start or "")[:16]) for title, start in found] == [
        ("Foodie Fridays", "2025-08-01T11:00"),
        ("Mini Bee School", "2025-08-02T09:00"),
        ("Mini Bee School", "2025-08-03T10:00"),
        ("Yoga in the Park", "2025-08-03T10:00"),
    ]


def test_an_ongoing_row_under_a_day_header_is_on_that_day() -> None:
    # Veranstaltungen Münsterland: exhibitions listed under "Do 01.01.2026" say "laufend".
    found = starts(
        "static-muensterland-veranstaltungen.html",
        "https://mastermint-63.github.io/Veranstaltungen_in_MS/veranstaltungen_2026_01.html",
        date(2025, 12, 31),
    )
    assert ("ART VIschering", "2026-01-01") in found


def test_a_heading_run_holding_a_dated_list_is_not_a_second_listing_beside_that_list() -> None:
    # "<h2>Monatliche Treffen</h2><p>…</p><ul><li>Freitag, 27. Mai 2016</li>…" and
    # "<h2>Workshops</h2>…<li>Sonntag, 19. Juni 2016, 13-18 Uhr: Scala</li>": the list items
    # are the meetings; the two sections are boxes of them, not two more items.
    found = starts(
        "static-opensourcetreffen-termine.html",
        "https://www.opensourcetreffen.de/termine.html",
        date(2016, 5, 18),
    )
    days = [(start or "")[:10] for _, start in found]
    assert days == ["2016-05-27", "2016-06-24", "2016-07-22", "2016-06-19"]
    assert found[0][0] == "Monatliche Treffen"  # a date-only line is titled by its heading


def test_a_meeting_row_whose_links_are_its_documents_is_titled_by_its_name_cell() -> None:
    # US meeting tables (Granicus-style): "City Council | Jan 5, 2026 | Agenda | Minutes | MP4 Video".
    from netdir.extract.title_text import is_document_link

    assert is_document_link("MP4 Video") and is_document_link("Agenda Packet (PDF)")
    assert not is_document_link("Budget Workshop Agenda Review Committee")
    rows = "".join(
        f"<tr><td>{name}</td><td>{day}</td><td><a href='/a{n}.pdf'>Agenda</a></td>"
        f"<td><a href='/m{n}.pdf'>Minutes</a></td><td><a href='/v{n}.mp4'>MP4 Video</a></td></tr>"
        for n, (name, day) in enumerate(
            [("City Council", "Jan 5, 2026"), ("Planning Commission", "Jan 12, 2026"),
             ("Parks Board", "Jan 20, 2026")]
        )
    )  # fmt: skip
    page = page_from_text(f"<html lang='en'><body><table>{rows}</table></body></html>")
    found = [
        (r.title, normalize_record(r, today=date(2026, 1, 1)).start)
        for r in extract_page(page).records
    ]
    assert found == [
        ("City Council", "2026-01-05"),
        ("Planning Commission", "2026-01-12"),
        ("Parks Board", "2026-01-20"),
    ]


def test_a_two_digit_year_heading_gives_the_rows_their_year() -> None:
    # The same real page with its year headings written as tabs often are: "’25", "26".
    html = (PAGES / "ecics-ris-gueglingen-jahre.html").read_text(encoding="utf-8")
    assert '<h2 class="risng">2025</h2>' in html and '<h2 class="risng">2026</h2>' in html
    html = html.replace('<h2 class="risng">2025</h2>', '<h2 class="risng">’25</h2>')
    html = html.replace('<h2 class="risng">2026</h2>', '<h2 class="risng">26</h2>')
    page = page_from_text(html, "https://www.gueglingen.de/ris?action=show_sitzungsliste")
    records = extract_page(page).records
    found = [(r.title, normalize_record(r, today=date(2026, 10, 1)).start) for r in records]
    assert ("Gemeinderat", "2025-12-09T19:00:00+01:00") in found
    assert ("Gemeinderat", "2026-12-09T19:00:00+01:00") not in found
    assert any(r.field_sources["date_text"].endswith("year:h2") for r in records)
