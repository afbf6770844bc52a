"""Causes found on held-out batches 3 and 4 of the real-page corpus, each pinned on its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT, page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
HOLZWURM = "holzwurm-recklinghausen-termine-2026-12.html"
HOLZWURM_URL = "https://termine.holzwurm-recklinghausen.de/termine_re_2026_12.html"


def test_a_feed_summary_that_opens_with_the_day_dates_the_item_and_names_its_room() -> None:
    # Politikradar's RSS: <description>Mo, 31.08.2026, 16:00 Uhr Uhr | Feuerwehr Gladbeck, …
    # and a pubDate at midnight that is no meeting time.
    page = page_from_text(
        (PAGES / "rss-politikradar-emscher-lippe.rss").read_text(encoding="utf-8"),
        "https://el-raete.reporter.ruhr/feed.xml",
        content_type="application/rss+xml",
    )
    records = extract_page(page).records
    assert len(records) == 17
    last = normalize_record(records[-1], today=date(2026, 8, 22))
    assert (last.title, last.start) == (
        "Sitzung des Ausschusses für Sicherheit, Ordnung und Feuerwehr – Gladbeck",
        "2026-08-31T17:00:00+02:00",
    )
    assert records[-1].location_text == "Feuerwehr Gladbeck, Lehrsaal"
    assert records[-1].field_sources["date_text"] == "feed:item.summary"
    # An item without a room keeps none: the doubled "Uhr" is not a place.
    assert records[0].location_text is None


def test_day_groups_of_several_rows_give_one_record_per_row() -> None:
    # <div class="datum-gruppe"><h2>Di 01.12.2026</h2><div class="termine-liste"> with one to
    # six <div class="termin"> each: 74 events, not the first row of each of the 23 days.
    tree = parse_html((PAGES / HOLZWURM).read_text(encoding="utf-8"))
    context = PageContext("test-source", HOLZWURM_URL, HOLZWURM_URL, None, FETCHED_AT)
    records = extract_listing(tree, context)
    assert len(records) == 74
    # <div class="termin-name"><a>…</a> <span class="badge">Redaktion</span> …: the link names it
    assert [r.title for r in records[:2]] == [
        "Ehrenamts- und Selbsthilfe-Café",
        "Führung & Gewaltfreie Kommunikation.",
    ]
    assert [r.date_text for r in records[:2]] == [
        "Di 01.12.2026, 15:00 Uhr",
        "Di 01.12.2026, 18:00–19:30 Uhr",
    ]


def test_json_ld_for_part_of_a_listing_is_completed_by_the_visible_rows() -> None:
    # The page's JSON-LD ItemList stops on 14 December (50 events) and gives "2026-12-01" for
    # a row that shows "18:00–19:30 Uhr"; the rows of 15–30 December are only in the HTML.
    page = page_from_text((PAGES / HOLZWURM).read_text(encoding="utf-8"), HOLZWURM_URL)
    result = extract_page(page)
    assert result.extractors == ["jsonld", "listing"]
    found = {
        (r.title, normalize_record(r, today=date(2026, 8, 22)).start): r for r in result.records
    }
    assert len(result.records) == 74  # 50 from JSON-LD, 24 rows it left out; no row twice
    course = found[("Führung & Gewaltfreie Kommunikation.", "2026-12-01T18:00:00+01:00")]
    assert course.extractor == "jsonld" and course.end == "2026-12-01T19:30:00+01:00"
    assert course.field_sources["start"].startswith("listing:")
    assert any(
        start == "2026-12-30T19:30:00+01:00" and title.startswith("Musik im Sternenzelt")
        for title, start in found
    )


def test_a_month_grid_beside_the_list_adds_no_meetings() -> None:
    # Legistar (Saint Paul): the list of 11 meetings and, below it, a Telerik month grid whose
    # week rows hold some of the same meetings ("Library Board 2:00 PM") and notes; only some
    # week rows carry a day, so the grid is no second list of events.
    page = page_from_text(
        (PAGES / "legistar-stpaul-calendar.html").read_text(encoding="utf-8"),
        "https://stpaul.legistar.com/Calendar.aspx",
    )
    records = extract_page(page).records
    assert len(records) == 11
    assert {r.field_sources["title"] for r in records} == {"listing:tbody>tr.rgRow td[1:title]"}


def test_a_place_in_compound_class_names_is_read() -> None:
    # WeGotTickets: <span class="venuetown">LONDON: </span><span class="venuename">Bull and
    # Gate</span> — compounds of "venue", not the whole class word "venue".
    page = page_from_text(
        (PAGES / "wegottickets-listings.html").read_text(encoding="utf-8"),
        "http://www.wegottickets.com/searchresults/all",
    )
    records = {r.title: r for r in extract_page(page).records}
    chris_peck = records["CHRIS PECK AND THE FAMILY TREE"]
    assert chris_peck.location_text is not None
    assert "Bull and Gate" in chris_peck.location_text and "LONDON" in chris_peck.location_text
    assert chris_peck.field_sources["location_text"].endswith("span.venuename+span.venuetown")


def test_a_legistar_meeting_page_is_one_meeting_not_its_agenda_items() -> None:
    # Held-out batch 4: "Meeting Name:" City Council, "Meeting date/time:" 1/23/2019 | 3:30 PM,
    # "Meeting location:", then 25 agenda items ("Approval of the December 5, 12, and 19, 2018
    # City Council meeting minutes").
    page = page_from_text(
        (PAGES / "legistar-stpaul-meeting-detail.html").read_text(encoding="utf-8"),
        "https://stpaul.legistar.com/MeetingDetail.aspx?ID=673702&GUID=175B19CE-A034-4C76-B59D-EB264420F691",
    )
    records = extract_page(page).records
    assert len(records) == 1
    offering = normalize_record(records[0], today=date(2019, 1, 18))
    assert "City Council" in offering.title
    assert offering.start is not None and offering.start.startswith("2019-01-23T15:30")
    assert records[0].location_text == "Council Chambers - 3rd Floor"
    assert records[0].field_sources["location_text"] == "event_page:Meeting location:"


def test_an_english_ordinal_range_keeps_its_first_day() -> None:
    # WeGotTickets: "20th to 22nd December, 7pm" — the run starts on the 20th.
    page = page_from_text(
        (PAGES / "wegottickets-listings.html").read_text(encoding="utf-8"),
        "http://www.wegottickets.com/searchresults/all",
    )
    records = {r.title: r for r in extract_page(page).records}
    antigone = normalize_record(records["ANTIGONE: THE GREY DAWN"], today=date(2011, 12, 20))
    assert antigone.start is not None and antigone.start.startswith("2011-12-20T19:00")
    assert antigone.end is not None and antigone.end.startswith("2011-12-22")


def test_a_row_time_led_by_a_word_or_its_first_hour_dates_the_row_from_its_day() -> None:
    # <div class="termin-zeit">von 9:30 bis 11 Uhr</div> and "10 bis 11:30 Uhr" under the day
    # heading: the rows beyond the JSON-LD (21 and 16 December) were left without a day.
    tree = parse_html((PAGES / HOLZWURM).read_text(encoding="utf-8"))
    context = PageContext("test-source", HOLZWURM_URL, HOLZWURM_URL, None, FETCHED_AT)
    records = extract_listing(tree, context)
    dated = {r.title: r.date_text for r in records if r.date_text}
    assert dated["Mütter-/Väterberatung durch das Gesundheitsamt"] == (
        "Mi 16.12.2026, 10 bis 11:30 Uhr"
    )
    assert [r.date_text for r in records if r.title.startswith("Babytreff")] == [
        "Mo 07.12.2026, von 9:30 bis 11 Uhr",
        "Mo 14.12.2026, von 9:30 bis 11 Uhr",
        "Mo 21.12.2026, von 9:30 bis 11 Uhr",
    ]
