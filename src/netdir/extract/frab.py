"""Conference schedules in the frab format (XML or JSON) → one record per scheduled event.

frab, pretalx, Pentabarf's successors and the c3voc tools exchange a conference's timetable as
a conference whose days hold rooms whose lists hold events; pretalx's ``schedule.json``:
``{"schedule": {"conference": {"time_zone_name": …, "days": [{"date", "day_start", "rooms":
{"Saal 1": [event, …]}}]}}}``, its XML twin ``<schedule><day date=…><room name=…><event>``
(:mod:`netdir.extract.frab_xml`). Each event names its ``title``, the full stamp ``date``
(„2014-12-27T11:00:00+01:00“), the wall clock again as ``start`` („11:00“), a ``duration``
(„01:00“) and its ``room``. The conference around the events is their frame, not one more event.

Time: ``date`` keeps the offset the file states. A generator that writes the local clock with a
UTC mark (a Jekyll template's „2019-05-22T09:00:00Z“ beside ``<start>09:00</start>``, the site's
programme at 09:00 in Leipzig) gives itself away as in ``utc_clocks``: a real UTC stamp does not
repeat the local ``start``. Such a clock is kept as the wall clock, in the conference's zone when
it names one. Without ``date`` the day's date and ``start`` make the start, a clock before the
day's own start (a night's 00:30 under a day from 11:00) on the next morning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, plain_text, set_field
from netdir.extract.frab_xml import conference_from_xml, looks_like_frab_xml
from netdir.extract.iso_days import iso_day
from netdir.extract.notices import is_break
from netdir.records import RawRecord
from netdir.zone_names import stated_zone, wall_clock_in

EXTRACTOR = "frab"
_JSON_HEAD_CHARS = 1000
_CLOCK = lazy_re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$")
# „01:00“, „0:45“, „00:50:00“; a multi-day slot may count its hours past 24 („27:00“).
_DURATION = lazy_re.compile(r"^\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$")


def frab_conference(text: str) -> dict[str, Any] | None:
    """The conference of a frab schedule document (JSON or XML), None for any other body."""
    # Asked of every page: look at its head before reading (or copying) the whole body.
    head = text[: 2 * _JSON_HEAD_CHARS].lstrip("\ufeff \r\n\t")
    if head.startswith("{") and '"schedule"' in head[:_JSON_HEAD_CHARS]:
        try:
            payload = json.loads(text.lstrip("\ufeff"))
        except (ValueError, RecursionError):
            return None
        schedule = payload.get("schedule") if isinstance(payload, dict) else None
        conference = schedule.get("conference") if isinstance(schedule, dict) else None
        if isinstance(conference, dict) and isinstance(conference.get("days"), list):
            return conference
        return None
    if head.startswith("<") and looks_like_frab_xml(text):
        return conference_from_xml(text)
    return None


def extract_frab(conference: dict[str, Any], context: PageContext) -> list[RawRecord]:
    zone = stated_zone(conference.get("time_zone_name"))
    frame = _Frame(
        zone=zone,
        venue=clean_text(conference.get("venue")),
        city=clean_text(conference.get("city")),
    )
    records: list[RawRecord] = []
    seen: set[tuple[str | None, ...]] = set()
    for day in conference["days"]:
        if not isinstance(day, dict) or not isinstance(day.get("rooms"), dict):
            continue
        for room, events in day["rooms"].items():
            for event in events if isinstance(events, list) else []:
                if not isinstance(event, dict):
                    continue
                record = _record(event, day, str(room), frame, context)
                if record is None:
                    continue
                keys = _copy_keys(event, record)
                if not seen.intersection(keys):
                    seen.update(keys)
                    records.append(record)
    return records


def _copy_keys(event: dict[str, Any], record: RawRecord) -> set[tuple[str | None, ...]]:
    """What makes another entry a copy of this event: its id at the same start (a poster session
    shown in two rooms is one event), or its title at the same start in the same room (a merged
    schedule that imported one talk twice, under two ids, into one slot)."""
    ident = str(event.get("guid") or event.get("id") or record.title)
    return {
        ("id", ident, record.start),
        ("slot", record.title.casefold(), record.start, record.location_text),
    }


@dataclass(frozen=True, slots=True)
class _Frame:
    """What the conference states for all its events."""

    zone: ZoneInfo | None
    venue: str | None
    city: str | None


def _record(
    event: dict[str, Any], day: dict[str, Any], room: str, frame: _Frame, context: PageContext
) -> RawRecord | None:
    title = clean_text(event.get("title"))
    clock = _clock(event.get("start"))
    if title is None or is_break(title, clock):  # „Mittagspause“ at 12:40: a gap in the day
        return None
    start = _start(event, day, clock, frame.zone)
    if start is None:
        return None
    record = context.new_record(EXTRACTOR, title)
    record.field_sources["title"] = f"{EXTRACTOR}:title"
    begins, where = start
    set_field(record, "start", begins.isoformat(), f"{EXTRACTOR}:{where}")
    if (length := _duration(event.get("duration"))) is not None and begins.year < date.max.year:
        set_field(record, "end", (begins + length).isoformat(), f"{EXTRACTOR}:duration")
    place = clean_text(event.get("room")) or clean_text(room)
    located = ", ".join(part for part in (place, frame.venue) if part)
    set_field(record, "location_text", located or None, f"{EXTRACTOR}:room")
    set_field(record, "city", frame.city, f"{EXTRACTOR}:conference.city")
    about = plain_text(event.get("abstract")) or plain_text(event.get("description"))
    set_field(record, "description", about, f"{EXTRACTOR}:abstract")
    set_field(
        record, "topics", [t] if (t := clean_text(event.get("track"))) else [], f"{EXTRACTOR}:track"
    )
    url = context.absolute_url(event.get("url"))
    set_field(record, "url", url or context.base_url, f"{EXTRACTOR}:url" if url else "page")
    return record


def _start(
    event: dict[str, Any], day: dict[str, Any], clock: str | None, zone: ZoneInfo | None
) -> tuple[datetime, str] | None:
    stamp = _stamp(event.get("date"))
    if stamp is not None:
        offset = stamp.utcoffset()
        if offset == timedelta(0) and clock == f"{stamp:%H:%M}" and not _utc_there(stamp, zone):
            # The local clock marked UTC: „T09:00:00Z“ beside „<start>09:00</start>“.
            return stamp.replace(tzinfo=zone), "date+start"
        return stamp, "date"
    on = iso_day(day.get("date"))
    if on is None or clock is None:
        return None
    day_start = _stamp(day.get("day_start"))
    if day_start is not None and clock < f"{day_start:%H:%M}" and on < date.max:
        on += timedelta(days=1)  # after midnight, still the evening's programme
    return wall_clock_in(datetime.fromisoformat(f"{on.isoformat()}T{clock}"), zone), "date+start"


def _utc_there(stamp: datetime, zone: ZoneInfo | None) -> bool:
    """Whether the conference's zone is itself at UTC then (London in winter): a true stamp."""
    if zone is None:
        return False
    return stamp.replace(tzinfo=zone).utcoffset() == timedelta(0)


def _clock(value: object) -> str | None:
    match = _CLOCK.match(value) if isinstance(value, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return f"{int(match[1]):02d}:{match[2]}"


def _duration(value: object) -> timedelta | None:
    match = _DURATION.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    length = timedelta(hours=int(match[1]), minutes=int(match[2]), seconds=int(match[3] or 0))
    return length if length > timedelta(0) else None


def _stamp(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) < 16 or value[10:11] != "T":
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None
