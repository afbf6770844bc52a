"""The time zone a JSON answer states for the local clocks of its entries.

A schedule's data file names once, at its top, whose clocks it writes — ``{"events": [{"date":
"2026-08-22", "start_time": "1:00 PM PT"}], "timezone": "America/Los_Angeles"}`` — or each entry
names its own (``"tz": "America/New_York"``), or the clock carries the letters of its zone
(„1:00 PM PT“), or the event's venue object names it (``"venue": {"name": …, "timezone":
"America/New_York"}``: the clock of the place it happens at). Read without that, the bare 13:00 would be Berlin's 13:00 (``parse_when``'s
default) and the moment wrong by nine hours. The zone goes to the record as ``extra["zone"]``: the
normalizer keeps the clock and the day as written and gives them that zone's offset for that
date (``normalize.when_zone``).

Only an IANA name the zone database knows counts (a „timezone“ of „+02:00“ or „local“ names
no place); letters count only right after a clock and only when all of an entry's clocks name
the same zone.
"""

from __future__ import annotations

from typing import Any

from netdir.extract.clock_zone_letters import ZONE_AFTER_CLOCK
from netdir.zone_names import zone_key

# The keys an answer names its zone under, case-folded („timeZone“, „TimeZoneId“, „time_zone“).
_ZONE_KEYS = frozenset(("timezone", "timezoneid", "tz", "time_zone", "timezone_name"))
_US_ZONES = {
    "E": "America/New_York",
    "C": "America/Chicago",
    "M": "America/Denver",
    "P": "America/Los_Angeles",
}
_CENTRAL_EUROPE = "Europe/Berlin"


def stated_zone_key(node: dict[str, Any]) -> str | None:
    """The IANA zone an object names under one of its zone keys, None when it names none."""
    for key, value in node.items():
        is_zone = key.casefold() in _ZONE_KEYS and isinstance(value, str) and "/" in value
        if is_zone and (found := zone_key(value.strip())) is not None:
            return found
    return None


def place_zone_key(node: dict[str, Any], place_keys: tuple[str, ...]) -> str | None:
    """The IANA zone the event's place object names (SeatGeek's „"venue": {"name": …,
    "timezone": "America/New_York"}“ beside a „datetime_local“ without offset), None when its
    place is a text or names no zone."""
    for key in place_keys:
        value = node.get(key)
        if isinstance(value, dict) and (found := stated_zone_key(value)) is not None:
            return found
    return None


def zone_of_clock_letters(node: dict[str, Any]) -> str | None:
    """The zone the letters after an object's clocks name („1:00 PM PT“ → America/Los_Angeles);
    None when no clock carries letters or they name different zones."""
    zones = {
        _letters_zone(match["zone"])
        for value in node.values()
        if isinstance(value, str) and len(value) < 200
        for match in ZONE_AFTER_CLOCK.finditer(value)
    }
    return zones.pop() if len(zones) == 1 else None


def _letters_zone(letters: str) -> str:
    if letters in ("MEZ", "MESZ", "CET", "CEST"):
        return _CENTRAL_EUROPE
    return _US_ZONES[letters[0]]
