"""The box under a next-meeting heading that opens with the meeting's day.

„<h2>Nächstes Treffen</h2><div class="columns"><div class="column"><div class="notification">
<span>Dienstag, 20.9.2022 - 19:30 Uhr "Hacknight"</span><br><i>Offener Treff zum Austausch …</i>
<br>im Cafe Drei:Klang, Wolbecker Straße 36, Münster<br>Start: ca. 19:30, Ende offen</div>…“: a
group's front page announces its next meeting in a box of its own — the day, the hour and the
meeting's name on its first line, what it is and where below. ``next_meeting`` reads a line that
is only a day under such a heading; the box is that line with the rest of the meeting's facts.

Its line with a street address below the day („im Cafe Drei:Klang, Wolbecker Straße 36, Münster“)
is where, when the box's other readers found no place.

The box is the element right after the heading, or the first element inside it, whose first line
opens with a day and which is short — a notice, not a section of the page (a chat window or a
column of text beside it is left out: the box is the innermost element the day line opens).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.address_tail_titles import is_address_part
from netdir.extract.block_text import names_a_day, text_chunks
from netdir.extract.date_cues import search_date_phrase
from netdir.extract.place_prepositions import PLACE_PREPOSITION

_MAX_BOX_TEXT = 400  # characters: a notice of a few lines
_MAX_DEPTH = 4
_MIN_LINES = 2  # the day line, and what or where below it
_MAX_PLACE_LINE = 120
_PARTS = lazy_re.compile(r"\s*,\s+")
# „im Cafe Drei:Klang, …“, „in der Stadtbibliothek, …“: the preposition before the venue's name.
_LEADING_PREPOSITION = lazy_re.compile(rf"^(?:{PLACE_PREPOSITION}|in|bei)\s+")


def _opens_with_its_day(node: LexborNode) -> bool:
    """A short element of two lines or more whose first line opens with a day."""
    chunks = text_chunks([node])
    if len(chunks) < _MIN_LINES or sum(len(chunk) for chunk in chunks) > _MAX_BOX_TEXT:
        return False
    first = chunks[0]
    match = search_date_phrase(first)
    return match is not None and match.start() == 0 and names_a_day(first)


def _first_with_text(node: LexborNode) -> LexborNode | None:
    """The first child of ``node`` with text of its own (an element or a text node)."""
    child = node.child
    while child is not None and not (child.text() or "").strip():
        child = child.next
    return child


def box_opening_with_its_day(node: LexborNode) -> LexborNode | None:
    """The innermost of ``node`` and the first elements inside it (``_MAX_DEPTH`` levels down,
    each its parent's first child with text) that is a short box opening with its day."""
    found = None
    for _ in range(_MAX_DEPTH + 1):
        if _opens_with_its_day(node):
            found = node
        elif found is not None:
            break  # the day line alone: the box is the element around it
        child = _first_with_text(node)
        if child is None or not child.is_element_node:
            break  # words before the first element: the day does not open the box
        node = child
    return found


def place_line_of_the_box(box: LexborNode) -> str | None:
    """The box's line below its day that holds a street address („im Cafe Drei:Klang, Wolbecker
    Straße 36, Münster“), without the preposition it opens with: where the meeting is."""
    for chunk in text_chunks([box])[1:]:
        line = chunk.strip(" ,;")
        if len(line) > _MAX_PLACE_LINE or search_date_phrase(line):
            continue
        if any(is_address_part(part) for part in _PARTS.split(line)):
            return _LEADING_PREPOSITION.sub("", line, count=1)
    return None
