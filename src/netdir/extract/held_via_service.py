"""A row's own line saying its meeting is held in a video-meeting service: „… via Zoom.“

A walking charity's news page writes each meeting as a heading over a line: „Area Council
meeting“ / „Will be held on 10 March via Zoom.“ No venue line follows, and none is needed — a
reader knows where the meeting is: on Zoom. So a dated record without a place whose date line
says it is held, hosted or run through a meeting service („via Zoom“, „on Microsoft Teams“,
„over Webex“) takes the service as its place. Only a service named after such a verb counts:
„Zoom link to follow“ or „recordings on YouTube“ say nothing of where the meeting is held.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.online_services import SERVICE_WORDS
from netdir.records import RawRecord

SOURCE = "listing:the service the date line holds the meeting in"
_HELD_VIA = lazy_re.compile(
    r"\b(?:held|hosted|run|meets?|meeting|take\s+place|takes\s+place|taking\s+place)\b"
    rf"[^.!?]{{0,60}}?\b(?:via|on|over|through|using|in)\s+(?P<service>(?:{SERVICE_WORDS}))\b",
    re.I,
)


def places_held_via_a_service(group: list[RawRecord]) -> None:
    """Give each dated record of ``group`` without a place the service its date line holds it
    in (see module)."""
    for record in group:
        if record.location_text or not record.date_text:
            continue
        found = _HELD_VIA.search(record.date_text)
        if found is not None:
            record.location_text = found["service"]
            record.field_sources["location_text"] = SOURCE
