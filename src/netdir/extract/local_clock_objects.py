"""A time object that states its local day and clock beside the UTC moment (Ticketmaster's).

Ticketmaster's Discovery API answers each event's start, and where it has one its end, as
``{"localDate": "2019-09-08", "localTime": "17:30:00", "dateTime": "2019-09-08T22:30:00Z"}``;
apps keep such answers as their samples. The local day and clock are the venue's, the ones its
ticket page shows; the UTC stamp is the same moment. Only some events name their zone beside the
object (``"dates": {"timezone": "America/Chicago"}``); read alone, the UTC stamp went onto
Berlin's clock (19:00 in Las Vegas as 03:00 the next day). The local reading and the stamp say
the offset between them — ``2019-09-08T17:30-05:00`` —, and the clock stays the local one even
where no zone is named.

An object whose clock is not set yet gives its day alone: ``"noSpecificTime": true`` or
``"timeTBA": true`` (a hockey game whose time is „TBA“, which carries no ``localTime``; the
flag also covers a placeholder clock), and so does one with ``localDate`` but no clock (a
three-day final's end). :func:`clock_unset` reads the same flags on an event itself (SeatGeek's
``"time_tbd": true`` beside a placeholder ``"datetime_local": "…T03:30:00"``).
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re
from netdir.extract.json_local_clocks import offset_of

_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOCK = lazy_re.compile(r"^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
_DAY_KEY, _CLOCK_KEY, _STAMP_KEY = "localDate", "localTime", "dateTime"
# Flags that say the clock beside them is not set (its time is „to be announced“); compared
# case-folded, without underscores.
_UNSET_CLOCK_FLAGS = frozenset(("nospecifictime", "timetba", "timetbd", "timetobeannounced"))


def local_time_object(value: object) -> str | None:
    """The object's local day and clock as ISO, with the offset its UTC ``dateTime`` implies
    (``…T17:30-05:00``), without one where it has none; its day alone where the clock is unset
    or missing; None for an object without a ``localDate``."""
    if not isinstance(value, dict):
        return None
    day, clock = value.get(_DAY_KEY), value.get(_CLOCK_KEY)
    if not isinstance(day, str) or _DAY.match(day) is None:
        return None
    if clock_unset(value) or not isinstance(clock, str) or _CLOCK.match(clock) is None:
        return day
    local = f"{day}T{clock[:5]}"
    stamp = value.get(_STAMP_KEY)
    offset = offset_of(local, stamp) if isinstance(stamp, str) else None
    if offset is None:
        return local
    sign = "+" if offset >= 0 else "-"
    hours, minutes = divmod(abs(offset), 60)
    return f"{local}{sign}{hours:02d}:{minutes:02d}"


def clock_unset(node: dict[str, Any]) -> bool:
    """Whether ``node`` flags its clock as not set yet (``"time_tbd": true``)."""
    return any(
        value is True and key.casefold().replace("_", "") in _UNSET_CLOCK_FLAGS
        for key, value in node.items()
        if isinstance(key, str)
    )
