"""A row read by the header row of its own table, when tables of one class are pooled.

Tables that share a class („<table class="plain">“) are one listing (``listing_groups``), read
by the column labels of the first table met. A page may set a small table before the list —
the seminar's standing slot „Tag | Zeit | Raum“ / „Donnerstag | 16:30 | S202/A313“ — and then
the talks „Datum | Zeit | Ort | Vortragende(r) | Thema | Art | Betreuer“: read by the first
table's labels, a talk's „Zeit“ cell (its second) is taken for its date, its „Ort“ cell for the
first table's „Raum“, its speaker for its name. A reader reads each table by its own header:
a row whose table labels its columns itself is read by them; a table without a header row of
its own (a continuation of the one above) keeps the pool's labels.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_columns import table_column_labels
from netdir.extract.listing_groups import Candidate
from netdir.extract.table_cells import table_holding

_HEADER_ROWS = 3  # the label row is among a table's first rows (``table_column_labels``)


def labels_of_the_rows_table(segment: list[LexborNode], candidate: Candidate) -> dict[int, str]:
    """The column labels to read ``segment`` (a table row) by: its own table's when that table
    labels its columns and the pool holds several containers, else the candidate's."""
    pooled = candidate.column_labels
    if not pooled or len(candidate.containers) < 2 or not segment or segment[0].tag != "tr":
        return pooled
    table = table_holding(segment[0].parent)
    if table is None:
        return pooled
    known = candidate.table_labels.get(table.mem_id)
    if known is None:
        # Once per table: a pool of many tables and many rows reads each header row once.
        known = table_column_labels(table.css("tr")[:_HEADER_ROWS])
        candidate.table_labels[table.mem_id] = known
    return known or pooled
