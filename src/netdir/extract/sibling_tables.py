"""A one-row table built like a chosen table of the page is a listing too.

A dates page keeps one table per kind of meeting, each under its heading and in the same
wrapper („<h2>Bibelstunden …</h2><div class="table-scroll"><table data-schedule>…“); the
„Besondere Termine“ table has other columns („Datum | Zeit | Was“) and today one row. Tables
are pooled by their header labels, so that row stood alone and, with fewer than two rows, was
no list. A labelled table whose first column is the date, in a wrapper like that of a table
the detector chose, is one more list of the page."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

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
