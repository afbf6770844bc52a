"""The year of a list's yearless rows, from lines between them that only name a year.

A society's colloquium page keeps every year's talks in one column, each year opened by a bold
line „Programm 2024:“ (no heading, an anchor the year menu links to), then per talk „20. November,
Frank Bretz (…)“ … and further down „Programm 2023:“ over „6. December, Alexander Bauer (…)“. Read
alone, each day went to the year nearest the day the page was saved: December 2023's talk to
December 2024. A reader takes each talk's year from the year line above it. So where the page's
listed rows are grouped by such lines — a line whose whole text is a year, bare or after a word or
two („2023“, „Programm 2023:“, „Termine 2024“), above the first row and another one, of another
year, between the rows — a row without a year takes the year of the nearest line above it. A
link („<a href=…>Programm 2022</a>“, the year menu) is no such line, nor is a copyright or a
version line; one year line alone proves no grouping (a heading's „Termine 2024“ is the heading
readers', a stray „2019“ between two rows a remark's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_line
from netdir.extract.listing_groups import Outline
from netdir.extract.neighbour_years import give_year, yearless
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from a year line above it.
FROM_YEAR_LINE = " + year:the year line above"
# „Programm 2023:“, „Termine 2024“, „2023“: up to two capitalised words, then the year.
_YEAR_LINE = lazy_re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}(?P<year>(?:19|20)\d{2})\s*:?")
# „Copyright 2024“, „Stand 2024“, „Version 2023“: a line about the page, not a section's year.
_NOT_A_SECTION = lazy_re.compile(
    r"^(?:copyright|stand|version|update|aktualisiert|updated|letzte)\b", re.I
)
_MAX_LINE_CHARS = 40
_NODES_ABOVE_FIRST = 40  # elements looked at above the list's first row
_NODES_BETWEEN = 300  # elements looked at between two rows
_MIN_YEARS = 2  # two years' lines over their rows: a list grouped by years


def rows_under_year_lines(blocks: Iterable[LexborNode], outline: Outline | None) -> dict[int, str]:
    """Each listed row's year by its first element's id, where the rows (``blocks``, the first
    element of each, in any order) are grouped under year lines (see the module docstring);
    empty otherwise."""
    if outline is None:
        return {}
    placed = sorted(
        (position, block)
        for block in blocks
        if (position := outline.order.get(block.mem_id)) is not None
    )
    if len(placed) < _MIN_YEARS:
        return {}
    roots = {block.mem_id for _, block in placed}
    found: list[str | None] = []
    previous: int | None = None
    for position, _block in placed:
        start = (
            max(0, position - _NODES_ABOVE_FIRST)
            if previous is None
            else max(previous + 1, position - _NODES_BETWEEN)
        )
        found.append(_year_line_between(outline, start, position, roots))
        previous = position
    if found[0] is None or len(set(found) - {None}) < _MIN_YEARS:
        return {}
    years: dict[int, str] = {}
    year: str | None = None
    for (_position, block), line_year in zip(placed, found, strict=True):
        year = line_year or year
        if year is not None:
            years[block.mem_id] = year
    return years


def years_from_year_lines(
    group: list[RawRecord], blocks: dict[int, list[LexborNode]], years: dict[int, str]
) -> None:
    """Give each yearless record of ``group`` the year of the year line above its block
    (``blocks``: each record's block by the record's id; ``years`` from
    ``rows_under_year_lines``)."""
    if not years:
        return
    for record in group:
        block = blocks.get(id(record))
        year = years.get(block[0].mem_id) if block else None
        if year is not None and yearless(record):
            give_year(record, year, FROM_YEAR_LINE)


def _year_line_between(outline: Outline, start: int, end: int, roots: set[int]) -> str | None:
    """The year of the last year line among the elements at ``start`` … ``end`` - 1 in
    document order that stand inside no row of the list."""
    for index in range(end - 1, start - 1, -1):
        node = outline.nodes[index]
        text = visible_line(node)
        if len(text) > _MAX_LINE_CHARS:
            continue
        match = _YEAR_LINE.fullmatch(text)
        if match is None or _NOT_A_SECTION.match(text) or _inside(node, roots):
            continue
        return match["year"]
    return None


def _inside(node: LexborNode, roots: set[int]) -> bool:
    """Whether ``node`` sits inside a row of the list (its own text is the row's), or inside a
    link (a menu's „Programm 2022“)."""
    parent: LexborNode | None = node
    while parent is not None:
        if parent.mem_id in roots:
            return True
        if parent.tag == "a" and parent.attributes.get("href") is not None:
            return True
        parent = parent.parent
    return False
