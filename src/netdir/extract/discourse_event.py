"""The event a Discourse post carries: ``<div class="discourse-post-event" data-start=… >``.

The Discourse calendar plugin writes a topic's event as an empty element with the event's
start, end and zone in attributes (``data-start="2026-08-15 14:00" data-end="2026-08-15 17:00"
data-timezone="Asia/Calcutta"``), which the forum renders as the event box. A feed built from
such topics („IndieWebClub #32“, posted twelve days before) carries the element in each entry's
content: its start and end are the meetup's, on the wall clock of its zone; the entry's own dates
are when it was posted. (A feed parser that sanitizes HTML drops the data-* attributes: such a
feed is read unsanitized.)
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from netdir import lazy_re
from netdir.zone_names import stated_zone, wall_clock_in

_ELEMENT = lazy_re.compile(
    r"<div\b[^>]*\bclass=\"[^\"]*\bdiscourse-post-event\b[^>]*>", re.IGNORECASE
)
_ATTRIBUTE = lazy_re.compile(r"\bdata-(start|end|timezone)=\"([^\"]*)\"", re.IGNORECASE)
_STAMP = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?$")


def carries_discourse_events(text: str) -> bool:
    """Whether a feed's text holds Discourse event elements (escaped or not)."""
    return "discourse-post-event" in text


def discourse_event(markup: str) -> tuple[str, str | None] | None:
    """(start, end) of the one Discourse event in ``markup`` as ISO text (with the zone's
    offset when it names a known zone), or None when there is none or more than one."""
    elements = _ELEMENT.findall(markup)
    if len(elements) != 1:
        return None
    values = {name.lower(): value.strip() for name, value in _ATTRIBUTE.findall(elements[0])}
    zone = stated_zone(values.get("timezone"))
    start = _iso(values.get("start"), zone)
    if start is None:
        return None
    return start, _iso(values.get("end"), zone)


def _iso(value: str | None, zone: ZoneInfo | None) -> str | None:
    if not value or _STAMP.match(value) is None:
        return None
    if len(value) == 10:
        return value  # a day without an hour
    return wall_clock_in(datetime.fromisoformat(value.replace(" ", "T")), zone).isoformat()
