"""when_times.find_times: a trip runs from its departure to its labelled return, in capitals too, a
return window („RÜCKFAHRT: 18:00-18:30 Uhr“) ending it by the window's end (round 159)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the first stop's departure to the return
        ("TERMIN: Sonntag, 28.12.2026 ABFAHRT: 05:00 Uhr Schwabsberg 05:15 Uhr Westhausen "
         "RÜCKFAHRT: 19:00 Uhr", "2026-12-28T05:00:00+01:00", "2026-12-28T19:00:00+01:00"),
        # a return window: back by its end, and the window is not the trip's own time
        ("TERMIN: Freitag, 26.02.2027 ABFAHRT: 05:15 Uhr Westhausen 05:40 Uhr Ebnat "
         "RÜCKFAHRT: 18:00-18:30 Uhr", "2027-02-26T05:15:00+01:00", "2027-02-26T18:30:00+01:00"),
        # no departure label: the day's clock is the start, the return its end
        ("Ausflug am 4. Juli um 8 Uhr, Rückkehr gegen 18 Uhr", "2026-07-04T08:00:00+02:00",
         "2026-07-04T18:00:00+02:00"),
    ],
)  # fmt: skip
def test_a_day_trip_ends_with_its_return(text: str, start: str, end: str) -> None:
    found = parse_when(text, today=date(2026, 6, 1), day_first=True)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a two-day trip is back on its second day
        ("Montag, 15. bis Dienstag, 16.03.2027 ABFAHRT: 05:00 Uhr Schwabsberg RÜCKFAHRT: 19:00 Uhr",
         "2027-03-15T05:00:00+01:00", "2027-03-16T19:00:00+01:00"),
        # a return before the departure's clock is no end
        ("Am 4. Juli um 20 Uhr, Rückfahrt 1 Uhr", "2026-07-04T20:00:00+02:00", None),
        # no return named: nothing changes
        ("TERMIN: Samstag, 09.01.2027 ABFAHRT: 05:15 Uhr Westhausen 05:25 Uhr Lauchheim",
         "2027-01-09T05:15:00+01:00", None),
    ],
)  # fmt: skip
def test_other_returns_and_days(text: str, start: str, end: str | None) -> None:
    found = parse_when(text, today=date(2026, 6, 1), day_first=True)
    assert (found.start, found.end) == (start, end)
