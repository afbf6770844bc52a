"""The time zone a page's note says its times are shown in.

A conference programme abroad prints its clocks bare and says once, above them, whose clocks they
are: „Date and time are shown in: GMT+8 Time - Taipei, Taiwan“, „All times are in Eastern Time“,
„Times shown in UTC“, „Time zone: Asia/Tokyo“. Read without the note, the bare „09:45“ would be
Berlin's 09:45 (``parse_when``'s default); the note names the zone the page's clocks are in, so
the page's records take that zone (``extra["zone"]``, see ``normalize.when_zone``) — the same
clock with the zone's offset.

Only a note that ties the page's times to the zone counts (a date-and-time or times phrase, or a
„Time zone:“ label, then the zone); a zone named elsewhere (a speaker's „joins from UTC-5“) says
nothing about the page's clocks. The zone is an offset from GMT/UTC in whole hours (the fixed
``Etc/GMT…`` zone: its sign is the other way round), an IANA name the zone database knows, or a
US zone by its name or letters. A page whose notes name different zones states none.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.zone_names import named_zone

# A note's cheap sign in the raw page, before any markup is taken out.
_CUE = lazy_re.compile(r"\btimes?\b|\btime\s*zone\b|\btimezone\b", re.IGNORECASE)
_TAG = lazy_re.compile(r"<[^>]*>")
_SPACE = lazy_re.compile(r"\s+")
# The zone: „GMT+8“, „UTC -5“, „UTC+05:00“, „Asia/Taipei“, „Eastern Time“, „ET“, „PST“.
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?![\d:])"
    r"|(?:GMT|UTC)(?![+\-−\w])"
    r"|[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?"
    r"|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+Time"
    r"|[ECMP][SD]?T(?![\w+\-−]))"
)
# „Date and time are shown in:“, „All times are in“, „Times listed in“, „All times“, „Time zone:“.
_NOTE = lazy_re.compile(
    r"(?:\b(?:all\s+)?(?:dates?\s+(?:and|&)\s+)?times?\s+(?:are\s+|is\s+)?"
    r"(?:(?:shown|given|listed|displayed|stated|indicated)\s+)?(?:in|as)\s*:?\s*(?:the\s+)?"
    r"|\btime\s*zone\s*:\s*|\ball\s+times\s*:?\s*)" + _ZONE,
    re.IGNORECASE,
)
_OFFSET = lazy_re.compile(r"^(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_US_NAMES = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
}
_US_LETTERS = {"E": "America/New_York", "C": "America/Chicago", "M": "America/Denver"}
_US_LETTERS["P"] = "America/Los_Angeles"
_MAX_HOURS = 14  # the farthest a zone lies from UTC (Kiribati's +14)


def zone_of_time_notes(text: str) -> str | None:
    """The IANA zone the page's notes say its times are shown in; None when it has no such note,
    a note names no zone known here, or its notes name different zones."""
    if _CUE.search(text) is None:
        return None
    visible = _SPACE.sub(" ", _TAG.sub(" ", text))
    zones = {zone for match in _NOTE.finditer(visible) if (zone := _zone_name(match["zone"]))}
    return zones.pop() if len(zones) == 1 else None


def _zone_name(written: str) -> str | None:
    """The IANA name of a zone as a note writes it, None when it is none known here."""
    written = written.strip()
    if (offset := _OFFSET.match(written)) is not None:
        sign, hours, minutes = offset.groups()
        if (minutes and minutes != "00") or int(hours) > _MAX_HOURS:
            return None  # (no fixed zone of the database is half an hour off)
        if int(hours) == 0:
            return "Etc/UTC"
        # The database's Etc zones count the other way: UTC+8 is „Etc/GMT-8“.
        return f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}"
    if written.upper() in ("GMT", "UTC"):
        return "Etc/UTC"
    if "/" in written:
        return written if named_zone(written) is not None else None
    first = written.split()[0].casefold()
    if first in _US_NAMES:
        return _US_NAMES[first]
    if written.isupper() and written[0] in _US_LETTERS:
        return _US_LETTERS[written[0]]
    return None
