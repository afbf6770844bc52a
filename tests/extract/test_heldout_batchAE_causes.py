"""Causes found by held-out English listing batch AE (Liverpool listings of 2013), and the
place held only in a meeting portal's tooltip (batch AD's Reno IQM2 page)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.kind_labelled_places import kind_labelled_place
from netdir.extract.notices import is_no_session_notice
from netdir.extract.place_lines import names_a_place
from netdir.extract.this_month_days import mark_this_month_days
from netdir.extract.tooltip_places import place_in_tooltip
from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_kind_labelled_line_gives_the_venue_and_the_shows_start() -> None:
    line = "Event:Concert Hall, doors open at 6.30pm, show commences at 7.30pm"
    assert kind_labelled_place(line) == ("Concert Hall", "7.30pm")
    assert kind_labelled_place("Event:Great Hall, doors open at 4pm") == ("Great Hall", None)
    assert kind_labelled_place("Event:The Great Hall, 10am-5pm (Last admission 4:30pm)") == (
        "The Great Hall",
        None,
    )
    assert kind_labelled_place("Event:Great Hall and Basement Galleries") == (
        "Great Hall and Basement Galleries",
        None,
    )
    assert kind_labelled_place("Event:St Georges Hall, Heritage Centre") == (
        "St Georges Hall, Heritage Centre",
        None,
    )


def test_a_line_without_a_kind_label_or_a_venue_is_none() -> None:
    assert kind_labelled_place("Event:Behind the scenes") is None  # what it is, not where
    assert kind_labelled_place("Concert Hall, doors open at 6.30pm") is None
    assert kind_labelled_place("Note: bring a packed lunch") is None


def test_the_what_s_on_entries_have_their_venue_and_show_start(capsys) -> None:
    records = inspect_corpus_page(capsys, "tridion-st-georges-hall-whatson-2013")
    by_title = {r["title"]: r for r in records}
    catrin = by_title["Catrin Finch"]
    assert catrin["start"].startswith("2013-09-12T19:30")
    assert catrin["location"] == "Concert Hall"
    assert by_title["The Charlatans"]["start"] == "2013-08-26"  # the doors' hour starts nothing
    # a run whose days both carry a two-digit year („17 Oct 12 - 17 Dec 13“)
    statues = by_title["Face to face with the statues of the great hall"]
    assert (statues["start"], statues["end"]) == ("2012-10-17", "2013-12-17")


@pytest.mark.parametrize(
    "title",
    ["NO MEETING for 2 Weeks due to Refurbishment", "No Meeting this week due to Refurbishment",
     "No class today", "No meetings"],
)  # fmt: skip
def test_an_english_no_meeting_notice_is_no_offering(title: str) -> None:
    assert is_no_session_notice(title)


def test_a_name_opening_with_no_is_kept() -> None:
    assert not is_no_session_notice("No Country for Old Men")
    assert not is_no_session_notice("No Meeting Without Coffee: a Barista Workshop")


def test_a_schedule_table_is_titled_by_its_topic_column(capsys) -> None:
    # „Topic | Venue | Presenter | Date | Time“: the topic names the meeting, the venue link
    # is where; the two „NO MEETING … due to Refurbishment“ rows are notices.
    records = inspect_corpus_page(capsys, "pips-philosophy-in-pubs-schedule-2013")
    assert len(records) == 14
    first = records[0]
    assert (first["title"], first["location"]) == (
        "Call me cynical ...",
        "The Victoria Hotel (Waterloo)",
    )
    assert not any("meeting" in r["title"].lower() for r in records)


def test_a_building_is_a_venue() -> None:
    assert names_a_place("Redmonds Building")


def test_a_this_month_table_of_ordinal_days_is_dated(capsys) -> None:
    # „What's On This Month“ over rows „<th>18th</th><td>Loose Moose String Band</td>“, read on
    # 17 August 2013: the gigs of August 2013
    records = inspect_corpus_page(capsys, "wp-caledonia-liverpool-whatson-2013")
    assert [(r["title"], r["start"]) for r in records[:2]] == [
        ("Loose Moose String Band", "2013-08-18"),
        ("Cajun Session", "2013-08-21"),
    ]
    assert len(records) == 8


def test_ordinal_days_are_marked_only_under_a_this_month_heading() -> None:
    rows = "".join(f"<tr><th>{d}</th><td>Band {d}</td></tr>" for d in ("18th", "21st", "22nd"))
    marked = HTMLParser(f"<h1>What's On This Month</h1><table>{rows}</table>")
    mark_this_month_days(marked.root)
    assert "18th this month" in marked.body.text()
    plain = HTMLParser(f"<h1>Gigs</h1><table>{rows}</table>")
    mark_this_month_days(plain.root)
    assert "this month" not in plain.body.text()
    mixed = HTMLParser(f"<h1>This month</h1><table>{rows}<tr><th>Total</th><td>3</td></tr></table>")
    mark_this_month_days(mixed.root)
    assert "this month" not in mixed.body.css_first("table").text()


def _reading_of(html: str) -> BlockReading:
    reading = BlockReading()
    place_in_tooltip([HTMLParser(html).body], reading)
    return reading


def test_a_date_links_tooltip_gives_the_address_in_its_last_field() -> None:
    tooltip = (
        "WEDNESDAY, AUGUST 3, 2022  6:00 PMBoard:\tReno City Planning CommissionType:\t"
        "RegularStatus:\tScheduled\tReno City Council Chamber\t"
        "Reno City Council Chamber, One East First Street, Reno, NV  89501"
    )
    reading = _reading_of(f'<a href="/m/1" title="{tooltip}">Aug 3, 2022 6:00 PM</a>')
    assert reading.location_text == (
        "Reno City Council Chamber, One East First Street, Reno, NV 89501"
    )


def test_a_tooltip_without_an_address_or_a_day_gives_no_place() -> None:
    no_address = "AUGUST 3, 2022\tCouncil\tRegular\tScheduled"
    assert _reading_of(f'<a title="{no_address}">Aug 3</a>').location_text is None
    no_day = "Board\tCouncil\tScheduled\tOne East First Street, Reno, NV 89501"
    assert _reading_of(f'<a title="{no_day}">Minutes</a>').location_text is None
    plain = "City Hall, One East First Street, Reno, NV 89501"  # one field: a plain title
    assert _reading_of(f'<a title="{plain}">Aug 3, 2022</a>').location_text is None


def test_the_portal_rows_take_their_place_from_the_tooltip(capsys) -> None:
    records = inspect_corpus_page(capsys, "iqm2-reno-calendar-2022")
    assert records[0]["location"] == (
        "Reno City Council Chamber, One East First Street, Reno, NV 89501"
    )
