"""Microformats events: h-event (value-class pattern, nested h-card place) and hCalendar."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.test_realpage_causes import PAGES


def test_h_event_with_value_class_times_and_a_nested_card() -> None:
    html = """<html><body><article class="h-event">
      <h1 class="p-name">Open Data Day Leipzig</h1>
      <p class="dt-start"><span class="value">2027-03-06</span>, ab
        <span class="value">10:00</span> Uhr</p>
      <time class="dt-end" datetime="2027-03-06T17:00">17 Uhr</time>
      <p class="p-location h-card"><span class="p-name">Basislager Coworking</span>,
        <span class="p-locality">Leipzig</span></p>
      <a class="u-url" href="/open-data-day">Details</a>
      <div class="h-card"><span class="p-name">OKF DE</span></div>
    </article></body></html>"""
    result = extract_page(page_from_text(html, "https://codefor.example/termine/"))
    assert result.extractors == ["microformats"]
    (record,) = result.records
    assert (record.title, record.start, record.end) == (
        "Open Data Day Leipzig",
        "2027-03-06T10:00",
        "2027-03-06T17:00",
    )  # fmt: skip  (the organiser card's p-name is the card's, not the event's)
    # the card's name and the address parts it has (``microformat_places.card_place``)
    assert record.location_text == "Basislager Coworking, Leipzig"
    assert record.city == "Leipzig"
    assert record.url == "https://codefor.example/open-data-day"
    assert record.field_sources["start"] == "microformats:Event.startDate"


def test_hcalendar_vevents_with_abbr_titles() -> None:
    html = """<body><ul>
      <li class="vevent"><a class="url summary" href="/a">Stammtisch</a>
        <abbr class="dtstart" title="2027-04-01T19:00">1. April, 19 Uhr</abbr>,
        <span class="location">Café Central</span></li>
      <li class="vevent"><span class="summary">Werkstatt</span>
        <abbr class="dtstart" title="2027-04-15">15. April</abbr></li></ul></body>"""
    records = extract_page(page_from_text(html)).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Stammtisch", "2027-04-01T19:00", "Café Central"),
        ("Werkstatt", "2027-04-15", None),
    ]


def test_h_event_completes_the_microdata_of_the_same_event() -> None:
    """material.is 2017: microdata names and dates the conference; only the h-event's h-adr
    says where it is."""
    html = (PAGES / "static-material-conference-2017.html").read_text("utf-8")
    (record,) = extract_page(page_from_text(html, "https://material.is/2017/")).records
    assert record.title == "Material 2017"
    assert "Reykjavík" in (record.location_text or "")


def test_value_class_clock_forms_and_an_end_time_alone() -> None:
    """From the microformats test suite (microformats/tests, CC0: h-event/ampm, concatenate)."""
    html = """<body><span class="h-event"><span class="p-name">Microformat party</span>
      <span class="dt-start"><time class="value" datetime="2009-06-26">26 July</time>, from
        <span class="value">07:00p.m. </span></span> to
      <span class="dt-end"><time class="value">22:00-0600</time></span>.</span></body>"""
    (record,) = extract_page(page_from_text(html)).records
    assert (record.start, record.end) == ("2009-06-26T19:00", "2009-06-26T22:00-06:00")
