"""The talks of an event's own page, each a bold name over a slot line of its clock and room.

A civic-tech lab's Open Data Day page names its day in the hero and its „Wann und wo?“ lines
(„Samstag, 7. März 2020 / 11 bis 17 Uhr / Stadtbibliothek …“) and lays out its programme as
cards in two columns, one per room: „<strong>Digitransit</strong><span class="room"><i>12:00 Uhr
- </i>Q-THEK / ERKER | CODE FOR MÜNSTER</span> Open Source Fahrplanauskunft …“. No card names a
day, so only the day was read. A reader sees each card as a talk on the event's day at its clock,
held in the room the slot line names before „|“ (after it stands the group that presents it).

Read only on the page's one event of one day, when two or more bold names are each followed
directly by such a slot line: a clock („12:00 Uhr“, „9.30“), a dash, then the room. A slot line
without a room after its dash is no slot of this kind.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.clock_list_programme import one_day_start
from netdir.extract.context import PageContext, set_field
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:talk card's slot line (the event's day)"
_CONFIDENCE = 0.55
# „12:00 Uhr - Q-THEK / ERKER | CODE FOR MÜNSTER“: clock, dash, room, maybe „|“ and the host
_SLOT = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*uhr)?\s*[-–—]\s*"
    r"(?P<room>[^|\s][^|]{0,60}?)\s*(?:\|.*)?$",
    re.I | re.S,
)
# The page-wide check before any node is visited: a clock, a dash and a capital after it
_ANY_SLOT = lazy_re.compile(r"\d[:.][0-5]\d(?:\s*uhr)?\s*[-–—]\s*[A-ZÄÖÜ]", re.I)
_MIN_TALKS = 2


def room_slot_talks(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The talk cards on the event's one day (see the module's doc); [] when fewer than two."""
    body = tree.body
    start = one_day_start(event, today)
    if body is None or start is None or not _ANY_SLOT.search(body.text(separator=" ")):
        return []
    day = start[:10]
    talks: list[RawRecord] = []
    for bold in body.css("strong, b"):
        name = re.sub(r"\s+", " ", visible_text(bold)).strip()
        slot = _next_element(bold)
        if not name or slot is None:
            continue
        found = _SLOT.match(re.sub(r"\s+", " ", visible_text(slot)).strip())
        if found is None:
            continue
        record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
        record.field_sources["title"] = _WHERE
        set_field(record, "date_text", f"{day} {int(found['h']):02d}:{found['m']}", _WHERE)
        set_field(record, "location_text", found["room"].strip(" -–"), _WHERE)
        set_field(record, "url", context.base_url, "page")
        talks.append(record)
    return talks if len(talks) >= _MIN_TALKS else []


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element right after ``node`` (only blank text between): the card's slot line."""
    sibling = node.next
    while sibling is not None and sibling.tag == "-text":
        if (sibling.text_content or "").strip():
            return None
        sibling = sibling.next
    return sibling
