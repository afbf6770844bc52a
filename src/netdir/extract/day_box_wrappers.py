"""A day box whose entries stand in one box beside the day, each with its own clock and name.

A club's dates page sets each day as a card of two boxes: the day („<h3>18</h3><div>Sep.</div>“)
and, beside it, one box holding that day's entries, each a clock line, a pin line, a name
heading and a description, with an empty rule between them::

    <div class="termin-item-root"><div class="left">18 Sep.</div><div class="right">
      <div class="termin-root">18:00 · Barlo Dorfplatz · <h3>Ausholen des Königspaares</h3> …</div>
      <div class="h-line"></div><div class="termin-root">20:00 · Saal … · <h3>Disco</h3> …</div> …

The box beside the day is a wrapper, not the day's one entry: its children of one kind, each
holding its own clock, are the entries (the empty rules between them hold nothing). An entry
named by a heading of its own is named by it though its clock comes first, and its description
may add a line or two to the title, clock and place an entry is made of.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text, text_chunks
from netdir.extract.date_badge_headings import is_date_badge_part
from netdir.extract.date_cues import TIME_LIKE

_HEADINGS = ",".join(HEADING_TAGS)
_DESCRIPTION_LINES = 2  # a named entry's description: a sentence or two under its name


def entries_beside_the_day(box: LexborNode) -> list[LexborNode] | None:
    """The entries the one box beside a day label holds: its children with text, of one tag and
    class, each stating its own clock; None when ``box`` is no such wrapper."""
    children = [child for child in box.iter(include_text=False) if node_text(child)]
    if not children or not (box.attributes.get("class") or "").strip():
        return None
    kinds = {(child.tag, child.attributes.get("class")) for child in children}
    if len(kinds) != 1 or not kinds.pop()[1]:
        return None
    if not all(timed(child) for child in children):
        return None
    return children


def timed(entry: LexborNode) -> bool:
    """Whether one of the entry's own lines is a clock („18:00“, „20:00 Uhr“)."""
    return any(TIME_LIKE.search(line) for line in text_chunks([entry]))


def name_heading(entry: LexborNode) -> str | None:
    """The text of the entry's first heading that is not a part of a date, if it has one."""
    for heading in entry.css(_HEADINGS):
        text = node_text(heading)
        if text and not is_date_badge_part(text):
            return text
    return None


def line_allowance(entry: LexborNode) -> int:
    """How many lines more than title, clock and place an entry may hold: its description's,
    when a heading of its own names it."""
    return _DESCRIPTION_LINES if name_heading(entry) is not None else 0
