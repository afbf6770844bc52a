"""Which of a block's ``<time>`` elements dates it.

An event plugin's row often holds two: a date badge whose ``datetime`` is the bare day
(The Events Calendar's „<time datetime="2023-11-11">Nov 11 2023</time>“) and, below it, the
datetime line naming the same day again with the hours („<time datetime="2023-11-11">11 November,
2023 20:00 - 22:30</time>“). The badge comes first, but the line says more.

A hand-kept table misspells a day now and then („<time datetime="2015-08-18">Tue Aug l8</time>“: a
letter l for the digit 1). A reader still sees the 18th, and the element's ``datetime`` says so;
when the shown text names no day, the attribute's day dates the cell.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, names_a_day, node_text
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.schema_org import MIDNIGHT_STAMP

# A tooltip or a hidden copy of the item („tribe-events-calendar-month__calendar-event-tooltip“,
# „tribe-common-a11y-hidden“): what shows on hover repeats an item the grid may draw on several
# days; the row's own visible line is what dates this block.
_HIDDEN = lazy_re.compile(r"tooltip|hidden", re.I)


def _shown(time: LexborNode, root: LexborNode) -> bool:
    """Whether no element from ``time`` up to ``root`` is a tooltip or hidden."""
    current: LexborNode | None = time
    while current is not None:
        if _HIDDEN.search(current.attributes.get("class") or ""):
            return False
        if current.mem_id == root.mem_id:
            return True
        current = current.parent
    return True


def _day_of(time: LexborNode) -> str | None:
    """The day a ``datetime`` attribute names („2023-11-11“ of „2023-11-11T20:00“)."""
    machine = clean_text(time.attributes.get("datetime"))
    return machine[:10] if machine and len(machine) >= 10 else None


def day_behind_a_misread_text(cell: LexborNode, shown: str) -> str | None:
    """The ``datetime`` day („2015-08-18“) of the one ``<time>`` element of a date cell whose
    shown text (``shown``, the cell's) names no day („Tue Aug l8“); None when the text names a
    day, the cell holds no such element or the attribute is no day."""
    if names_a_day(shown):
        return None
    times = [cell] if cell.tag == "time" else css_matches(cell, "time[datetime]")
    if len(times) != 1:
        return None
    day = _day_of(times[0])
    return day if day is not None and _ISO_DAY.match(day) else None


_ISO_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _has_clock(time: LexborNode) -> bool:
    machine = clean_text(time.attributes.get("datetime")) or ""
    return "T" in machine or bool(TIME_LIKE.search(node_text(time) or ""))


def with_its_hours(times: list[LexborNode], root: LexborNode) -> LexborNode:
    """The first of ``times`` (the ``<time>`` elements of ``root``), or a later shown one
    naming the same day with its hours when the first names only the day (a badge above the
    row's datetime line)."""
    first = times[0]
    day = _day_of(first)
    if day is None or _has_clock(first):
        return first
    for later in times[1:]:
        shown = node_text(later) or ""
        if (
            _day_of(later) == day
            and DATE_LIKE.search(shown)
            and TIME_LIKE.search(shown)
            and _shown(later, root)
        ):
            return later
    return first


_ZERO_CLOCK = lazy_re.compile(r"^(?:0?0|24)[:.]00")


def midnight_beside_its_clock(machine: str, shown: str | None) -> bool:
    """Whether a ``datetime`` at midnight (the hour a CMS gives a page dated by its day) stands
    for the day alone: the element's own text states the clock („<time
    datetime="2021-06-20T00:00:00+02:00">20. Juni 11:30 – 16:00 Uhr 2021</time>“ — a Grav
    event badge stamped with the page's date)."""
    if not MIDNIGHT_STAMP.match(machine) or not shown:
        return False
    clock = TIME_LIKE.search(shown)
    return clock is not None and not _ZERO_CLOCK.match(clock.group(0))
