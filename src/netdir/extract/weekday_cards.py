"""A weekly plan written as one card per weekday: the card's heading is only the weekday.

A leisure centre prints its „Wochenplan“ as „<article class="day-card"><h3>Montag</h3><ul>
<li><time>09:00–13:00</time><span>Tischtennis I</span></li><li><time>09:30–10:30</time>
<span>Gymnastik</span></li>…“: each item of the card's list gives its hours and its name, and
the card's heading gives the day — every such weekday, the plan being a week's. Read as an item
alone, „09:00–13:00 Tischtennis I“ has no day and was dropped. An item that opens with its
hours under a heading that is only a weekday meets weekly on that weekday at those hours; its
date text is the weekly line („Montag, 09:00–13:00 Uhr“) the normalizer reads as the rule and
its next day (``weekday_lines.weekly_rule``). An item whose name ends with a note of the
month's weeks it meets in („Gesprächskreis Smartphone (2. + 4. Di.)“, „Skatturnier (2. Sa.)“)
meets on those weekdays of each month („2. und 4. Dienstag im Monat, 12:30–15:30 Uhr“, which the
normalizer reads as a monthly rule); the note says when, so it leaves the name. A heading that
says more than the weekday („Montag, 14. September“, „Montag – Gruppen“) leaves the items as
they were.

A card need not head itself with an h-tag: a judo club's plan opens each card with a label
(„<div class="day-card"><div class="day-label">Dienstag</div><div class="session"><div
class="session-time">⏱ 18:00 – 19:15</div><div class="session-name">Jugendtraining …“). The
card's first element, when its whole text is only a weekday and it holds no other element
with text, heads the card as an h-tag would — however many sessions follow it. A symbol before
the hours („⏱“, „🕒“, „•“) is decoration, not part of the line.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, text_chunks
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.weekday_lines import weekly_rule
from netdir.normalize.when_recurrence import find_recurrence
from netdir.normalize.when_words import WEEKDAYS, alternation

_WEEKDAY_ONLY = lazy_re.compile(rf"(?:{alternation(WEEKDAYS)})", re.IGNORECASE)
# The item's opening hours: „09:00–13:00“, „10.00 - 12.45 Uhr“, „ab 16:30“.
_OPENING_HOURS = lazy_re.compile(
    r"^[^\w\s]{0,3}\s*(?:ab\s+|um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?"
    r"(?:\s*(?:[-–—]|bis)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uhr|h))?)?",
    re.IGNORECASE,
)
_LEVELS_UP = 3  # item → list → card: the heading is a sibling of the list or of the item
_SIBLINGS_BACK = 3  # the heading stands right before the list (a note may sit between)
# „⏱ 18:00 – 19:15“: a clock or bullet before the hours decorates the line.
_LEADING_SYMBOLS = lazy_re.compile(r"^[^\w\s]{1,3}\s*")
_SAYS_UHR = lazy_re.compile(r"(?:uhr|h)$", re.IGNORECASE)
_NTH = lazy_re.compile(r"[1-5]\.")
# „(1. + 3. Di.)“, „(2. Sa.)“: which of the month's such weekdays, after the item's name.
_WEEKS_NOTE = lazy_re.compile(
    r"\(\s*(?P<weeks>[1-5]\.(?:\s*(?:\+|&|,|und)\s*[1-5]\.)*)\s*(?P<day>[A-ZÄÖÜ][a-zäöü]{1,2})\.?\s*\)\s*$"
)


def weekday_card_line(segment: list[LexborNode]) -> str | None:
    """„Montag, 09:00–13:00 Uhr“ for a block that opens with its hours and a name after them,
    under a heading that is only a weekday; None for any other block."""
    found = weekday_card_when(segment)
    return found[0] if found is not None else None


def weekday_card_when(segment: list[LexborNode]) -> tuple[str, str | None] | None:
    """The block's date line and the note of the month's weeks its name ends with (None when
    it has none): („2. und 4. Dienstag im Monat, 12:30–15:30 Uhr“, „(2. + 4. Di.)“); None for
    a block that is no item of a weekday card."""
    if not segment:
        return None
    chunks = [chunk for chunk in text_chunks(segment) if chunk.strip()]
    if not chunks:
        return None
    hours = _OPENING_HOURS.match(chunks[0])
    if hours is None:
        return None
    rest = chunks[0][hours.end() :] + " ".join(chunks[1:])
    if not any(char.isalpha() for char in rest):
        return None  # hours and nothing to name the meeting
    weekday = _weekday_heading_above(segment[0])
    if weekday is None:
        return None
    when = _LEADING_SYMBOLS.sub("", hours.group(0)).strip()
    clock = when + ("" if _SAYS_UHR.search(when) else " Uhr")
    note = _WEEKS_NOTE.search(rest)
    if note is not None and weekday.lower().startswith(note["day"].lower()):
        weeks = " und ".join(_NTH.findall(note["weeks"]))
        line = f"{weeks} {weekday} im Monat, {clock}"
        if find_recurrence(line) is not None:
            return line, note.group(0).strip()
    line = f"{weekday}, {clock}"
    return (line, None) if weekly_rule(line) is not None else None


def _weekday_heading_above(node: LexborNode) -> str | None:
    """The weekday a heading just before the block (or before its list or card) names alone;
    None when the nearest heading there says anything else, or there is none."""
    current: LexborNode | None = node
    for _ in range(_LEVELS_UP):
        if current is None:
            return None
        for sibling in element_siblings(current, "prev", _SIBLINGS_BACK):
            if sibling.tag in HEADING_TAGS:
                text = (visible_text(sibling) or "").strip()
                return text if _WEEKDAY_ONLY.fullmatch(text) else None
        if (label := _weekday_label_first(current)) is not None:
            return label
        current = current.parent
    return None


def _weekday_label_first(node: LexborNode) -> str | None:
    """The weekday the first element of the node's parent names alone when that element is a
    plain label (no element with text inside) and not the node itself: „<div
    class="day-label">Dienstag</div>“ heading the sessions after it; None otherwise."""
    parent = node.parent
    if parent is None:
        return None
    first = parent.child
    while first is not None and first.tag in ("-text", "_text", "-comment", "_comment"):
        first = first.next
    if (
        first is None
        or first.mem_id == node.mem_id
        or first.tag in ("ul", "ol", "table", "li", "tr")
    ):
        return None
    if any((visible_text(child) or "").strip() for child in first.iter(include_text=False)):
        return None  # a block with parts, not a label
    text = (visible_text(first) or "").strip()
    return text if _WEEKDAY_ONLY.fullmatch(text) else None


def without_the_weeks_note(title: str, date_text: str) -> str | None:
    """The title without its closing note of the month's weeks when the date line says those
    weeks („Skatturnier (2. Sa.)“ under „2. Samstag im Monat, 10:00–16:00 Uhr“ → „Skatturnier“);
    None when the title has no such note or the date line does not state it."""
    note = _WEEKS_NOTE.search(title)
    if note is None or " im Monat," not in date_text:
        return None
    weeks = " und ".join(_NTH.findall(note["weeks"]))
    if not date_text.startswith(f"{weeks} ") or not title[: note.start()].strip():
        return None
    return title[: note.start()].strip()
