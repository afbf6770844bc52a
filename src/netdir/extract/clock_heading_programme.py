"""The programme of an event's own page, written as headings that open with their clock.

A networking week's track page names its one day („<span class="date">2022-07-08</span>“ under
the h1 „Quo Vadis Informatik in der Metropolregion Leipzig/Halle“) and heads each point of the
day with its hours: „<h3>09.00 - 09.15: Begrüßung</h3>“, „<h3>09.15 - 09.35: Aktuelle Aktivitäten
der Gesellschaft für Informatik</h3>“, the speakers and an abstract below, the breaks as „<h3
class="pause">10.15 - 10.45: Kaffeepause</h3>“; a room tag right before each heading says where
(„<span class="locationtag"><a>Ratsplenarsaal</a></span>“, jekyll-rdf-dataweek-gi-regionaltreffen-
2022-07). Only the event was read: no list, no table held the points. A reader sees each heading
as a point of the event on its day at its clock, as with a clock list (``clock_list_programme``)
or table (``clock_table_programme``); breaks, doors and the close („Abschluss“) stay out.

A label before the talk's bold name — „Impulsvortrag: <b>Der steinige Weg in die Werkhallen …</b>
von <a>…</a>“ — says what kind of point it is and the text after it who gives it: the bold name is
the point's name. The event without a clock of its own begins at its first heading's clock, and
is held in the room all its points share. A wiki's evening whose agenda heads its parts so —
„19.00 - 20.00 Uhr - Warmlaufen / Networking“, „20.00 - 21.00 Uhr - Präsentationen, Demos“, „21.00
- Open End - Shmoozing“ (dokuwiki-webmontag-koeln-2009-03-02) — has no two points: the getting-
together and the open end are none, and one block of talks is part of the evening.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.clock_list_programme import is_mingling, one_day_start
from netdir.extract.clock_table_programme import counts_as_a_point
from netdir.extract.context import PageContext, set_field
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:programme heading with a clock (the event's day)"
_CONFIDENCE = 0.55
# „09.00 - 09.15: Begrüßung“, „14:00 Uhr – Workshop“: the hours, a colon or dash, the name
_CLOCK_HEADING = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*uhr)?"
    r"(?:\s*(?:[-–—]|bis)\s*(?P<eh>[01]?\d|2[0-3])[:.](?P<em>[0-5]\d)(?:\s*uhr)?)?"
    r"\s*[:|–—-]?\s+(?P<name>\S.*)$",
    re.I,
)
# the class of a room tag before the heading: „locationtag“, „room“, „session-venue“
_ROOM_CLASS = lazy_re.compile(r"location|room|raum|venue|\bort\b", re.I)
_BREAK_CLASS = lazy_re.compile(r"(?:^|\s)(?:pause|break)(?:\s|$)", re.I)
_ROOM_CHARS = 60
_LABEL_CHARS = 30  # „Impulsvortrag:“, „Keynote:“ — a kind, not a sentence
_MIN_POINTS = 2
# „Warmlaufen / Networking“, „Open End - Shmoozing“: a name of two parts, each its own kind
_PARTS = lazy_re.compile(r"\s+[/–—-]\s+")


def programme_heading_points(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The points of the page's clock headings on the event's one day (see the module's doc)."""
    body = tree.body
    start = one_day_start(event, today)
    if body is None or start is None:
        return []
    clocked = [
        (heading, match)
        for heading in body.css("h2, h3, h4, h5")
        if (match := _CLOCK_HEADING.match(" ".join(visible_text(heading).split()))) is not None
    ]
    if len(clocked) < _MIN_POINTS:
        return []
    day = start[:10]
    points: list[RawRecord] = []
    rooms: set[str] = set()
    for heading, match in clocked:
        name = _point_name(heading, match["name"])
        if name is None or _BREAK_CLASS.search(heading.attributes.get("class") or ""):
            continue
        stamp = f"{day} {int(match['h']):02d}:{match['m']}"
        if match["eh"] is not None:
            stamp += f" - {int(match['eh']):02d}:{match['em']}"
        record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
        record.field_sources["title"] = _WHERE
        set_field(record, "date_text", stamp, _WHERE)
        set_field(record, "url", context.base_url, "page")
        room = _room_tag(heading)
        set_field(record, "location_text", room, f"{_WHERE}: the room tag before it")
        rooms.add(room or "")
        points.append(record)
    if len(points) < _MIN_POINTS:
        return []
    if "T" not in start:
        # the day without its hour begins at its first heading's clock (a break's too)
        first = clocked[0][1]
        clock = f"{int(first['h']):02d}:{first['m']}"
        set_field(event, "date_text", f"{day} {clock}", f"{_WHERE}: the first clock")
    if len(rooms) == 1 and (room := next(iter(rooms))) and event.location_text is None:
        set_field(event, "location_text", room, f"{_WHERE}: the room of every point")
    return points


def _point_name(heading: LexborNode, text: str) -> str | None:
    """The heading's name after its clock; the bold name after a short kind label."""
    bold = heading.css_first("b, strong")
    if bold is not None:
        named = visible_text(bold).strip()
        before = text.split(named, 1)[0].strip() if named and named in text else ""
        if named and before.endswith(":") and len(before) <= _LABEL_CHARS:
            text = named
    name = text.strip(" -–—:")
    parts = _PARTS.split(name)
    if not all(counts_as_a_point(part) and not is_mingling(part) for part in parts):
        # („19.00 - 20.00 Uhr - Warmlaufen / Networking“, „21.00 - Open End - Shmoozing“: the
        # getting-together and the open end of an evening whose talks are its parts)
        return None
    return name


def _room_tag(heading: LexborNode) -> str | None:
    """The short element right before the heading whose class names a room („locationtag“)."""
    node = heading.prev
    while node is not None and not node.is_element_node:
        if (node.text_content or "").strip():
            return None
        node = node.prev
    if node is None or not _ROOM_CLASS.search(node.attributes.get("class") or ""):
        return None
    room = visible_text(node).strip()
    return room if room and len(room) <= _ROOM_CHARS else None
