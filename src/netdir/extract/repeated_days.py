"""A second list that only repeats the days of the list chosen first.

A church's home page shows its coming offerings as cards („Räume für Heilung …“ / „Montag“ /
„13.02.2023.“) whose links open CSS modals further down; each modal repeats the card's day and
place in a box of its own („Montag“ / „13.02.“ / „Gemeindezentrum W18“) above its text. The boxes
are dated and repeat like a list, so they were chosen beside the cards as a second list — the same
offerings again, named by their place. Rows classed apart within the first list's own container
(a fixture table's highlighted games) are not such a repeat. Pages do hold more than one list (a committee's, a year's,
upcoming and past), but those lists name other days: a second group whose every dated block falls
on a day the first list already holds shows the first list's offerings again and is not read.
Only a group of two days or more repeats a list: a festival programme's box „Den ganzen Tag
über“ (two cards of hours) beside its timeline of the same Saturday is more of that day.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir.extract.listing_groups import MIN_ITEMS, Candidate
from netdir.extract.start_days import day_of_record


def repeats_the_days(candidate: Candidate, first: Candidate, today: date) -> bool:
    """Whether every dated block ``candidate`` read (two at least) falls on a day of ``first``.

    Blocks that stand in the same container as ``first``'s — a fixture table's rows of the
    club's own games, classed apart („tr.mvbc“) between the other games of the day — are more
    rows of that list, not a box repeating it elsewhere."""
    if {node.mem_id for node in candidate.containers} & {node.mem_id for node in first.containers}:
        return False
    days = set(_days(candidate, today))
    if len(days) < MIN_ITEMS:
        return False  # blocks of one day only: more of that day's programme, not a list again
    return days <= set(_days(first, today))


def _days(candidate: Candidate, today: date) -> list[str]:
    """The start day of each dated block the group read (``day_of_record``)."""
    return [
        day
        for reading in candidate.readings
        if reading.date_text and (day := day_of_record(reading, today)) is not None
    ]


def details_of_the_items(candidate: Candidate, first: Candidate, today: date) -> bool:
    """Whether ``candidate``'s blocks are the insides of ``first``'s items: each lies inside an
    element that holds exactly one block of ``first``, and every dated one falls on a day (month
    and day: a panel's „16 August“ has no year) of ``first``.

    An accordion of meetings gives each one a button („Council Meeting 5 July 2023“) and a panel
    below it („Wednesday 5 July 2023 / Commencing 6:30 pm / St Kilda Town Hall“, then „Agenda
    Contents (PDF 186KB)“). The buttons are the list; the panels' paragraphs repeat in step and
    are dated too, but they tell about the meeting their button names — not more meetings."""
    items = _items_of(first)
    if len(items) < MIN_ITEMS:
        return False
    for segment in candidate.segments:
        if _item_above(segment[0], items) is None:
            return False
    theirs = {day[5:] for day in _days(first, today)}
    return bool(theirs) and {day[5:] for day in _days(candidate, today)} <= theirs


def _items_of(first: Candidate) -> set[int]:
    """The elements that each hold one block of ``first``: its rows, its accordion items."""
    counts: dict[int, int] = {}
    for segment in first.segments:
        parent = segment[0].parent
        if parent is not None:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + 1
    if len(counts) != len(first.segments):
        return set()  # blocks that share a parent: a plain list, no items with insides
    return set(counts)


def _item_above(node: LexborNode, items: set[int]) -> int | None:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.mem_id in items:
            return parent.mem_id
        parent = parent.parent
    return None
