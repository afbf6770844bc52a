"""The occurrences an event object lists as a timetable: one record each.

The City of Paris's open-data events (Opendatasoft's records API, fed by OpenAgenda) keep every
session of an event only in a string of start–end pairs joined by „;“: ``"timetable":
"2012-03-09T20:30:00 2012-03-09T23:30:00;2012-04-13T20:30:00 2012-04-13T23:30:00"`` beside a
``date_start``/``date_end`` that span them all. OpenAgenda's own answers list them as objects,
``"timings": [{"begin": "2025-01-06T11:00:00.000+01:00", "end": "…"}]``. Each pair is one
occurrence with its own hours; an end whose clock comes before its start's on the same day is the
night after („2012-06-02T23:00:00 2012-06-02T04:30:00“ runs to 04:30 on the 3rd).

Mobilize's events API lists them as ``"timeslots": [{"start_date": 1627513200, "end_date":
1627520400}]``, epoch seconds, beside the event's ``"timezone": "America/New_York"``: each slot is
read as the wall clock of that zone (19:00 in Melbourne, Florida); without a zone the wall clock
is unknown and the slots are not read.

Facebook's Graph API lists a recurring event's dates as ``"event_times": [{"id", "start_time":
"2020-09-09T22:00:00+0200", "end_time": …}]`` beside the event's own ``start_time``/``end_time``,
which span them all (the first evening to the last): each is one occurrence. Afeefa's offers (a
Leipzig platform of help and meeting offers) list theirs as ``"occurences"`` of PHP DateTime
objects, with flags for a day without clock or a start without end.

A city's open-data XML export (read as JSON by ``xml_records``) lists each event's dates of the
coming week as ``<date dFrom="2026-07-03 06:00:00" dTo="2026-07-03 13:00:00"/>`` elements beside
a firstdate and lastdate that span its whole run (a market held since 2021): each ``date`` object
of a from/to pair is one occurrence, its stamps written with a space for the „T“, and a date from
00:00 to 23:59 is its whole day, without a clock (a shop-window screening shown day and night).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from netdir import lazy_re
from netdir.extract.api_event_times import php_datetime
from netdir.extract.iso_moments import iso_moment
from netdir.zone_names import stated_zone

TIMETABLE_KEYS = ("timetable", "timings", "event_times", "occurrences", "occurences")
# A key that names one day as often as a list of them: only a list of dated objects (or one of a
# from/to pair) is a timetable there; its text is a start read elsewhere, with the clock beside it.
_LIST_ONLY_KEYS = ("date",)
# Slots of epoch seconds (Mobilize), read in the zone the event names.
_EPOCH_SLOT_KEYS = ("timeslots",)
_EPOCH_ZONE_KEYS = ("timezone", "time_zone", "timeZone")
# Epoch seconds of a plausible event (2001 to 2286): smaller counts are ids or durations.
_MIN_SECONDS = 10**9
_MAX_SECONDS = 10**10
_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
_PAIR = lazy_re.compile(rf"^\s*({_STAMP})(?:\s+({_STAMP}))?\s*$")
# A database's stamp, a space where ISO writes „T“: „2026-07-03 06:00:00“.
_SPACED_STAMP = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)$")
_FROM = "from"  # „dFrom“/„dTo“, „dateFrom“/„dateTo“, „from“/„to“: a start and its end
_TO = "to"
_MAX_OCCURRENCES = 400  # pairs read from one object at most

Occurrence = tuple[str, str | None]


def timetable(node: dict[str, Any]) -> tuple[str, list[Occurrence]] | None:
    """The key and the (start, end) pairs of ``node``'s timetable, or None when it keeps none."""
    for key in TIMETABLE_KEYS:
        value = node.get(key)
        pairs = _pairs_of_text(value) if isinstance(value, str) else _pairs_of_list(value)
        if pairs:
            return key, pairs[:_MAX_OCCURRENCES]
    for key in _EPOCH_SLOT_KEYS:
        if pairs := _epoch_slots(node.get(key), _zone_name(node)):
            return key, pairs[:_MAX_OCCURRENCES]
    for key in _LIST_ONLY_KEYS:
        if pairs := _pairs_of_list(_dated_objects(node.get(key))):
            return key, pairs[:_MAX_OCCURRENCES]
    return None


def _dated_objects(value: object) -> object:
    """A list as it is; one object of a from/to pair as a list of it (an export with a single
    date element). One object of a start and an end is the event's own date, read elsewhere
    with what else it says (its text, its parts)."""
    if isinstance(value, dict) and _from_to(value) is not None:
        return [value]
    return value


def _zone_name(node: dict[str, Any]) -> object:
    return next((node[key] for key in _EPOCH_ZONE_KEYS if key in node), None)


def _epoch_slots(value: object, zone_name: object) -> list[Occurrence]:
    """Slot objects of epoch seconds as (start, end) stamps in the named zone; none when a slot
    is anything else or the zone is unknown (the wall clock would be a guess)."""
    zone = stated_zone(zone_name)
    if zone is None or not isinstance(value, list):
        return []
    pairs: list[Occurrence] = []
    for item in value:
        start = _epoch(item.get("start_date")) if isinstance(item, dict) else None
        if start is None:
            return []
        end = _epoch(item.get("end_date"))
        begins = start.astimezone(zone)
        ends = end.astimezone(zone) if end is not None and end > start else None
        pairs.append(
            (
                begins.isoformat(timespec="minutes"),
                ends.isoformat(timespec="minutes") if ends is not None else None,
            )
        )
    return pairs


def _epoch(value: object) -> datetime | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    if not _MIN_SECONDS <= value < _MAX_SECONDS:
        return None
    return datetime.fromtimestamp(value, tz=UTC)


def _pairs_of_text(text: str) -> list[Occurrence]:
    pairs: list[Occurrence] = []
    for part in text.split(";"):
        if not part.strip():
            continue
        match = _PAIR.match(part)
        if match is None:
            return []  # a timetable is all pairs; prose is read elsewhere
        pairs.append(_occurrence(match.group(1), match.group(2)))
    return pairs


def _pairs_of_list(value: object) -> list[Occurrence]:
    if not isinstance(value, list):
        return []
    pairs: list[Occurrence] = []
    for item in value:
        if not isinstance(item, dict):
            return []
        start = _stamp_text(item.get("begin", item.get("start", item.get("start_time"))))
        end = _stamp_text(item.get("end", item.get("end_time")))
        if start is None and (spanned := _from_to(item)) is not None:
            start, end = spanned
        start, end = _iso_spelled(start), _iso_spelled(end)
        if start is None or _PAIR.match(start) is None:
            return []
        pair = _occurrence(start.strip(), end.strip() if end is not None else None)
        pairs.append(_as_flagged(pair, item))
    return pairs


def _from_to(item: dict[str, Any]) -> tuple[str, str | None] | None:
    """The stamps of an object's from/to pair of keys (any prefix, any case), or None."""
    for key, value in item.items():
        folded = key.casefold()
        if not folded.endswith(_FROM) or not isinstance(value, str):
            continue
        partner = folded.removesuffix(_FROM) + _TO
        end = next((v for k, v in item.items() if k.casefold() == partner), None)
        return value, end if isinstance(end, str) else None
    return None


def _iso_spelled(stamp: str | None) -> str | None:
    """A database's spaced stamp with ISO's „T“; any other text as it is."""
    if stamp is None or (match := _SPACED_STAMP.match(stamp.strip())) is None:
        return stamp
    return f"{match[1]}T{match[2]}"


def _stamp_text(value: object) -> str | None:
    """A stamp as text, or a PHP DateTime object's as one."""
    return value if isinstance(value, str) else php_datetime(value)


def _as_flagged(pair: Occurrence, item: dict[str, Any]) -> Occurrence:
    """An occurrence as its flags say (Afeefa's "isAllDay", "hasStartTime", "hasEndTime"): a day
    without its stored clock, a start without its stored end."""
    start, end = pair
    if item.get("isAllDay") in (1, True) or item.get("hasStartTime") in (0, False):
        return start[:10], None
    if item.get("hasEndTime") in (0, False):
        return start, None
    return start, end


def _occurrence(start: str, end: str | None) -> Occurrence:
    """``start`` and ``end`` as the reader's stamps (minutes, offset kept); an end before its start
    moved to the next day, an end equal to its start dropped, a day from its first minute to its
    last that day alone."""
    begins = iso_moment(start)
    if end is None or begins is None or (ends := iso_moment(end)) is None:
        return _written(start), None
    if ends < begins and ends.date() == begins.date():
        ends += timedelta(days=1)  # a night: 23:00 to 04:30
    if ends <= begins:
        return _written(start), None
    if _whole_day(begins, ends):
        return begins.date().isoformat(), None
    return begins.isoformat(timespec="minutes"), ends.isoformat(timespec="minutes")


def _whole_day(begins: datetime, ends: datetime) -> bool:
    """From 00:00 to 23:59 of the same day: the day itself, open all day."""
    return (
        begins.date() == ends.date()
        and (begins.hour, begins.minute) == (0, 0)
        and (ends.hour, ends.minute) == (23, 59)
    )


def _written(stamp: str) -> str:
    moment = iso_moment(stamp)
    return moment.isoformat(timespec="minutes") if moment is not None else stamp
