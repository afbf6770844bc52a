"""Zone-less structured times that are UTC clocks, told by the time range the page shows.

Older versions of The Events Calendar write an event's JSON-LD in UTC without saying so: xGem's
meeting in Buenos Aires (UTC−3) has ``"startDate": "2017-04-22 20:00:00"``, ``"endDate":
"2017-04-23 02:30:00"``, while the page shows "April 22 @ 5:00 pm - 11:30 pm". Read as written,
the meeting starts three hours late (and, read as Berlin's, at another moment still).
``utc_clocks.read_zoneless_utc_as_shown`` only knows the page's zone to be Berlin's and wants the
stamped clock nowhere on the page (this one's agenda says "8 pm Talk#3"). Here the evidence is
the pair: when the page shows each event's start and end as one range ("5:00 pm - 11:30 pm",
"17:00 – 23:30") shifted from the stamped pair by one and the same whole or half hour, and never
shows the stamped pair itself as a range, the stamps are UTC and the shift is the event's
offset: 17:00−03:00.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.shown_text import shown_text
from netdir.extract.utc_clocks import clock_forms
from netdir.records import RawRecord

# "2017-04-22 20:00:00", "2017-04-22T20:00": a stamp without any zone.
_ZONELESS = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_SPACES = lazy_re.compile(r"\s+")
_BETWEEN = r"\s*(?:-|–|—|to|bis)\s*"
# Offsets in use run from UTC−12 to UTC+14; a site's clock moves by whole or half hours.
_OFFSETS = [timedelta(minutes=m) for m in range(-12 * 60, 14 * 60 + 1, 30) if m]


def read_zoneless_utc_by_shown_ranges(records: list[RawRecord], tree: LexborHTMLParser) -> None:
    """Read zone-less structured starts and ends as UTC at the offset the page's ranges show."""
    stamped = [r for r in records if r.start and _ZONELESS.match(r.start)]
    if not stamped or tree.body is None:
        return
    if any(not (r.end and _ZONELESS.match(r.end)) for r in stamped):
        return
    text = _SPACES.sub(" ", shown_text(tree.body)).lower()
    pairs = [(_moment(r.start), _moment(r.end)) for r in stamped]
    if any(_range_shown(text, start, end) for start, end in pairs):
        return
    offsets = [o for o in _OFFSETS if all(_range_shown(text, s + o, e + o) for s, e in pairs)]
    if len(offsets) != 1:
        return
    zone = timezone(offsets[0])
    for record, (start, end) in zip(stamped, pairs, strict=True):
        record.start = start.replace(tzinfo=UTC).astimezone(zone).isoformat()
        record.end = end.replace(tzinfo=UTC).astimezone(zone).isoformat()
        record.field_sources["start"] = (
            record.field_sources.get("start", record.extractor)
            + " (a UTC clock written without its zone: the page shows its range at this offset)"
        )


def _moment(stamp: str | None) -> datetime:
    return datetime.fromisoformat((stamp or "").replace(" ", "T", 1))


def _range_shown(text: str, start: datetime, end: datetime) -> bool:
    """Whether the page writes the two clocks as one range ("5:00 pm - 11:30 pm")."""
    # A range holds both clocks as written: a form the text lacks is not searched (each pattern
    # is new to ``re``'s cache; 52 offsets × 25 pairs cost a page of many events ~0.2 CPU-s).
    lasts = [last for last in clock_forms(end.hour, end.minute) if last in text]
    for first in clock_forms(start.hour, start.minute):
        if first not in text:
            continue
        for last in lasts:
            pattern = r"(?<![\d:.])" + re.escape(first) + _BETWEEN + re.escape(last) + r"(?!\d)"
            if re.search(pattern, text):
                return True
    return False
