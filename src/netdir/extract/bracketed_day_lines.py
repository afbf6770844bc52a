"""Lines of one element, each an event's name with its day in brackets after it.

A township's home page keeps its coming events in a notice box, one bold line each, parted by
``<br>``::

    <p class="custom-block-title">Upcoming Events</p>
    <p><strong>June Board Meeting (Monday, June 21 2021 @ 6:30pm)</strong> <br>
       <strong>July Board Meeting (Monday, July 19 2021 @ 6:30pm)</strong> <br>
       <strong>Recycling Center Hours (Saturday, 9:00am - 12:00pm)</strong><br></p>

No repeated block holds them, so the listing detector found nothing and the page was read as one
event, named by a heading elsewhere. A reader sees two meetings, each named before its bracket,
on the day and at the hour the bracket gives; the recycling centre's Saturday hours name no day
(a weekly opening time) and are no event. Read only where the page's list dates nothing: two
lines or more of one element are such lines (the name first, capitalised, no day in it; the
bracket closing the line and naming a whole day), and they are most of the element's lines.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, text_chunks
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import search_date_like
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
# „June Board Meeting (Monday, June 21 2021 @ 6:30pm)“: a name, then the bracket ending the line.
_LINE = lazy_re.compile(r"^(?P<name>[A-Z][^()]{2,80}?)\s*\((?P<when>[^()]{6,60})\)\s*[.;]?$")
_MIN_LINES = 2
_ELEMENTS = frozenset({"p", "div", "li", "td", "dd"})


def bracketed_day_line_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per bracketed day line of each element that holds two or more (see module)."""
    records: list[RawRecord] = []
    seen: set[int] = set()
    for br in tree.css("br"):
        element = _line_element(br)
        if element is None or element.mem_id in seen:
            continue
        seen.add(element.mem_id)
        lines = text_chunks([element])
        found = [line for text in lines if (line := _dated_line(text)) is not None]
        if len(found) < _MIN_LINES or 2 * len(found) <= len(lines):
            continue
        for name, when in found:
            record = context.new_record(EXTRACTOR, name, confidence=CONFIDENCE)
            record.field_sources["title"] = "listing:bracketed day line (the name before it)"
            set_field(record, "date_text", when, "listing:bracketed day line (the bracket)")
            records.append(record)
    return records


def _line_element(br: LexborNode) -> LexborNode | None:
    """The block element the ``<br>`` parts lines of (through inline wrappers), or None."""
    node = br.parent
    while node is not None and node.tag not in _ELEMENTS:
        if node.tag in ("body", "html"):
            return None
        node = node.parent
    return node


def _dated_line(text: str) -> tuple[str, str] | None:
    """(name, the bracket's day) of a line „Name (day …)“, or None."""
    match = _LINE.match(" ".join(text.split()))
    if match is None:
        return None
    name, when = match["name"].strip(" -–:"), match["when"].strip()
    if search_date_like(name) or not names_a_day(when):
        return None
    return name, when
