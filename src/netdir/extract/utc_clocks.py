"""Structured times stamped UTC that the page itself shows as its local clock.

Some site builders write the venue's wall-clock time with a UTC mark: The Pilot's Event JSON-LD
says ``2025-05-24T14:00:14+0000`` for the card "Saturday, May 24 2:00pm - 4:30pm". Read as UTC,
the show moves by the zone's offset (16:00 in Berlin, 10:00 in Toronto). A real UTC stamp does
not show its own clock on the page: Hidden Hall's ``2026-02-20T03:30:00+00:00`` is announced as
"7:30PM Doors" — 03:30 appears nowhere. So when the page's visible text shows the stamped clock
of (nearly) every UTC-stamped record, the mark is dropped and the clock read as the page's own
local time (its zone, if the page names one, else as any time written without offset).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.shown_text import shown_text
from netdir.normalize.when_zone import BERLIN_ZONE
from netdir.records import RawRecord

_UTC_STAMP = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]00:?00)$"
)
# Below this many UTC-stamped records one clock shown could be chance: see
# ``_only_its_own_clock_shown`` for a single one.
_MIN_RECORDS = 2
_SHOWN_SHARE = 0.8
_SPACES = lazy_re.compile(r"\s+")


def clock_forms(hour: int, minute: int) -> tuple[str, ...]:
    """How a page may write the clock: "14:00", "2:00pm", "2:00 pm", "2pm", "2 pm"."""
    twelve = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    forms = [
        f"{hour:02d}:{minute:02d}",
        f"{twelve}:{minute:02d}{suffix}",
        f"{twelve}:{minute:02d} {suffix}",
    ]
    if minute == 0:
        forms += [f"{twelve}{suffix}", f"{twelve} {suffix}"]
    return tuple(forms)


def _shown(text: str, hour: int, minute: int) -> bool:
    for form in clock_forms(hour, minute):
        for match in re.finditer(re.escape(form), text):
            before = text[match.start() - 1] if match.start() else " "
            after = text[match.end()] if match.end() < len(text) else " "
            if not before.isdigit() and not (after.isalnum() and form[-1].isdigit()):
                return True
    return False


def read_utc_stamps_as_shown(records: list[RawRecord], tree: LexborHTMLParser) -> None:
    """Drop the UTC mark of structured starts and ends when the page shows their clocks."""
    stamped = [(record, _UTC_STAMP.match(record.start or "")) for record in records]
    matches = [(record, match) for record, match in stamped if match is not None]
    if not matches or tree.body is None:
        return
    text = _SPACES.sub(" ", shown_text(tree.body)).lower()
    if len(matches) < _MIN_RECORDS:
        if not _only_its_own_clock_shown(text, matches[0][1]):
            return
    else:
        shown = sum(1 for _, match in matches if _shown(text, int(match[2]), int(match[3])))
        if shown < _SHOWN_SHARE * len(matches):
            return
    for record, match in matches:
        record.start = match[1]
        record.field_sources["start"] = (
            record.field_sources.get("start", record.extractor)
            + " (UTC mark dropped: the page shows this clock)"
        )
        end = _UTC_STAMP.match(record.end or "")
        if end is not None:
            record.end = end[1]


def _only_its_own_clock_shown(text: str, match: re.Match[str]) -> bool:
    """One event's UTC stamp whose clock the page shows ("Start 20:00" for
    ``2026-12-10T20:00:00+00:00``) while the clock the stamp would be in Berlin (21:00) is
    nowhere: a single clock could be shown by chance (a real UTC stamp of 19:00 beside "Einlass
    19:00 / Beginn 21:00"), so the Berlin reading must be missing too."""
    if not _shown(text, int(match[2]), int(match[3])):
        return False
    moment = datetime.fromisoformat(match[1]).replace(tzinfo=UTC)
    berlin = moment.astimezone(ZoneInfo(BERLIN_ZONE))
    return not _shown(text, berlin.hour, berlin.minute)


# "2026-04-04T13:00:00-07:00", "…+02:00": a stamp with a zone offset other than UTC's.
_OFFSET_STAMP = lazy_re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$"
)


def read_shifted_stamps_as_shown(records: list[RawRecord], tree: LexborHTMLParser) -> None:
    """Structured times shifted by their own offset: a plugin that took the venue's wall clock
    for UTC and converted it (Modern Events Calendar: "2026-04-04T13:00:00-07:00" for the
    event page's "8:00 pm - 9:30 pm"). When the page shows none of the stamped clocks but
    every stamp's UTC clock, that UTC clock is the event's own, under the stamp's offset."""
    stamped = [(record, _OFFSET_STAMP.match(record.start or "")) for record in records]
    matches = [(record, match) for record, match in stamped if match is not None]
    if not matches or len(matches) < len(stamped) or tree.body is None:
        return
    text = _SPACES.sub(" ", shown_text(tree.body)).lower()
    for record, _ in matches:
        assert record.start is not None
        local, utc = _clocks(record.start)
        if local == utc or _shown(text, *local) or not _shown(text, *utc):
            return
    for record, match in matches:
        record.start = _as_shown(match.string)  # the start the stamp pattern matched
        record.field_sources["start"] = (
            record.field_sources.get("start", record.extractor)
            + " (its UTC clock, which the page shows, under its offset)"
        )
        if record.end is not None and _OFFSET_STAMP.match(record.end):
            record.end = _as_shown(record.end)


def _clocks(stamp: str) -> tuple[tuple[int, int], tuple[int, int]]:
    moment = datetime.fromisoformat(stamp)
    utc = moment.astimezone(UTC)
    return (moment.hour, moment.minute), (utc.hour, utc.minute)


def _as_shown(stamp: str) -> str:
    """The stamp's UTC day and clock under its own offset."""
    moment = datetime.fromisoformat(stamp)
    offset = moment.utcoffset()
    return moment.astimezone(UTC).replace(tzinfo=moment.tzinfo).isoformat() if offset else stamp


# "2026-07-19T19:00", "…T19:00:00": a stamp without any zone.
_ZONELESS_STAMP = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_PAGE_ZONE = ZoneInfo(BERLIN_ZONE)  # as the normalizer reads a time written without offset


def read_zoneless_utc_as_shown(records: list[RawRecord], tree: LexborHTMLParser) -> None:
    """Structured times written without a zone that are UTC clocks: a site that renders its
    JSON-LD on a server running in UTC ("startDate": "2026-07-19T19:00") while the page shows
    the event's own clock ("Einlass: 20:00 / Start: 21:00"). Read as written, the concert moves
    two hours early. When the page shows none of the stamped clocks but each one's clock in the
    page's zone (read as UTC), that clock is the event's."""
    stamped = [(record, _ZONELESS_STAMP.match(record.start or "")) for record in records]
    matches = [record for record, match in stamped if match is not None]
    if not matches or len(matches) < len(stamped) or tree.body is None:
        return
    text = _SPACES.sub(" ", shown_text(tree.body)).lower()
    for record in matches:
        assert record.start is not None
        written = datetime.fromisoformat(record.start)
        local = written.replace(tzinfo=UTC).astimezone(_PAGE_ZONE)
        if local.hour == written.hour or _shown(text, written.hour, written.minute):
            return
        if not _shown(text, local.hour, local.minute):
            return
    for record in matches:
        assert record.start is not None
        record.start = _from_utc(record.start)
        record.field_sources["start"] = (
            record.field_sources.get("start", record.extractor)
            + " (a UTC clock written without its zone: the page shows it in its own zone)"
        )
        if record.end is not None and _ZONELESS_STAMP.match(record.end):
            record.end = _from_utc(record.end)


def _from_utc(stamp: str) -> str:
    return datetime.fromisoformat(stamp).replace(tzinfo=UTC).astimezone(_PAGE_ZONE).isoformat()
