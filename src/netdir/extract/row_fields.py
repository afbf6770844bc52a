"""A list of rows whose date fields outscore the rows.

A meeting archive's rows („<a class="meeting-row">“: a div with the day „December 10, 2025“, a
div with the meeting's name „Regular Meeting“, a div „34 agenda items · minutes available“) repeat
one date field in every row. Read as a list, those fields hold nothing but the day; each takes
its name from the heading above the whole list („Board of Education Records“), and a list of
short, fully dated blocks under one heading scores well — better than the rows, whose extra line
of counts lengthens them. But a row that names itself in its own words is the item; its date
field is one of its fields. When every block of the best group is the only one of its group in
its row and is named only by the heading above, and the rows — one for each field, each holding
exactly one — are all dated and each names itself in an element that says so (its own heading, an
element classed as its name), the rows are the list. A row whose only words besides its day are a
badge („Upcoming“, „Minutes Available“) stays named by the heading above.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.listing_groups import Candidate

_HEADING_BEFORE = "listing:heading-before"


def whole_rows_first(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """``considered`` with the rows first when the best group is their date fields, one per
    row and named only by the heading above the list, and the rows name themselves."""
    if len(considered) < 2 or not _fields_named_from_above(considered[0]):
        return considered
    fields = {node.mem_id for segment in considered[0].segments for node in segment}
    for rows in considered[1:]:
        if rows.score < min_score or rows.dated_share < 1.0:
            continue
        if len(rows.segments) != len(considered[0].segments):
            continue
        if any(len(segment) != 1 for segment in rows.segments):
            continue
        if not all(_holds_one(segment[0], fields) for segment in rows.segments):
            continue
        if _named_in_their_own_words(rows):
            return [rows, *(c for c in considered if c is not rows)]
    return considered


def _fields_named_from_above(group: Candidate) -> bool:
    """Each block stands alone in its row (one container per block) and every scored block is
    named by the heading above the list, none by words of its own."""
    if len(group.containers) != len(group.segments) or len(group.segments) < 2:
        return False
    readings = group.readings
    return bool(readings) and all(
        reading.sources.get("title") == _HEADING_BEFORE for reading in readings
    )


def _named_in_their_own_words(rows: Candidate) -> bool:
    """Every scored row names itself in an element that says so — a heading of its own or one
    classed as its name („div.meeting-row-name“) — not by a line of its text: a row's badge
    („Upcoming“, „Minutes Available“) beside its day is no name, and the heading above still
    names such rows."""
    readings = rows.readings
    return bool(readings) and all(
        reading.title is not None
        and reading.title_from_heading
        and reading.sources.get("title") != _HEADING_BEFORE
        for reading in readings
    )


def _holds_one(row: LexborNode, fields: set[int]) -> bool:
    """``row`` holds exactly one of the ``fields``, as itself or inside it."""
    return sum(1 for node in row.traverse(include_text=False) if node.mem_id in fields) == 1
