"""The programme of an event's own page, written as a list whose items open with their clock.

A community's invitation gives the event's day in its prose („Am 13. April 2016 ist es wieder so
weit! … unsere Cryptoparty“, „Los geht es um 19:00 Uhr …“) and its talks as a Markdown list:
„- 19:00 Begrüßung: Wer ist dieser Crypto …? (Lukas Laufenberg - Computerwerk Darmstadt e.V.)“,
„- 20:00 Anonym Surfen mit TOR (Chaos Darmstadt e.V.)“. No item names a day, so only the event
was read. As with a programme table (``clock_table_programme``), a reader sees each item as a
point of the event on its day at its clock.

Read only on the page's one event of one day, for a list of two or more items that all open
with a bare clock, go on with a name and close with the speakers or hosts in brackets — talks,
each given by someone. A day's schedule without them („14:00 Uhr: Familiengottesdienst“,
„15:00 Uhr: Kaffee und Kuchen“ under a parish fête's „Programm“, hugo-st-marien-gemeindefest-2024;
„10.00 Uhr | Bibelarbeit - Die Einladung“, static-ostseebibelkonferenz-2017) holds parts of the
event, not points the corpus counts. The bracket is no part of the point's name; breaks, doors and
close stay out as in a table.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.clock_table_programme import names_a_point
from netdir.extract.context import PageContext, set_field
from netdir.extract.inline_text import visible_text
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:programme list item (the event's day)"
_CONFIDENCE = 0.55
# „19:00 Begrüßung: …“, „9.30 Uhr Einführung“: a clock, then the point's name
_CLOCK_ITEM = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*uhr)?\s*[-–—:|]?\s+(?P<name>\S.*)$", re.I
)
# „(Lukas Laufenberg - Computerwerk Darmstadt e.V.)“ closing the item: who speaks or hosts
_CLOSING_BRACKET = lazy_re.compile(r"\s*\([^()]*\)\s*$")
# „… erwarten euch in Raum 123 (1. Stock):“: the lead's place before its colon
_LEAD_ROOM = lazy_re.compile(r"\b(?:in|im)\s+(?P<room>[^\s:][^:]{0,60}?)\s*:$")
_MIN_POINTS = 2


def programme_list_points(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The points of the page's clock lists on the event's one day (see the module's doc)."""
    body = tree.body
    if body is None or event.date_text is None:
        return []
    when = parse_when(event.date_text, today=today)
    if not when.start or (when.end and when.end[:10] != when.start[:10]):
        return []
    day = when.start[:10]
    points: list[RawRecord] = []
    for listed in body.css("ul, ol"):
        items = [node for node in listed.iter() if node.tag == "li"]
        matches = [_CLOCK_ITEM.match(visible_text(item).strip()) for item in items]
        if len(items) < _MIN_POINTS or not all(
            match is not None and _CLOSING_BRACKET.search(match["name"]) for match in matches
        ):
            continue
        room = _room_of_the_lead(listed)
        for match in matches:
            name = _point_name(match["name"]) if match is not None else None
            if match is None or name is None:
                continue
            record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
            record.field_sources["title"] = _WHERE
            set_field(record, "date_text", f"{day} {int(match['h']):02d}:{match['m']}", _WHERE)
            set_field(record, "url", context.base_url, "page")
            if room is not None:
                set_field(record, "location_text", room, f"{_WHERE}: the list's lead")
            points.append(record)
    return points if len(points) >= _MIN_POINTS else []


def _room_of_the_lead(listed: LexborNode) -> str | None:
    """„Eine Menge spannende Vorträge erwarten euch in Raum 123 (1. Stock):“ right before the
    list: where its points are held, the words after the lead's last „in“/„im“."""
    lead = listed.prev
    while lead is not None and lead.is_text_node:
        lead = lead.prev
    if lead is None or lead.tag != "p":
        return None
    match = _LEAD_ROOM.search(visible_text(lead).strip())
    return match["room"].strip() if match is not None else None


def _point_name(text: str) -> str | None:
    name = _CLOSING_BRACKET.sub("", text).strip(" -–—")
    return name if names_a_point(name) else None
