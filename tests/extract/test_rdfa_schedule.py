"""RDFa Lite events, and events stated by their schedule (``eventSchedule`` → RRULE)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.schedule import schedule_occurrence
from tests.extract.conftest import page_from_text


def test_rdfa_lite_events_with_prefixes_and_nested_places() -> None:
    html = """<html><head>
      <meta property="og:title" content="Programm"></head><body>
      <div vocab="https://schema.org/" typeof="EducationEvent">
        <h2 property="name">Workshop Barrierefreiheit</h2>
        <time property="startDate" datetime="2027-03-04T09:30">4. März, 9:30 Uhr</time>
        <span property="endDate" content="2027-03-04T16:00">bis 16 Uhr</span>
        <div property="location" typeof="Place"><span property="name">Rathaus Jena</span>
          <div property="address" typeof="PostalAddress">
            <span property="addressLocality">Jena</span></div></div>
        <a property="url" href="/workshop-barrierefreiheit">mehr</a>
      </div>
      <div prefix="schema: https://schema.org/" typeof="schema:Event">
        <span property="schema:name">Sprechstunde</span>
        <meta property="schema:startDate" content="2027-03-11"></div>
    </body></html>"""
    result = extract_page(page_from_text(html, "https://jena.example/programm/"))
    assert result.extractors == ["rdfa"]
    workshop, office_hour = result.records
    assert (workshop.title, workshop.start, workshop.end) == (
        "Workshop Barrierefreiheit", "2027-03-04T09:30", "2027-03-04T16:00",
    )  # fmt: skip
    assert workshop.url == "https://jena.example/workshop-barrierefreiheit"
    assert workshop.venue == "Rathaus Jena" and workshop.city == "Jena"
    assert workshop.field_sources["start"] == "rdfa:EducationEvent.startDate"
    assert (office_hour.title, office_hour.start) == ("Sprechstunde", "2027-03-11")


def test_rdfa_repeating_a_json_ld_event_completes_it() -> None:
    block = {"@context": "https://schema.org", "@type": "Event", "name": "Bürgerforum",
             "startDate": "2027-05-10T18:00"}  # fmt: skip
    html = f"""<html><body><script type="application/ld+json">{json.dumps(block)}</script>
      <div vocab="https://schema.org/" typeof="Event"><span property="name">Bürgerforum</span>
        <meta property="startDate" content="2027-05-10T18:00">
        <span property="location">Stadthalle Gera</span></div></body></html>"""
    (record,) = extract_page(page_from_text(html)).records
    assert record.location_text == "Stadthalle Gera"
    assert record.field_sources["location_text"] == "rdfa:Event.location"
    assert record.field_sources["start"] == "jsonld:Event.startDate"


@pytest.mark.parametrize(
    ("schedule", "rule", "start", "end"),
    [
        (  # schema.org eg-0240: weekly on Wednesdays during 2027
            {"startDate": "2027-01-01", "endDate": "2027-12-31", "repeatFrequency": "P1W",
             "byDay": "https://schema.org/Wednesday", "startTime": "19:00:00", "endTime": "20:00:00"},
            "FREQ=WEEKLY;BYDAY=WE;UNTIL=20271231", "2027-01-06T19:00", "2027-01-06T20:00",
        ),
        (  # eg-0241: the 1st and 15th of each month, no first day: the next from today
            {"repeatFrequency": "P1M", "byMonthDay": [1, 15], "startTime": "09:00:00"},
            "FREQ=MONTHLY;BYMONTHDAY=1,15", "2026-12-01T09:00", None,
        ),
        (  # eg-0303: the first and third Wednesday
            {"byDay": "https://schema.org/Wednesday", "byMonthWeek": [1, 3], "startTime": "20:00"},
            "FREQ=MONTHLY;BYDAY=1WE,3WE", "2026-12-02T20:00", None,
        ),
        (  # eg-0242: ten days from Christmas Eve (ended: its first day stays)
            {"startDate": "2016-12-24", "repeatFrequency": "P1D", "repeatCount": 10},
            "FREQ=DAILY;COUNT=10", "2016-12-24", None,
        ),
        ({"repeatFrequency": "P2W", "byDay": "2MO"}, "FREQ=WEEKLY;INTERVAL=2;BYDAY=2MO", None, None),
    ],
)  # fmt: skip
def test_event_schedules_become_a_rule_and_the_next_occurrence(
    schedule: dict, rule: str, start: str | None, end: str | None
) -> None:
    occurrence = schedule_occurrence({"@type": "Schedule", **schedule}, date(2026, 11, 30))
    if start is None:
        assert occurrence is None or occurrence.rule == rule
        return
    assert occurrence is not None
    assert (occurrence.rule, occurrence.start, occurrence.end) == (rule, start, end)


def test_an_event_with_only_a_schedule_is_one_recurring_record() -> None:
    block = {"@context": "https://schema.org", "@type": "Event", "name": "Tai-Chi im Park",
             "eventSchedule": {"@type": "Schedule", "repeatFrequency": "P1W",
                               "byDay": "https://schema.org/Thursday", "startTime": "18:00"}}  # fmt: skip
    html = f'<script type="application/ld+json">{json.dumps(block)}</script>'
    (record,) = extract_page(page_from_text(html)).records
    assert record.recurrence == "FREQ=WEEKLY;BYDAY=TH"
    assert record.start is not None and date.fromisoformat(record.start[:10]).weekday() == 3
    assert record.field_sources["recurrence"] == "jsonld:Event.eventSchedule"


def test_json_ld_and_microdata_of_one_event_under_different_names_merge() -> None:
    block = {
        "@type": "MusicEvent",
        "name": "Konzert: Kammerchor Bonn",
        "startDate": "20271205T1700",
    }  # fmt: skip  (ISO 8601 basic format)
    html = f"""<script type="application/ld+json">{json.dumps(block)}</script>
      <div itemscope itemtype="https://schema.org/Event"><h2 itemprop="name">Kammerchor Bonn</h2>
      <meta itemprop="startDate" content="2027-12-05T17:00">
      <span itemprop="location">Kreuzkirche</span></div>"""
    (record,) = extract_page(page_from_text(html)).records
    assert (record.title, record.start) == ("Konzert: Kammerchor Bonn", "2027-12-05T17:00")
    assert record.location_text == "Kreuzkirche"
    assert record.field_sources["location_text"] == "microdata:Event.location"
