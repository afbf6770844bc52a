"""A Google Data feed's entries in JSON (gdata_json)."""

from __future__ import annotations

from netdir.extract.gdata_json import gdata_when, gdata_where


def test_the_times_and_the_place_of_a_calendar_entry() -> None:
    entry = {
        "title": {"$t": "Opening ceremony", "type": "text"},
        "gd$when": [
            {
                "endTime": "2014-07-07T19:30:00.000+02:00",
                "startTime": "2014-07-07T19:00:00.000+02:00",
            }
        ],
        "gd$where": [{"valueString": ""}, {"valueString": "Gym hall"}],
    }
    assert gdata_when(entry) == ("2014-07-07T19:00+02:00", "2014-07-07T19:30+02:00")
    assert gdata_where(entry) == "Gym hall"


def test_an_instant_and_an_all_day_entry() -> None:
    lights_out = {"gd$when": [{"startTime": "2014-07-07T23:00:00.000+02:00", "endTime": "2014-07-07T23:00:00.000+02:00"}]}  # fmt: skip
    assert gdata_when(lights_out) == ("2014-07-07T23:00+02:00", None)
    # an all-day entry's end is the day after it, as iCalendar's DTEND
    assert gdata_when({"gd$when": [{"startTime": "2014-07-12", "endTime": "2014-07-13"}]}) == (
        "2014-07-12",
        None,
    )
    assert gdata_when({"gd$when": [{"startTime": "2014-07-12", "endTime": "2014-07-14"}]}) == (
        "2014-07-12",
        "2014-07-13",
    )


def test_no_when_no_times() -> None:
    assert gdata_when({"title": {"$t": "SC Schedule"}}) is None
    assert gdata_when({"gd$when": {"startTime": "2014-07-07T19:00:00.000+02:00"}}) is None
    assert gdata_where({"gd$where": [{"valueString": " "}]}) is None
