"""A one-row table built like a chosen table of the page is a listing too.

A dates page keeps one table per kind of meeting, each under its heading and in the same
wrapper („<h2>Bibelstunden …</h2><div class="table-scroll"><table data-schedule>…“); the
„Besondere Termine“ table has other columns („Datum | Zeit | Was“) and today one row. Tables
are pooled by their header labels, so that row stood alone and, with fewer than two rows, was
no list. A labelled table whose first column is the date, in a wrapper like that of a table
the detector chose, is one more list of the page; so is an unlabelled one-row table of a day
and a name beside chosen tables of such rows in the same box (row_like_the_chosen_rows)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import date_like, names_a_day
from netdir.extract.inline_text import visible_line
from netdir.extract.listing_groups import Candidate, signature


def _wrapper(container: LexborNode) -> tuple[str, ...] | None:
    """The signatures of a row container's table and the table's parent."""
    table = container if container.tag == "table" else container.parent
    if table is None or table.tag != "table" or table.parent is None:
        return None
    return (signature(table), signature(table.parent))


def built_like_a_chosen_table(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone``'s row is in a table with a date column first, wrapped as a chosen table is."""
    row = lone.segments[0][0]
    if lone.column_labels.get(0) != "date_text" or row.css_first("td") is None:
        return False  # a header row of „th“ cells is no item
    wrapper = _wrapper(lone.containers[0])
    if wrapper is None:
        return False
    return any(
        _wrapper(container) == wrapper
        for other in chosen
        if other.column_labels
        for container in other.containers
    )


def _cells(row: LexborNode) -> list[str]:
    return [visible_line(cell) for cell in row.iter() if cell.tag == "td"]


def _a_day_and_words(row: LexborNode) -> int:
    """The number of cells of a row whose first cell is only a day („24. April“) and whose
    others hold words; 0 for any other row."""
    cells = _cells(row)
    if len(cells) < 2 or not all(cells):
        return 0
    match = date_like(cells[0])
    if match is None or not names_a_day(cells[0]) or len(match.group(0)) < len(cells[0]) - 1:
        return 0
    return len(cells)


def row_like_the_chosen_rows(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone`` is a table of one unlabelled row, a day cell and a name cell („24. April |
    Mitgliederversammlung glp Stadt Bern“ under „Mitgliederversammlungen“), in the same box as
    a chosen table whose rows are all built so, with as many cells: one more list of the page.
    An agenda keeps one table per kind of meeting; its one-meeting table was no group."""
    width = _a_day_and_words(lone.segments[0][0])
    table = lone.containers[0].parent if lone.containers[0].tag == "tbody" else lone.containers[0]
    if not width or table is None or table.tag != "table" or table.parent is None:
        return False
    box = table.parent.mem_id
    for other in chosen:
        rows = [segment[0] for segment in other.segments if segment]
        if not rows or any(_a_day_and_words(row) != width for row in rows):
            continue
        for container in other.containers:
            around = container.parent if container.tag == "tbody" else container
            if (
                around is not None
                and around.tag == "table"
                and around.parent is not None
                and around.parent.mem_id == box
            ):
                return True
    return False


def join_tables_like_the_chosen(candidates: list[Candidate], chosen: list[Candidate]) -> None:
    """Row groups of a table built as a chosen table is — the same table markup, the same
    rows, in the same box — that scored too low alone: „RELATED MEETINGS“ holds one meeting as
    a name row over its details row, like the four of „SATELLITE MEETINGS“ above it; two rows,
    one of them dated, are no list by themselves. Such a table's rows join the chosen table's
    group (read as its rows are: the layout the chosen table shows holds for them too)."""
    shapes: dict[tuple[str, str, str], Candidate] = {}
    for other in chosen:
        if other.containers and all(c.tag == "tbody" for c in other.containers):
            for container in other.containers:
                if (shape := _table_shape(container, other.item_signature)) is not None:
                    shapes.setdefault(shape, other)
    if not shapes:
        return
    taken = {id(node) for other in chosen for segment in other.segments for node in segment}
    for candidate in candidates:
        if any(candidate is other for other in chosen) or len(candidate.containers) != 1:
            continue
        shape = _table_shape(candidate.containers[0], candidate.item_signature)
        owner = shapes.get(shape) if shape is not None else None
        if owner is None or not _cell_counts(candidate) <= _cell_counts(owner):
            continue  # a month switcher's row of arrows beside a calendar's table is no entry
        if any(id(node) in taken for segment in candidate.segments for node in segment):
            continue
        owner.containers.append(candidate.containers[0])
        owner.segments.extend(candidate.segments)
        taken.update(id(node) for segment in candidate.segments for node in segment)


def _table_shape(container: LexborNode, item_signature: str) -> tuple[str, str, str] | None:
    """(rows' signature, table's signature, the box) of a tbody's rows; None elsewhere. The box
    is the table's parent: itself, or — when the page classes it („div.programmContent“, one per
    day under the day's header) — any box of that class."""
    table = container.parent
    if container.tag != "tbody" or table is None or table.tag != "table" or table.parent is None:
        return None
    box = table.parent
    where = signature(box) if "." in signature(box) else str(box.mem_id)
    return (item_signature, signature(table), where)


def _cell_counts(candidate: Candidate) -> set[int]:
    """How many cells the group's rows have (each row's count)."""
    return {
        sum(1 for cell in segment[0].iter() if cell.tag in ("td", "th"))
        for segment in candidate.segments
        if segment
    }
