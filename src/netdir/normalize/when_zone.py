"""The event's own time zone: where a page says its events take place, its times are local there.

``parse_when`` shows a time without offset as Berlin wall time and a UTC stamp in Berlin time,
because almost every source is German. A page that states another place must keep its own
clock: a Seattle show at "7:00 PM" is 19:00-07:00, not 19:00+01:00, and a UTC stamp
``2026-02-20T03:30:00+00:00`` of a Seattle venue is its evening of 19 February (18:30 or 19:30
local), not a night in Berlin; a London time ``+00:00`` is London's, not Berlin's.

An extractor that knows the place puts the zone's IANA name into ``RawRecord.extra["zone"]``
(an iCalendar's X-WR-TIMEZONE or TZID; a schema.org address's country and region; a page whose
postal addresses all lie in one US time zone), and :func:`in_zone` re-reads the parsed values:

- a time the text wrote without offset is that zone's wall time (same clock, the zone's offset);
- a UTC stamp (``Z``, ``+00:00``) is the same instant shown in that zone — the event's local
  day, even where Berlin's day would differ;
- any other stated offset is the event's own and stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from netdir import lazy_re
from netdir.normalize.split_state_zones import zone_of_zip
from netdir.normalize.when_value import When
from netdir.zone_names import named_zone

BERLIN_ZONE = "Europe/Berlin"

_PACIFIC, _MOUNTAIN, _ARIZONA = "America/Los_Angeles", "America/Denver", "America/Phoenix"
_CENTRAL, _EASTERN = "America/Chicago", "America/New_York"
# Each US state by its code and name, in the zone most of its people live in (a state split
# between zones — Indiana, Kentucky, Tennessee, Oregon … — by its larger part; an address's ZIP
# names the smaller part, ``split_state_zones``).
_US_STATES: dict[str, tuple[str, str]] = {
    "AL": ("alabama", _CENTRAL), "AK": ("alaska", "America/Anchorage"),
    "AZ": ("arizona", _ARIZONA), "AR": ("arkansas", _CENTRAL), "CA": ("california", _PACIFIC),
    "CO": ("colorado", _MOUNTAIN), "CT": ("connecticut", _EASTERN), "DE": ("delaware", _EASTERN),
    "DC": ("district of columbia", _EASTERN), "FL": ("florida", _EASTERN),
    "GA": ("georgia", _EASTERN), "HI": ("hawaii", "Pacific/Honolulu"), "ID": ("idaho", _MOUNTAIN),
    "IL": ("illinois", _CENTRAL), "IN": ("indiana", _EASTERN), "IA": ("iowa", _CENTRAL),
    "KS": ("kansas", _CENTRAL), "KY": ("kentucky", _EASTERN), "LA": ("louisiana", _CENTRAL),
    "ME": ("maine", _EASTERN), "MD": ("maryland", _EASTERN), "MA": ("massachusetts", _EASTERN),
    "MI": ("michigan", _EASTERN), "MN": ("minnesota", _CENTRAL), "MS": ("mississippi", _CENTRAL),
    "MO": ("missouri", _CENTRAL), "MT": ("montana", _MOUNTAIN), "NE": ("nebraska", _CENTRAL),
    "NV": ("nevada", _PACIFIC), "NH": ("new hampshire", _EASTERN), "NJ": ("new jersey", _EASTERN),
    "NM": ("new mexico", _MOUNTAIN), "NY": ("new york", _EASTERN),
    "NC": ("north carolina", _EASTERN), "ND": ("north dakota", _CENTRAL), "OH": ("ohio", _EASTERN),
    "OK": ("oklahoma", _CENTRAL), "OR": ("oregon", _PACIFIC), "PA": ("pennsylvania", _EASTERN),
    "RI": ("rhode island", _EASTERN), "SC": ("south carolina", _EASTERN),
    "SD": ("south dakota", _CENTRAL), "TN": ("tennessee", _CENTRAL), "TX": ("texas", _CENTRAL),
    "UT": ("utah", _MOUNTAIN), "VT": ("vermont", _EASTERN), "VA": ("virginia", _EASTERN),
    "WA": ("washington", _PACIFIC), "WV": ("west virginia", _EASTERN),
    "WI": ("wisconsin", _CENTRAL), "WY": ("wyoming", _MOUNTAIN), "PR": ("puerto rico", "America/Puerto_Rico"),
}  # fmt: skip
_CA_PROVINCES: dict[str, tuple[str, str]] = {
    "BC": ("british columbia", "America/Vancouver"), "AB": ("alberta", "America/Edmonton"),
    "SK": ("saskatchewan", "America/Regina"), "MB": ("manitoba", "America/Winnipeg"),
    "ON": ("ontario", "America/Toronto"), "QC": ("quebec", "America/Toronto"),
    "NB": ("new brunswick", "America/Halifax"), "NS": ("nova scotia", "America/Halifax"),
    "PE": ("prince edward island", "America/Halifax"),
    "NL": ("newfoundland and labrador", "America/St_Johns"),
}  # fmt: skip
# Countries with one zone, by ISO code and English/German name.
_COUNTRIES: dict[str, str] = {
    "de": BERLIN_ZONE, "germany": BERLIN_ZONE, "deutschland": BERLIN_ZONE,
    "at": "Europe/Vienna", "austria": "Europe/Vienna", "österreich": "Europe/Vienna",
    "ch": "Europe/Zurich", "switzerland": "Europe/Zurich", "schweiz": "Europe/Zurich",
    "gb": "Europe/London", "uk": "Europe/London", "united kingdom": "Europe/London",
    "england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London",
    "ie": "Europe/Dublin", "ireland": "Europe/Dublin", "is": "Atlantic/Reykjavik",
    "iceland": "Atlantic/Reykjavik", "fr": "Europe/Paris", "france": "Europe/Paris",
    "nl": "Europe/Amsterdam", "netherlands": "Europe/Amsterdam", "be": "Europe/Brussels",
    "belgium": "Europe/Brussels", "lu": "Europe/Luxembourg", "it": "Europe/Rome",
    "italy": "Europe/Rome", "es": "Europe/Madrid", "spain": "Europe/Madrid",
    "pl": "Europe/Warsaw", "poland": "Europe/Warsaw", "cz": "Europe/Prague",
    "dk": "Europe/Copenhagen", "denmark": "Europe/Copenhagen", "se": "Europe/Stockholm",
    "sweden": "Europe/Stockholm", "no": "Europe/Oslo", "norway": "Europe/Oslo",
    "fi": "Europe/Helsinki", "finland": "Europe/Helsinki",
}  # fmt: skip
_US = frozenset({"us", "usa", "united states", "united states of america"})
_CANADA = frozenset({"ca", "canada"})
# "Seattle, WA 98101", "Missoula, MT 59802-4297": a US postal address names its state.
_US_POSTAL = lazy_re.compile(r",\s*([A-Z]{2})\.?\s+(\d{5})(?:-\d{4})?\b")
# "Toronto, ON M4W 2J2", "410 Sherbourne Street, Toronto, ON, Canada, M4X 1K2": a Canadian one
# names its province before the postal code (letter-digit-letter digit-letter-digit).
_CA_POSTAL = lazy_re.compile(r",\s*([A-Z]{2})\.?,?\s+(?:Canada,?\s+)?[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# AP-style state abbreviations, as US schedules name places: "Wheaton (Mass.)", "Trinity
# (Conn.)", "Auburndale, Fla.". In brackets any of them; after a comma only those of three
# letters and more ("Mo." or "La." after a comma may be other words).
_AP_STATES: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY",
    "la": "LA", "md": "MD", "me": "ME", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "n.h": "NH", "n.j": "NJ", "n.m": "NM",
    "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "r.i": "RI",
    "s.c": "SC", "s.d": "SD", "tenn": "TN", "vt": "VT", "va": "VA", "wash": "WA", "w.va": "WV",
    "wis": "WI", "wyo": "WY",
}  # fmt: skip
_AP_STATE = lazy_re.compile(
    r"\((?P<bracket>[A-Z][a-z]{1,4}|[A-Z]\.[A-Z]|W\.Va)\.\)"
    r"|,\s(?P<comma>[A-Z][a-z]{2,4})\.(?![\w.])"
)
_STATED_OFFSET = lazy_re.compile(
    r"\d[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\b"
)


def _by_code_or_name(table: dict[str, tuple[str, str]], value: str) -> str | None:
    key = value.strip().rstrip(".")
    if key.upper() in table:
        return table[key.upper()][1]
    folded = key.casefold()
    return next((zone for name, zone in table.values() if name == folded), None)


def zone_of_address(country: str | None, region: str | None) -> str | None:
    """The IANA zone of a schema.org address (``addressCountry``, ``addressRegion``), if it
    names a place with one zone: "US"/"WA" → America/Los_Angeles, "GB" → Europe/London; a
    country of several zones without its region gives None."""
    folded = (country or "").strip().casefold()
    if folded in _COUNTRIES:
        return _COUNTRIES[folded]
    if region and folded in _US | {""} and (zone := _by_code_or_name(_US_STATES, region)):
        return zone
    if region and folded in _CANADA | {""}:
        return _by_code_or_name(_CA_PROVINCES, region)
    return None


def zone_of_us_addresses(text: str) -> str | None:
    """The zone of a page whose US or Canadian postal addresses ("Seattle, WA 98101", "Toronto,
    ON M4W 2J2") and AP-style state names ("Wheaton (Mass.)") all lie in one time zone; None
    when it names none, or places in different zones."""
    zones = {
        zone_of_zip(state, zip_code) or _US_STATES[state][1]
        for state, zip_code in _US_POSTAL.findall(text)
        if state in _US_STATES
    }
    zones |= {_CA_PROVINCES[code][1] for code in _CA_POSTAL.findall(text) if code in _CA_PROVINCES}
    for match in _AP_STATE.finditer(text):
        code = _AP_STATES.get((match["bracket"] or match["comma"]).casefold())
        if code is not None:
            zones.add(_US_STATES[code][1])
    return zones.pop() if len(zones) == 1 else None


def in_zone(value: str | None, text: str, zone: str | None) -> str | None:
    """``value`` (an ISO date or datetime ``parse_when`` made of ``text``) as local time of
    ``zone`` (see the module docstring); dates, and everything without a known zone other than
    Berlin, stay as they are."""
    if value is None or "T" not in value or not zone or zone == BERLIN_ZONE:
        return value
    local = named_zone(zone)
    if local is None:
        return value
    moment = datetime.fromisoformat(value)
    stated = _STATED_OFFSET.search(text)
    if stated is None:
        # Written without offset: parse_when gave Berlin's offset to the page's own clock.
        return moment.replace(tzinfo=local).isoformat()
    if _is_utc(stated.group(1)):
        return moment.astimezone(local).isoformat()
    return value


def _is_utc(offset: str) -> bool:
    return offset == "Z" or offset.replace(":", "") in ("+0000", "-0000")


def _candidate_zones() -> tuple[str, ...]:
    """Berlin first (the default: a match changes nothing), then the US zones by how many live in
    them (a summer -07:00 fits Los Angeles and Phoenix: Los Angeles is likelier), then every other
    US, Canadian and European zone the tables above know, each once."""
    zones = [BERLIN_ZONE, _EASTERN, _CENTRAL, _PACIFIC, _MOUNTAIN, _ARIZONA]
    zones += [zone for _, zone in (*_US_STATES.values(), *_CA_PROVINCES.values())]
    zones += list(_COUNTRIES.values())
    return tuple(dict.fromkeys(zones))


_CANDIDATE_ZONES = _candidate_zones()


def zone_of_stated_offsets(stamps: list[str]) -> str | None:
    """The zone whose offsets are those of every stamp: ``2024-09-12T18:00:00-04:00`` and
    ``2024-11-20T19:00:00-05:00`` are America/New_York's (the first known zone that fits each
    day, summer and winter time alike). Stamps without an offset, or in UTC (a server's clock,
    not the place's), say nothing; None when no stamp states one or no single zone fits them
    all (a tour in several zones)."""
    local: list[datetime] = []
    for stamp in stamps:
        match = _STATED_OFFSET.search(stamp)
        if match is None or _is_utc(match.group(1)):
            continue
        try:
            moment = datetime.fromisoformat(stamp.strip())
        except ValueError:
            continue
        if moment.tzinfo is not None:
            local.append(moment)
    if not local:
        return None
    for name in _CANDIDATE_ZONES:
        zone = named_zone(name)
        if zone is not None and all(
            moment.replace(tzinfo=zone).utcoffset() == moment.utcoffset() for moment in local
        ):
            return name
    return None


# "July 3rd 1800Z", "18:00 UTC", "7 pm GMT": a clock the text marks as UTC (a radio net's, a
# webinar's). Not an offset ("UTC+2", "GMT+1"), not an ISO stamp's "T18:00Z" (``when_iso``).
_UTC_CLOCK = lazy_re.compile(
    r"(?<![T\d:.])(?:(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)"
    r"|(?P<h12>1[0-2]|0?[1-9])\s?(?P<ap>[aApP])\.?[mM]\.?)\s?(?:Z|UTC|GMT)\b(?!\s?[+-]\d)"
)


def utc_clocks_as_written(text: str, found: When) -> When:
    """``found`` with each start or end whose clock the text marks as UTC ("between July 3rd
    1800Z and July 5th 2359Z", "18:00 UTC") stated in UTC: the grammar reads a clock as Berlin
    wall time, which moved a UTC clock by one or two hours. The wall clock stays as written."""
    if "Z" not in text and "UTC" not in text and "GMT" not in text:
        return found
    clocks = {_clock(match) for match in _UTC_CLOCK.finditer(text)}
    if not clocks:
        return found
    start, end = _in_utc(found.start, clocks), _in_utc(found.end, clocks)
    return (
        found if (start, end) == (found.start, found.end) else replace(found, start=start, end=end)
    )


def _clock(match: re.Match[str]) -> tuple[int, int]:
    if match["h12"] is not None:
        hour = int(match["h12"]) % 12
        return hour + 12 if match["ap"] in "pP" else hour, 0
    if match["h4"] is not None:
        return int(match["h4"]), int(match["mi4"])
    return int(match["h"]), int(match["mi"])


def _in_utc(value: str | None, clocks: set[tuple[int, int]]) -> str | None:
    if value is None or "T" not in value:
        return value
    moment = datetime.fromisoformat(value)
    if (moment.hour, moment.minute) not in clocks:
        return value
    return moment.replace(tzinfo=UTC).isoformat()
