"""A list row that opens with its name in bold, then a dash and its day: the bold is the name.

A federal programme's page of past activities lists its trade shows as plain rows, some linked and
some not::

    <li><a href="…"><strong>Hannover Messe</strong></a> - April 13-17, 2015 in Hannover, Germany</li>
    <li><strong>Israel Innovation Conference</strong> - May 20, 2014 in Tel Aviv, Israel</li>

A reader sees the name set in bold, then after the dash when and where. The row's day does not
open its text (a long name puts it past the first words), yet the row is a dated row of the list
as much as one that opens with its day; and its name is the bold words, not the line up to the
place after the day („Israel Innovation Conference - May 20, 2014 in Tel Aviv, Israel“). Only a
row whose bold opens it and whose rest opens with a dash (or colon) and a day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.inline_text import visible_text

#: Provenance of a title read from the bold that opens a row before its day.
BOLD_NAME_BEFORE_THE_DAY = "listing:bold name before its day"
_BOLD = frozenset({"strong", "b"})
_MAX_NAME_CHARS = 120
# „ - May 20, 2014 …“, „: May 20 …“: the break between the bold name and the row's day.
_BREAK = lazy_re.compile(r"^\s*[-–—:]\s*")


def bold_name_before_the_day(segment: list[LexborNode]) -> str | None:
    """The bold name opening a one-element row whose rest opens with a dash and a day (see the
    module docstring); None for any other block."""
    if len(segment) != 1:
        return None
    row = segment[0]
    text = " ".join(visible_text(row).split())
    bold = _opening_bold(row)
    if bold is None:
        return None
    name = " ".join(visible_text(bold).split())
    if not name or len(name) > _MAX_NAME_CHARS or not text.startswith(name):
        return None
    rest = text[len(name) :]
    gap = _BREAK.match(rest)
    if gap is None or not gap.group(0).strip():
        return None
    day = DATE_PHRASE.match(rest, gap.end())
    if day is None or not names_a_day(day.group(0)):
        return None
    return name


def _opening_bold(row: LexborNode) -> LexborNode | None:
    """The first element of ``row`` when it is bold, or a link holding only a bold; else None."""
    first = row.child
    while first is not None and first.tag == "-text" and not (first.text() or "").strip():
        first = first.next
    if first is None:
        return None
    if first.tag in _BOLD:
        return first
    if first.tag == "a":
        inner = first.css_first("strong, b")
        if inner is not None and visible_text(inner).strip() == visible_text(first).strip():
            return inner
    return None
