"""frab's schedule XML read into the shape of its JSON twin, so one reader serves both.

``<schedule><conference>…</conference><day date=… start=…><room name=…><event id=… guid=…>
<date/><start/><duration/><room/><title/>…</event></room></day></schedule>`` becomes
``{"title": …, "days": [{"date": …, "day_start": …, "rooms": {name: [event, …]}}]}`` with each
event's leaf elements as keys (``<persons>`` and ``<links>`` hold elements, not text, and are
left out: a speaker is no field of an offering).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from typing import Any

from netdir import lazy_re
from netdir.extract.xml_text import document_head, document_root

# The document element is <schedule>, after an XML declaration and comments (an origin note).
_SCHEDULE_ROOT = lazy_re.compile(
    r"^(?:<\?xml[^>]{0,200}\?>)?\s*(?:<!--.{0,2000}?-->\s*)*<schedule[\s>]", re.DOTALL
)
_HEAD_CHARS = 3000


def looks_like_frab_xml(text: str) -> bool:
    """The body is an XML document whose root is frab's ``<schedule>`` holding ``<day>``s."""
    head = document_head(text, _HEAD_CHARS)
    return _SCHEDULE_ROOT.match(head) is not None and "<day" in text and "<event" in text


def conference_from_xml(text: str) -> dict[str, Any] | None:
    """The conference with its days, rooms and events; None when the XML is no frab schedule.

    A document type or entity declaration is refused unread: a schedule needs none, and an
    entity could expand without bound or name a local file."""
    root = document_root(text)  # not well-formed: left to the feed and page readers
    if root is None or root.tag != "schedule":
        return None
    header = root.find("conference")
    conference: dict[str, Any] = _leaves(header) if header is not None else {}
    conference["days"] = [_day(day) for day in root.iter("day")]
    return conference


def _day(day: ElementTree.Element) -> dict[str, Any]:
    rooms: dict[str, list[dict[str, Any]]] = {}
    for room in day.iter("room"):
        if room.get("name") is None:  # an event's own <room>Saal 1</room>, not a room of the day
            continue
        events = rooms.setdefault(room.get("name") or "", [])
        events.extend(_event(event) for event in room.iter("event"))
    return {"date": day.get("date"), "day_start": day.get("start"), "rooms": rooms}


def _event(event: ElementTree.Element) -> dict[str, Any]:
    fields = _leaves(event)
    fields.update({name: value for name in ("id", "guid") if (value := event.get(name))})
    return fields


def _leaves(element: ElementTree.Element) -> dict[str, Any]:
    """The text of each child element that holds no elements of its own."""
    return {child.tag: child.text or "" for child in element if len(child) == 0}
