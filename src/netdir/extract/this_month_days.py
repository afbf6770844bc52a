"""A table of days of the month alone under a heading that names the month as the current one.

A pub's „What's On This Month“ page lists its gigs as rows „<th>18th</th><td>Loose Moose
String Band</td>“: the day of the month, nothing else; the month is the one the page is read in.
Such a row's day is written as „18th this month“ before the page is read, so the row is dated
(``when_this_month`` resolves it against the day of reading).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

# „What's On This Month“, „This month at the Caledonia“, „Events this month“.
_THIS_MONTH = lazy_re.compile(r"\bthis\s+month\b", re.I)
# „18th“, „1st“, „22nd“: an English ordinal day alone.
_ORDINAL_DAY = lazy_re.compile(r"^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)$", re.I)
_MIN_ROWS = 3  # a few rows, all of them days: a month's table, not a stray number
_HEADINGS = "h1, h2, title"


def mark_this_month_days(root: LexborNode) -> None:
    """Write „ this month“ after each first cell of a table whose rows all open with an
    ordinal day alone, when a heading or the page title names this month."""
    if not any(_THIS_MONTH.search(visible_text(node)) for node in root.css(_HEADINGS)):
        return
    for table in root.css("table"):
        cells = []
        for row in table.css("tr"):
            first = next((c for c in row.iter(include_text=False) if c.tag in ("th", "td")), None)
            if first is None or not visible_text(first).strip():
                continue
            cells.append(first)
        if len(cells) < _MIN_ROWS:
            continue
        if all(_ORDINAL_DAY.match(visible_text(cell).strip()) for cell in cells):
            for cell in cells:
                cell.insert_child(" this month")
