"""upcoming.ics re-parsed with icalendar, the way a calendar client reads the subscription."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from icalendar import Calendar

from netdir.publish import publish
from tests.publish.conftest import TODAY, fake_snapshot


def _events(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_only_upcoming_precisely_dated_offerings_become_events(published_dir: Path) -> None:
    events = _events(published_dir / "upcoming.ics")

    assert set(events) == {
        "fachkongress-2027@netdir",
        "next-herbst@netdir",
        "stammtisch-abgesagt@netdir",
        "webinar-heute@netdir",  # today still counts
        "xss@netdir",
    }  # not: the past one, the undated community, the "Herbst 2027" season


def test_timed_events_carry_tzid_europe_berlin_with_a_vtimezone(published_dir: Path) -> None:
    raw = (published_dir / "upcoming.ics").read_text(encoding="utf-8")
    calendar = Calendar.from_ical(raw)
    kongress = _events(published_dir / "upcoming.ics")["fachkongress-2027@netdir"]

    assert "DTSTART;TZID=Europe/Berlin:20270504T093000" in raw
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    start = kongress.decoded("DTSTART")
    assert start.astimezone(UTC) == datetime(2027, 5, 4, 7, 30, tzinfo=UTC)
    assert kongress.decoded("DTEND").astimezone(UTC) == datetime(2027, 5, 5, 14, 0, tzinfo=UTC)
    assert str(kongress["LOCATION"]) == "Kongresszentrum, Wiesbaden"
    assert str(kongress["URL"]) == "https://www.it-planungsrat.de/fachkongress-2027"
    assert str(calendar["X-WR-CALNAME"]).startswith("netdir")
    assert kongress.decoded("DTSTAMP") == datetime(2026, 11, 27, 6, 30, tzinfo=UTC)


def test_all_day_events_are_dates_with_an_exclusive_end(published_dir: Path) -> None:
    raw = (published_dir / "upcoming.ics").read_text(encoding="utf-8")
    events = _events(published_dir / "upcoming.ics")

    herbst = events["next-herbst@netdir"]  # 12.–13. März 2027
    assert herbst.decoded("DTSTART") == date(2027, 3, 12)
    assert herbst.decoded("DTEND") == date(2027, 3, 14)
    assert "DTSTART;VALUE=DATE:20270312" in raw
    single = events["xss@netdir"]  # one day, no end given
    assert single.decoded("DTEND") == date(2027, 1, 21)


def test_cancelled_is_marked_and_scraped_non_web_urls_are_dropped(published_dir: Path) -> None:
    events = _events(published_dir / "upcoming.ics")

    assert str(events["stammtisch-abgesagt@netdir"]["STATUS"]) == "CANCELLED"
    assert str(events["fachkongress-2027@netdir"]["STATUS"]) == "CONFIRMED"
    assert "URL" not in events["xss@netdir"]  # was javascript:alert(2)
    assert "javascript:" not in str(events["xss@netdir"]["DESCRIPTION"])
    assert str(events["xss@netdir"]["SUMMARY"]) == "<script>alert(1)</script>"


def test_uids_stay_the_same_across_publishes(
    tmp_path: Path, overview_rows: list[dict[str, Any]]
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    publish(overview_rows, first, formats=["ics"], today=TODAY)
    reordered = list(reversed(overview_rows))
    reordered[0] = {**reordered[0], "title": "Neuer Titel"}
    publish(
        reordered,
        second,
        formats=["ics"],
        today=TODAY,
        generated_at=datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
        snapshot=fake_snapshot,
    )

    assert set(_events(first / "upcoming.ics")) == set(_events(second / "upcoming.ics"))


def test_a_timed_start_with_a_date_only_end_runs_to_the_end_of_that_day(tmp_path: Path) -> None:
    from tests.publish.conftest import offering

    row = offering(id="bis-freitag", start="2027-03-10T09:00:00+01:00", end="2027-03-12")
    publish([row], tmp_path, formats=["ics"], today=TODAY)

    event = _events(tmp_path / "upcoming.ics")["bis-freitag@netdir"]
    end = event.decoded("DTEND")
    assert (end.year, end.month, end.day, end.hour) == (2027, 3, 13, 0)
    assert str(end.tzinfo) == "Europe/Berlin"


def test_calendar_clients_find_the_events_in_a_date_range(published_dir: Path) -> None:
    import recurring_ical_events

    calendar = Calendar.from_ical((published_dir / "upcoming.ics").read_bytes())
    march = recurring_ical_events.of(calendar).between(date(2027, 3, 1), date(2027, 4, 1))
    may_4th = recurring_ical_events.of(calendar).at(date(2027, 5, 4))

    assert [str(e["UID"]) for e in march] == ["next-herbst@netdir"]
    assert [str(e["UID"]) for e in may_4th] == ["fachkongress-2027@netdir"]
    assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in calendar.walk("VEVENT"))
