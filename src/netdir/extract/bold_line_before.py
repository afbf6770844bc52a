"""A day line whose box opens with a bold name on a line of its own: the bold names the line's event.

A Heimatverein's news page lists each trip as a small box, its name in bold, then the day, then
where to meet::

    <h3>Geplante Ausflüge</h3>
    <div class="event-item">
      <strong>Ausflug zur Burg Wels</strong>
      <p>🗓️ Mittwoch, 20. April 2026</p>
      <p>Treffpunkt Kirche Vorchdorf, Abfahrt 14:00 Uhr.</p>
    </div>

Read line by line, the day's paragraph has no heading of its own; the heading of the section
above („Geplante Ausflüge“) says what kind of entries follow, while the bold line right before
the day — the box's first line, a bold element standing alone — names this one. Only a bold that
is the previous element of the day's paragraph in the same box, with nothing but blank text
between.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text

#: Provenance of a title read from the bold line right before the day's line.
BOLD_LINE_BEFORE_THE_DAY = "listing:bold line before the day"
_BOLD = frozenset({"strong", "b"})
_MAX_NAME_CHARS = 120


def bold_line_before_the_day(segment: list[LexborNode]) -> str | None:
    """The bold element standing right before a one-element block, in the same box, as the
    box's opening line (see the module docstring); None for any other block."""
    if len(segment) != 1 or segment[0].tag != "p":
        # (a row's cells — „<strong>Caleb Hearon</strong><div>April 20</div><div>McConomy</div>“
        # — are read as a row of columns, its venue cell with them)
        return None
    bold = _previous_element(segment[0])
    if bold is None or bold.tag not in _BOLD or not _opens_its_box(bold):
        return None  # a bold inside running text, or not the box's first line
    name = " ".join(visible_text(bold).split())
    if not name or len(name) > _MAX_NAME_CHARS or DATE_LIKE.search(name):
        return None  # a bold day („<b>20. April</b>“) is the day, not the name
    return name


def _opens_its_box(node: LexborNode) -> bool:
    """Whether nothing but blank text stands before ``node`` in its parent."""
    before = node.prev
    while before is not None:
        if before.tag != "-text" or (before.text() or "").strip():
            return False
        before = before.prev
    return True


def _previous_element(node: LexborNode) -> LexborNode | None:
    """The element before ``node`` among its siblings, past blank text; None when text with
    words stands between (the bold is then part of a sentence) or nothing is before it."""
    before = node.prev
    while before is not None and before.tag == "-text":
        if (before.text() or "").strip():
            return None
        before = before.prev
    return before
