"""The year of a news column's item: its own heading's year, else the month line above it.

A lab's home page runs its news as flat siblings, each item a heading and prose under a month
line between rules: „<p>Oktober 2017</p><hr><h1>Hamburgs jüngste Feinstaub-Experten</h1>…<hr>
<h1>Feinstaub-Abend mit 25 Interessierten</h1><p>Am Montag 16. Oktober haben wir zu einem
Feinstaub-Abend eingeladen!</p>…<hr><h1>FORUM Offene Stadt 2017 - Auftakt …</h1><p>… trafen sich
am 3. März 150 Interessierte …</p>“. The headings above an item are the other items' names, so
the year of „FORUM Offene Stadt 2018“ two items up says nothing about the evening in October. An
item whose heading names one year (an edition: „FORUM Offene Stadt 2017“) lies in that year;
else the nearest line above it that is only a month and a year („Oktober 2017“) dates the items
under it — a reader sees the column sorted under such lines.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import MONTH_YEAR, YEAR

_SIBLINGS_BACK = 30  # how far up the column a month line is looked for


def year_of_the_item(heading: LexborNode) -> tuple[str, str] | None:
    """(year, where) for the item ``heading`` opens; None when neither its heading nor a month
    line above it states one."""
    if heading.tag not in HEADING_TAGS:
        return None
    years = set(YEAR.findall(node_text(heading) or ""))
    if len(years) == 1:
        return years.pop(), f"{heading.tag} of the item"
    node = heading.prev
    for _ in range(_SIBLINGS_BACK):
        if node is None:
            return None
        if node.is_element_node:
            text = (node_text(node) or "").strip()
            if MONTH_YEAR.fullmatch(text):
                return YEAR.findall(text)[0], "month line above"
        node = node.prev
    return None
