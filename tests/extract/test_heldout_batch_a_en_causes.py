"""Causes found on held-out batch A (English listing and structured-data pages), each pinned on
its real page of the corpus."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.ical import extract_ical
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
CB3 = PAGES / "teamsite-nyc-cb3-calendar.html"
CB3_URL = "https://www1.nyc.gov/site/manhattancb3/calendar/calendar.page"


def _context(url: str, fetched_at: datetime) -> PageContext:
    return PageContext("test-source", url, url, None, fetched_at)


def test_a_committee_paragraph_opening_with_its_day_is_dated_and_placed_by_that_line() -> None:
    # <h3>Transportation … Committee</h3><p>Tuesday, October 13 at 6:30pm -- Confucius Plaza
    # Community Room - 33 Bowery (at Bayard St)</p>: no link, the day opens the line after the
    # heading, the place follows "--". Linked committees go on past 200 characters (Zoom link,
    # dial-in numbers after <br>): their first line is the date line. The last two put the place
    # on the line below the date ("… 2026 - 6:30pm<br>PS 20 - 166 Essex Street").
    tree = parse_html(CB3.read_text(encoding="utf-8"))
    records = extract_listing(tree, _context(CB3_URL, datetime(2026, 10, 4, 12, tzinfo=UTC)))
    found = {(r.title, r.date_text, r.location_text) for r in records}
    assert len(records) == 7
    assert (
        "Transportation, Public Safety, Sanitation & Environment Committee",
        "Tuesday, October 13 at 6:30pm",  # as written; its year 2026 (extra["page_year"]) from
        # the heading "Calendar of Meetings – October 2026"
        "Confucius Plaza Community Room - 33 Bowery (at Bayard St)",
    ) in found
    assert (
        "Land Use, Zoning, Public & Private Housing Committee",
        "Wednesday, October 14 at 6:30pm",
        "Middle Collegiate Church - 50 East 7th Street (btwn 1st and 2nd Aves), 3rd Floor",
    ) in found
    assert (
        "Community Board 3, Full Board Meeting",
        "Tuesday, October 27, 2026 - 6:30pm",
        "PS 20 - 166 Essex Street (E Houston & Stanton Sts)",
    ) in found
    transportation = next(r for r in records if r.title.startswith("Transportation"))
    assert transportation.extra["page_year"] == "2026"
    full_board = next(r for r in records if r.title.startswith("Community Board 3"))
    assert full_board.field_sources["location_text"].endswith("address line below the date")


def test_a_line_naming_a_day_in_prose_does_not_lead_an_unlinked_block() -> None:
    # Only a line that OPENS with its day is a date line; a sentence mentioning a day is prose.
    page = page_from_text(
        "<main><h2>News</h2>"
        + "".join(
            f"<div class='n'><h3>Quarterly neighbourhood update {i}</h3><p>As announced in "
            f"spring, the residents met on October {i}, 2026 and talked about parking.</p></div>"
            for i in (3, 4, 5)
        )
        + "</main>",
        url="https://example.org/news/",
    )
    records = extract_page(page, None).records
    assert not any(r.title.startswith("Quarterly") for r in records)


def test_a_talk_title_below_the_date_does_not_rename_the_seminar_of_the_h1() -> None:
    # <h1>MACRO Seminar: Diego Daruich, …</h1>, "Date and Time", "Location", then
    # <h2>Title</h2><p>"The Macroeconomics of …"</p>: the talk's title, not the event's.
    path = PAGES / "drupal-ucsb-econ-seminar-event.html"
    page = page_from_text(path.read_text(encoding="utf-8"), url="https://econ.ucsb.edu/events/x")
    records = extract_page(page, None).records
    assert [r.title for r in records] == [
        "MACRO Seminar: Diego Daruich, University of Southern California"
    ]
    assert records[0].location_text == "North Hall 2111"


def test_an_rdate_series_lists_every_date_and_utc_times_read_in_the_calendars_zone() -> None:
    # Twelve RDATEs 2013-08-03 … 2014-07-05 at 19:00Z, X-WR-TIMEZONE Europe/London: all twelve
    # (a finite list, beyond the one-year horizon of RRULE series), 20:00 in summer (BST).
    text = (PAGES / "ical-hpr-community-news.ics").read_text(encoding="utf-8")
    url = "http://www.hackerpublicradio.org/hpr.ics"
    records = extract_ical(text, _context(url, datetime(2013, 7, 1, 12, tzinfo=UTC)))
    starts = [r.start for r in records]
    assert len(records) == 12
    assert starts[0] == "2013-08-03T20:00:00+01:00"
    assert starts[3] == "2013-11-02T19:00:00+00:00"
    assert starts[-1] == "2014-07-05T20:00:00+01:00"


def test_inspect_today_is_the_day_a_saved_calendar_is_read_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # FabLab Cottbus: "Repair Café" every first Saturday (RRULE) — read as of 4 March 2019 its
    # next occurrence is 6 April 2019, not the first Saturday after the day the test runs.
    path = PAGES / "ical-fablab-cottbus-veranstaltungen.ics"
    url = "https://example.org/c.ics"
    code = main(["inspect", str(path), "--base-url", url, "--today", "2019-03-04", "--json"])
    assert code == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    repair = [r for r in rows if r["title"] == "Repair Café" and r["recurrence"]]
    assert [r["start"][:16] for r in repair] == ["2019-04-06T14:00"]
    assert repair[0]["recurrence"] == "FREQ=MONTHLY;BYDAY=1SA"


def test_a_venue_after_an_at_sign_is_the_place_not_part_of_the_title() -> None:
    # SCMA (Joomla Ohanah): <b><a>Joshua Tree Indian Cove [G] @ Joshua Tree Indian Cove</a></b>
    # beside "02/28/20 - 03/01/20"; the safety evaluations end in a bare "@" (no venue).
    path = PAGES / "joomla-ohanah-scma-events-list.html"
    url = "https://www.rockclimbing.org/index.php/event-list/events-list"
    tree = parse_html(path.read_text(encoding="utf-8"))
    records = extract_listing(tree, _context(url, datetime(2020, 2, 29, 12, tzinfo=UTC)))
    assert len(records) == 30
    first = records[0]
    assert (first.title, first.location_text) == (
        "Joshua Tree Indian Cove [G]",
        "Joshua Tree Indian Cove",
    )
    assert first.field_sources["location_text"].endswith("after @")
    evaluation = next(r for r in records if r.title.startswith("Quarterly"))
    assert (evaluation.title, evaluation.location_text) == ("Quarterly Safety Evaluation", None)
    assert not any("@" in r.title for r in records)


def test_a_month_and_year_naming_the_edition_stays_in_the_title() -> None:
    # Confreaks: "DevconTLV January 2014" above its day "Jan 29, 2014" — the month names the
    # edition (there are June and October ones); a title that IS only its date loses it still.
    path = PAGES / "rails-confreaks-events.html"
    tree = parse_html(path.read_text(encoding="utf-8"))
    url = "http://confreaks.com/events"
    records = extract_listing(tree, _context(url, datetime(2014, 3, 10, 12, tzinfo=UTC)))
    titles = [r.title for r in records]
    assert "DevconTLV January 2014" in titles
    assert "DevconTLV October 2013" in titles
    assert "DevconTLV" not in titles
    assert len(records) == 150  # RubyConf Uruguay 2013 stands twice: one event


def test_an_event_plugins_feed_dates_items_by_their_event_elements_not_by_pubdate() -> None:
    # The Royal Room (WP Event Manager): <pubDate> is when the post was written; the show's day
    # and time stand in <event_listing:start_date>2026-05-10 19:30:00</…>; location "-".
    text = (PAGES / "rss-royalroom-event-listing.rss").read_text(encoding="utf-8")
    url = "https://theroyalroomseattle.com/feed/?post_type=event_listing"
    page = page_from_text(text, url=url, content_type="application/rss+xml")
    records = extract_page(page, None).records
    assert len(records) == 48  # its 48 shows; "Closed for Memorial Day" is no offering
    first = records[0]
    assert first.title.startswith("Sh’ma presents Meeting Worlds")
    assert first.start == "2026-05-10T19:30:00"
    assert first.field_sources["start"] == "feed:item.event_listing_start_date"
    assert first.published is not None and first.published.startswith("2026-04-22")
    assert first.location_text is None  # "-": the venue itself
    assert all(r.start for r in records)


def test_a_field_label_is_no_title_and_the_rows_link_names_the_event() -> None:
    # Transportation Choices Coalition: each row's boxes open with <span class="date-title">Date:
    # </span>, <span class="event-title">Event: </span> and "Location:" labels.
    path = PAGES / "wordpress-tcc-events.html"
    page = page_from_text(
        path.read_text(encoding="utf-8"), url="https://transportationchoices.org/events/"
    )
    records = extract_page(page, None).records
    assert [r.title for r in records] == [
        "Transit Town Hall: The Future of Light Rail in Seattle",
        "Transit Town Hall: The Future of Sound Transit 3 Projects in South King County",
        "Join TCC for a Rural Transportation Advocacy 101 Workshop in Snoqualmie Valley!",
        "Transit Town Hall: The Future of Light Rail in Pierce County April 27!",
    ]
    assert records[1].location_text == "Highline College - Building 2 Des Moines"


def test_the_sites_own_organization_in_json_ld_does_not_hide_its_event_list() -> None:
    # Neumos: the only JSON-LD is {"@type": "Organization", "name": "Neumos"} (the publisher);
    # the page lists twelve shows "May | 5" with the year in aria-label="May  5 2026".
    path = PAGES / "carbonhouse-neumos-events.html"
    page = page_from_text(path.read_text(encoding="utf-8"), url="https://www.neumos.com/events")
    result = extract_page(page, None)
    assert result.extractors == ["listing"]
    assert len(result.records) == 12
    assert result.records[0].title == "Archive + JoyCut"
    assert "Neumos" not in [r.title for r in result.records]


def test_listed_ordinal_days_keep_the_year_that_follows_them() -> None:
    # Interim Computer Museum: "October 4th and 5th, 2025" (a past festival, COMPLETED) was read
    # as October 2026 — the ordinal after the second day hid the year from the grammar.
    from datetime import date

    from netdir.normalize.when import parse_when

    today = date(2026, 5, 2)
    festival_days = parse_when("October 4th and 5th, 2025", today=today)
    assert (festival_days.start, festival_days.end) == ("2025-10-04", "2025-10-05")
    assert parse_when("June 20th & 21st, 2026", today=today).end == "2026-06-21"
    assert parse_when("August 15,16 & 17", today=today).end == "2026-08-17"  # unchanged
    path = PAGES / "static-icm-events.html"
    page = page_from_text(path.read_text(encoding="utf-8"), url="https://icm.museum/?events")
    records = extract_page(page, None).records
    festival = next(r for r in records if r.title.startswith("Interim Computer Festival"))
    assert festival.date_text == "October 4th and 5th, 2025"


def test_a_month_badge_named_like_a_title_does_not_title_the_event_box() -> None:
    # Reuben's Brews: <a class="event"><div class="event-date-box"><div class="month-name">Feb
    # </div><div class="month-day">18</div></div> … <div class="event-name">Trivia Night …</div>:
    # "month-name" matched the title class and "Feb" titled (and sank) every box.
    path = PAGES / "wordpress-reubens-events.html"
    page = page_from_text(path.read_text(encoding="utf-8"), url="https://reubensbrews.com/events/")
    records = extract_page(page, None).records
    assert records[0].title == "Trivia Night with Head in the Clouds"
    assert records[0].date_text is not None and records[0].date_text.startswith("Feb 18")
    assert not any(r.title == "Feb" for r in records)
    assert len(records) == 16  # one per event: a box in both taprooms' panes is one event
