"""Showings that a feed item lists in its description.

A venue's feed may publish one item per production and list its showings in the description:
``<ul><li>Sa. 10.10.2026, 20:30 Uhr</li><li>Sa. 17.10.2026, 20:30 Uhr</li></ul>``, a line
naming its own piece after the time („Fr. 13.11.2026, 19:00 Uhr: Kaiser Trojan hat
Ziegenohren“) or a booking note („… 19:00 Uhr – ausverkauft“); or one item per week, each day
a heading with its showings below („<h3>Sa. 10.10.2026</h3><ul><li>20:30 Darkest Thoughts –
Märchenhütten – Tickets</li></ul>“). Each list line that opens with a day (or with a time under
a heading that is a day) is one showing: the line's day and time, the name it gives (else the
item's), and the place it names after that name. „Ort: …“ in a paragraph of its own is the
place of all of them. A line that does not open with its day („Eintritt frei bis 12.03.“) is no
showing, and neither is an item whose list lines are all undated.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.description_place import PLACE_IN_TEXT
from netdir.html_depth import parse_html
from netdir.normalize.title_status import is_booking_status

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# „20:30 Darkest Thoughts“, „9.30 Uhr Führung“: a time that opens a line under a day heading.
_LEADING_TIME = lazy_re.compile(r"^(\d{1,2}[:.]\d{2})(?:\s*Uhr)?\b\s*")
_LEAD_PUNCT = lazy_re.compile(r"^[\s,:;–—-]+")
# „Titel – Ort – Tickets“: fields of a line set off by a dash or a bar between spaces (a
# hyphen-minus is left alone: „Christmas Carol - Gastspiel“ is one name).
_FIELD_SEPARATOR = lazy_re.compile(r"\s+[–—|]\s+|\s+[–—|]$")
_SHORT_PLACE = 60
_LONG_LINE = 200  # a paragraph in a list item is prose, not a showing line


@dataclass(frozen=True, slots=True)
class Showing:
    date_text: str
    title: str | None
    place: str | None


def showings(markup: str) -> tuple[list[Showing], str | None]:
    """The showings an item's description lists, and the place it labels („Ort: …“)."""
    if "<li" not in markup.lower():
        return [], None
    root = parse_html(markup).body
    if root is None:
        return [], None
    found: list[Showing] = []
    place: str | None = None
    day_heading: str | None = None
    for node in root.traverse():
        tag = node.tag
        if tag in _HEADINGS or tag == "p":
            text = _text(node)
            if tag != "p":
                day_heading = text if _is_day(text) else None
            elif place is None and (labelled := PLACE_IN_TEXT.fullmatch(text)) is not None:
                place = labelled["value"].strip()
        elif tag == "li" and (showing := _showing(node, day_heading)) is not None:
            found.append(showing)
    return found, place


def _showing(node: LexborNode, day_heading: str | None) -> Showing | None:
    text = _text(node, skip_links=True)
    if not text or len(text) > _LONG_LINE:
        return None
    match = DATE_PHRASE.match(text)
    if match is not None and names_a_day(match.group(0)):
        date_text, rest = match.group(0), text[match.end() :]
    elif day_heading is not None and (time := _LEADING_TIME.match(text)) is not None:
        date_text, rest = f"{day_heading} {time.group(1)}", text[time.end() :]
    else:
        return None
    fields = [
        f
        for part in _FIELD_SEPARATOR.split(_LEAD_PUNCT.sub("", rest))
        if (f := part.strip(" .,;:")) and not is_booking_status(f) and f.casefold() != "uhr"
    ]
    title = fields[0] if fields else None
    place = fields[1] if len(fields) == 2 and len(fields[1]) <= _SHORT_PLACE else None
    return Showing(date_text, title, place)


def _is_day(text: str) -> bool:
    match = DATE_PHRASE.match(text)
    return match is not None and names_a_day(match.group(0)) and match.end() >= len(text) - 1


def _text(node: LexborNode, *, skip_links: bool = False) -> str:
    """The element's text; without its links' words („Tickets“) when asked."""
    if not skip_links:
        return " ".join(node.text(separator=" ", strip=True).split())
    parts = []
    for child in node.traverse(include_text=True):
        if child.is_text_node and not any(p.tag == "a" for p in _ancestors(child, node)):
            parts.append(child.text_content or "")
    return " ".join(" ".join(parts).split())


def _ancestors(child: LexborNode, stop: LexborNode) -> list[LexborNode]:
    out = []
    parent = child.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        out.append(parent)
        parent = parent.parent
    return out
