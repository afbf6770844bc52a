"""Causes found on held-out batch 5 of the real-page corpus, each pinned on its page."""

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
EGANS = "static-egans-jamhouse-schedule.html"
EGANS_URL = "https://www.ballardjamhouse.com/schedule.html"


def _listing(page: str, url: str) -> list:
    tree = parse_html((PAGES / page).read_text(encoding="utf-8"))
    return extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))


def test_a_day_term_above_timed_entries_gives_one_record_per_entry() -> None:
    # <dl><dt>Sat May 2</dt><dd>7pm - Melissa Brewer Quintet - Melissa Brewer (vocals), …</dd>
    # <dd>9:30pm - Ian Hughes Quartet - …</dd></dl>, one <dl> per day, the later ones nested in
    # a <dl> left open: 42 shows on 26 days, each named without its line-up, links and cover.
    records = _listing(EGANS, EGANS_URL)
    assert len(records) == 42
    first, second, third = records[:3]
    assert (first.title, second.title, third.title) == (
        "Singer-Songwriter Nancy K Dillon and Ghost Tree",
        "Melissa Brewer Quintet",
        "Ian Hughes Quartet",
    )
    assert [normalize_record(r, today=date(2026, 5, 10)).start[:16] for r in (second, third)] == [
        "2026-05-02T19:00",
        "2026-05-02T21:30",
    ]
    assert third.field_sources["title"].endswith("dd opening time")
    # The festival's banner <dd> ("SEATTLE CABARET FESTIVAL 2026") opens with no time: no show.
    assert not any("FESTIVAL" in r.title for r in records)
    # "Blue Plate Special [Website] / Kat Jimenez & David Liu [Website]. Purchase tickets [HERE]"
    assert "Blue Plate Special / Kat Jimenez & David Liu" in {r.title for r in records}
    # 9pm - Lady 'A' - "Welcome to the Porch" - Blues and Soul Showcase: the quoted show title
    # belongs to the name, what follows it does not.
    assert records[-1].title == "Lady 'A' - \"Welcome to the Porch\""


def test_a_month_heading_inside_a_list_left_open_ends_the_day_above_it() -> None:
    # "<dt>Sat May 30</dt><dd>…</dd><dd>…</dd> <br><hr><h2>June</h2> <dl><dt>Thu Jun 4</dt>":
    # the heading belongs to no show of 30 May, which keeps both of its shows.
    may_30 = [r.title for r in _listing(EGANS, EGANS_URL) if r.date_text.startswith("Sat May 30")]
    assert may_30 == ["Aaron Shanks / The Sirens of Swing", "Cassi Q Kohl / Angie Louise"]


def test_rows_naming_only_weekday_and_day_take_month_and_year_from_the_heading_above() -> None:
    # <h2>February 2026</h2> in a header row, then rows "Wed 18 - Sun 22" | "NW Flower & …":
    # eleven events of February to October, each under its own month's heading.
    url = "https://scc-web.ungerboeck.net/coe/coe_p1_all.aspx?oc=01&cc=COESOP"
    records = _listing("ungerboeck-wscc-events.html", url)
    first = records[0]
    assert (first.title, first.date_text) == (
        "NW Flower & Garden Festival 2026",
        "Wed 18 - Sun 22 February 2026",
    )
    assert first.field_sources["date_text"].endswith(" day + month:h2 above")
    starts = {normalize_record(r, today=date(2026, 2, 14)).start[:10] for r in records}
    assert starts >= {
        "2026-02-18", "2026-02-25", "2026-03-05", "2026-03-12", "2026-03-28", "2026-04-03",
        "2026-04-29", "2026-05-24", "2026-09-04", "2026-09-30", "2026-10-24",
    }  # fmt: skip


def test_an_event_listed_under_two_months_is_one_event_from_its_first_to_its_last_day() -> None:
    # April: "Wed 29 - Thu 30 | ASBrS 2026 Annual Meeting (Ends May 3)"; May: "Fri 1 - Sun 3 |
    # ASBrS 2026 Annual Meeting (Begins Apr 29)", both rows linking the same page.
    url = "https://scc-web.ungerboeck.net/coe/coe_p1_all.aspx?oc=01&cc=COESOP"
    records = _listing("ungerboeck-wscc-events.html", url)
    assert len(records) == 11
    meeting = next(r for r in records if r.title == "ASBrS 2026 Annual Meeting")
    assert meeting.date_text == "2026-04-29 – 2026-05-03"
    assert meeting.field_sources["date_text"].endswith(" + continued in a later row")
    # A one-day row ("Wed 30 (Ends Oct 3)") continued by a range in October joins it, too.
    aaoms = next(r for r in records if r.title == "AAOMS 2026 Annual Meeting")
    assert aaoms.date_text == "2026-09-30 – 2026-10-03"


def _page_records(page: str, url: str) -> list:
    html = (PAGES / page).read_text(encoding="utf-8")
    return extract_page(page_from_text(html, url)).records


def test_a_date_under_the_h1_followed_by_a_time_line_is_the_events() -> None:
    # <h1>Jazz in the City | …</h1> … <p>February 22, 2026</p><p>2–4 pm</p>: no label, no
    # time in the date's own line, yet the time right under it makes it the event's day.
    url = "https://fryemuseum.org/calendar/event/jazz-city-darrius-willrich-and-gretchen-yanover"
    (record,) = _page_records("drupal10-frye-event.html", url)
    assert record.title == "Jazz in the City | Darrius Willrich and Gretchen Yanover"
    assert record.date_text == "February 22, 2026 2–4 pm"
    normalized = normalize_record(record, today=date(2026, 2, 19))
    assert (normalized.start[:16], normalized.end[:16]) == ("2026-02-22T14:00", "2026-02-22T16:00")


def test_the_events_own_header_beside_more_events_teasers_names_the_page() -> None:
    # <header> holds <h1>Ballard FC Home Game</h1> and "May 15" "-" "7:30 PM" "-" "9:30 PM";
    # below, "More Events" shows two dated teasers of other events, no listing of this page.
    url = "https://www.seattlefwc26.org/full-event-calendar/ballard-fc-home-games"
    (record,) = _page_records("webflow-fwc26-event-singletime.html", url)
    assert (record.title, record.extractor) == ("Ballard FC Home Game", "event_page")
    # The "-" right after "May 15" is a w-condition-invisible copy (no end day): not read.
    assert record.date_text == "May 15 7:30 PM - 9:30 PM"
    url = "https://www.seattlefwc26.org/full-event-calendar/the-beautiful-game-how-soccer-connects-us-all"
    (record,) = _page_records("webflow-fwc26-event-multiday.html", url)
    assert record.date_text == "May 23 - Sep 7 10:00 AM - 5:00 PM"
    normalized = normalize_record(record, today=date(2026, 5, 8))
    assert (normalized.start[:16], normalized.end[:10]) == ("2026-05-23T10:00", "2026-09-07")


def test_a_jetengine_event_page_is_one_event_not_a_happening_beside_it() -> None:
    # The event's day and time stand in widgets under its <h1> ("July 27, 2025" / "10:00am");
    # the page was read as a two-row listing before, with a second record titled "Happening".
    url = "https://tourismpg.com/events/bcne-renaissance-faire-2/"
    records = _page_records("wordpress-jetengine-tourismpg-event.html", url)
    assert [(r.title, r.date_text) for r in records] == [
        ("BCNE Renaissance Faire", "July 27, 2025, 10:00am")
    ]


def test_a_timed_row_in_its_own_boxes_takes_the_day_shown_before_it() -> None:
    # Each event sits in a <section> of its own; "February 15" stands in a date bar only in the
    # section of the day's first event: "11:00 a.m." | "Têt in Seattle …" is on that day.
    url = "https://www.seattlecenter.com/events/event-calendar"
    records = _listing("seattlecenter-event-calendar.html", url)
    timed = [
        (r.title, r.date_text.replace(" 2026", ""))  # the year of a heading above, added later
        for r in records
        if " p before" in r.field_sources["date_text"]
    ]
    assert timed == [
        ("Têt in Seattle - Vietnamese Lunar New Year", "February 15, 11:00 a.m."),
        ("Ghost", "February 15, 7:00 p.m."),
        ("Seattle Center Farmers Market", "February 16, 10:00 a.m."),
    ]
    assert len(records) == 5


def test_a_time_element_beside_the_day_gives_the_start_and_doors_opening_does_not() -> None:
    # TicketWeb: <span class="tw-event-date">Feb 12</span> <span class="tw-event-time-complete">
    # 8:00 PM</span> <span class="tw-event-door-time-complete">(Doors: 7:00 PM)</span>.
    records = _listing("ticketweb-chopsuey-calendar.html", "https://chopsuey.com/calendar/")
    assert records[0].date_text == "Feb 12, 8:00 PM"
    # Webflow: <div class="doors-cal">7:00 pm</div><div class="show-time-cal">7:30 pm</div>
    url = "https://www.elcorazonseattle.com/calendar"
    records = _listing("webflow-elcorazon-calendar.html", url)
    assert records[0].date_text == "February 11, 2026, 7:30 pm"
    assert records[0].field_sources["date_text"].endswith("div.start-date + div.show-time-cal")


def test_a_doors_time_alone_beside_the_day_is_not_the_start() -> None:
    # The TicketWeb page with its first show's own time taken out: only "(Doors: 7:00 PM)" in
    # span.tw-event-door-time-complete stays beside "Feb 12". A later pattern for „Einlass:“
    # lines once shadowed the doors test of classed time elements (the same module-level name
    # bound twice), and the doors time became the start.
    html = (PAGES / "ticketweb-chopsuey-calendar.html").read_text(encoding="utf-8")
    html = html.replace('<span class="tw-event-time-complete">8:00 PM</span>', "", 1)
    url = "https://chopsuey.com/calendar/"
    records = extract_listing(
        parse_html(html), PageContext("test-source", url, url, None, FETCHED_AT)
    )
    assert records[0].date_text == "Feb 12"
    assert records[1].date_text == "Feb 13, 9:00 PM"


def test_an_event_pages_place_without_a_label_comes_from_markup_that_names_a_place() -> None:
    # <address><span>Frye Art Museum</span><br><span>704 Terry Avenue</span><br>…</address>
    url = "https://fryemuseum.org/calendar/event/jazz-city-darrius-willrich-and-gretchen-yanover"
    (frye,) = _page_records("drupal10-frye-event.html", url)
    assert frye.location_text == "Frye Art Museum, 704 Terry Avenue, Seattle, WA 98104"
    # <div fs-list-field="location">3027 17th Ave W Seattle, WA 98119</div> in the header; the
    # teasers below ("More Events") have places of their own, which are not this event's.
    url = "https://www.seattlefwc26.org/full-event-calendar/ballard-fc-home-games"
    (ballard,) = _page_records("webflow-fwc26-event-singletime.html", url)
    assert ballard.location_text == "3027 17th Ave W Seattle, WA 98119"
    assert ballard.field_sources["location_text"] == "event_page:div.location"
    # <div class="dtp-meeting-venue">Municipal Office Building</div> and the address lines
    # beside it (an old page of the corpus: Digital Towpath).
    url = "https://www.townoffine.org/meetings/february-regular-town-board-meeting"
    (meeting,) = _page_records("digitaltowpath-fine-meeting-detail.html", url)
    assert meeting.location_text == (
        "Municipal Office Building, 4078 State Highway 3, Star Lake, NY 13690"
    )
