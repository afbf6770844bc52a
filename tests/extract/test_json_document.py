"""A body that is all JSON (an API answer) is read for its event objects, not as HTML."""

from __future__ import annotations

import json

import pytest

from netdir.extract import embedded_json, extract_page
from netdir.extract.json_document import looks_like_json_document
from tests.extract.conftest import page_from_text


def test_a_json_body_is_a_json_document() -> None:
    assert looks_like_json_document('\ufeff  [{"name": "x"}]', None)
    assert looks_like_json_document('{"results": []}', "application/json; charset=utf-8")
    assert looks_like_json_document('{"results": [', "application/json")  # said so: read it
    assert not looks_like_json_document('{"results": [', None)  # not JSON after all
    assert not looks_like_json_document("<html><body>[1]</body></html>", None)
    assert not looks_like_json_document("[Termine] 12.03.2026", "text/html")
    assert looks_like_json_document('{"a": 1}', "text/html")  # a server's wrong type


def test_meetup_answer_gives_one_record_per_event() -> None:
    answer = {
        "results": [
            {
                "name": "Annual meeting",
                "time": 1522859400000,
                "utc_offset": 7200000,
                "duration": 5400000,
                "venue": {"name": "Teknologihuset", "address_1": "Pilestredet 56", "city": "Oslo"},
                "event_url": "https://www.meetup.com/Oslo-pm/events/248462341/",
                "group": {"name": "Oslo.pm", "created": 1390249006000, "urlname": "Oslo-pm"},
            }
        ],
        "meta": {"title": "Meetup Events v2", "updated": 1520325851000},
    }
    page = page_from_text(json.dumps(answer), "https://api.meetup.com/2/events", "application/json")
    result = extract_page(page)
    assert result.extractors == ["embedded_json"]
    (record,) = result.records
    assert (record.title, record.start, record.end, record.location_text, record.url) == (
        "Annual meeting",
        "2018-04-04T18:30+02:00",
        "2018-04-04T20:00+02:00",
        "Teknologihuset, Pilestredet 56, Oslo",
        "https://www.meetup.com/Oslo-pm/events/248462341/",
    )
    assert record.field_sources["start"] == "embedded_json:time+utc_offset"
    assert record.field_sources["end"] == "embedded_json:duration"


def test_a_city_its_address_already_names_stands_once() -> None:
    event = {
        "name": "Talk",
        "local_date": "2017-10-14",
        "local_time": "14:00",
        "venue": {
            "name": "HasGeek House",
            "address_1": "19th Main, Bangalore",
            "city": "Bangalore",
        },
    }
    (record,) = extract_page(
        page_from_text(json.dumps([event]), "https://example.org/", None)
    ).records
    assert record.location_text == "HasGeek House, 19th Main, Bangalore"


def test_a_documents_bare_date_and_its_clock_range_apart() -> None:
    answer = {
        "lastUpdated": "2026-03-07T06:35:50.431Z",
        "events": [
            {
                "date": "2026-02-02",
                "title": "Improv Drop-ins",
                "venue": "Bristol Improv Theatre",
                "time": "19:00–21:00",
            },
            {"date": "2026-02-05", "title": "Live in da Hive", "venue": "PRSC", "time": "19:30"},
        ],
    }
    records = extract_page(page_from_text(json.dumps(answer), "https://example.org/", None)).records
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Improv Drop-ins", "2026-02-02T19:00", "2026-02-02T21:00"),
        ("Live in da Hive", "2026-02-05T19:30", None),
    ]
    assert records[0].field_sources["start"] == "embedded_json:date+time"


def test_a_bare_date_in_a_pages_script_is_no_events_day() -> None:
    # In a page's scripts "date" beside a title is as often a post's publication day.
    script = json.dumps({"posts": [{"title": "Rückblick Sommerfest", "date": "2026-02-02"}]})
    html = f"<html><body><p>Aktuelles</p><script>var data = {script};</script></body></html>"
    records = extract_page(page_from_text(html)).records
    assert all(r.title != "Rückblick Sommerfest" for r in records)


def test_eventbrite_title_and_time_objects() -> None:
    event = {
        "name": {"text": "SantaCon Chicago 2017", "html": "SantaCon Chicago 2017"},
        "start": {
            "timezone": "America/Chicago",
            "local": "2017-12-02T12:00:00",
            "utc": "2017-12-02T18:00:00Z",
        },
        "end": {
            "timezone": "America/Chicago",
            "local": "2017-12-03T00:00:00",
            "utc": "2017-12-03T06:00:00Z",
        },
        "url": "https://www.eventbrite.com/e/santacon-chicago-2017-tickets-37687853384",
        "venue_id": "12048565",
    }
    (record,) = extract_page(
        page_from_text(json.dumps([event]), "https://example.org/", None)
    ).records
    assert (record.title, record.start, record.end, record.location_text) == (
        "SantaCon Chicago 2017",
        "2017-12-02T12:00-06:00",
        "2017-12-03T00:00-06:00",
        None,
    )


def _records(body: str, today: str = "2025-03-31") -> list:
    from datetime import datetime

    page = page_from_text(body, "https://example.org/calendar.json", "application/json")
    page.fetched_at = datetime.fromisoformat(f"{today}T12:00:00+00:00")
    return extract_page(page).records


def test_a_calendar_nested_by_year_and_month_with_a_trailing_comma_gives_its_days() -> None:
    # A Jekyll data file as kept by hand: the year two objects up, the month one up, the day
    # (or a run of days) in the row; a comma before „]“ made the whole file unreadable.
    body = """[{"year": 2024, "months": [
      {"month": "October", "events": [
        {"day": "5-6", "event": "Pack Campout"},
        {"day": "7", "event": "Regular Meeting"},
      ]},
      {"month": "December", "events": [{"day": "23", "event": "No Meeting"}]}
    ]}]"""
    records = _records(body)
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Pack Campout", "2024-10-05", "2024-10-06"),
        ("Regular Meeting", "2024-10-07", None),
    ]  # „No Meeting“ marks a week off
    assert records[0].field_sources["start"] == "embedded_json:day"
    assert records[0].all_day


def test_german_keys_with_the_clocks_apart_and_slashed_us_days() -> None:
    body = json.dumps(
        {
            "termine": [
                {
                    "datum": "2026-09-28",
                    "zeit_von": "19:00",
                    "zeit_bis": "21:00",
                    "title": "Montagsclub",
                }
            ]
        }
    )
    (record,) = _records(body, "2026-08-18")
    assert (record.start, record.end) == ("2026-09-28T19:00", "2026-09-28T21:00")
    assert record.field_sources["start"] == "embedded_json:datum+zeit_von+zeit_bis"
    body = json.dumps(
        [{"title": "Practice", "date": "05/11/2026"}, {"title": "Bout", "date": "05/25/2026"}]
    )
    assert [r.start for r in _records(body, "2026-05-06")] == ["2026-05-11", "2026-05-25"]


def test_a_day_and_a_month_apart_take_the_clock_and_the_nearest_year() -> None:
    body = json.dumps(
        {
            "veranstaltungen": [
                {"dateno": "3", "datemonth": "NOV", "title": "Gospel", "time": "17:00 Uhr"}
            ]
        }
    )
    (record,) = _records(body, "2024-09-20")
    assert record.start == "2024-11-03T17:00"
    assert not record.all_day


def test_a_document_that_opens_with_its_object_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parse that tells whether the body needs mending gives the value; no second parse."""

    def decoded_again(text: str) -> list[object]:
        raise AssertionError("parsed twice")

    monkeypatch.setattr(embedded_json, "_decoded_from", decoded_again)
    body = ' \n{"events": [{"title": "Treffen", "start": "2026-05-04T19:00:00+02:00"}]}\n'
    assert embedded_json._readable(body) == (body, [json.loads(body)])
    page = page_from_text(body, "https://example.org/api/events", "application/json")
    (record,) = extract_page(page).records
    assert record.title == "Treffen"


def test_a_document_that_opens_with_a_list_is_read_object_by_object() -> None:
    """„[{…}, {…}]“: _decoded_from reads its objects one by one (from the first „{"“), so the
    list the parse gave is not taken as the value."""
    body = '[{"title": "A"}, {"title": "B"}]'
    assert embedded_json._readable(body) == (body, None)
    assert embedded_json._readable('[{"title": "A"},]') == ('[{"title": "A"}]', None)


def test_sessionize_keys_and_a_profiles_midnight_utc_days() -> None:
    # Sessionize: a session's "startsAt"/"endsAt"; a speaker profile's events with
    # "eventStartDate"/"eventEndDate" at midnight UTC, which are days.
    answer = {
        "sessions": [
            {"title": "Keynote", "startsAt": "2024-04-20T09:00:00", "endsAt": "2024-04-20T09:45:00"}
        ],
        "events": [
            {
                "name": "PHP Conference Brasil 2026",
                "eventStartDate": "2026-10-19T00:00:00Z",
                "eventEndDate": "2026-10-24T00:00:00Z",
            }
        ],
    }
    page = page_from_text(json.dumps(answer), "https://sessionize.com/api/v2/x/view/all")
    records = extract_page(page).records
    assert [(r.title, r.start, r.end, r.all_day) for r in records] == [
        ("Keynote", "2024-04-20T09:00:00", "2024-04-20T09:45:00", None),
        ("PHP Conference Brasil 2026", "2026-10-19", "2026-10-24", True),
    ]
