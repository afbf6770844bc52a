"""A dated block followed by the day's timetable: „<h2>Am Vorabend</h2><p>Datum: 18. Januar
2019</p><ul><li>4:00 – 6:30 Mitternachtsgebet, Morgenamt</li><li>8:00 – 9:30 Die Königlichen
Stunden …</li></ul>“ — a service plan, a festival day's programme written as Markdown. The
block names the day and the list closing it or right after it holds the day's offerings, each
opening with its own hours: one offering per timed line, on the block's day. Lines wholly in
brackets („(12:00 – 13:45 Mittagsruhe)“, „(16:00 Kutja und Kompott)“) are asides between the
offerings — a rest, a meal — and no offerings."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.element_siblings import element_after
from netdir.extract.inline_text import visible_text
from netdir.extract.sub_items import opening_hours, part_of
from netdir.extract.title_text import is_junk_title

_ASIDE = lazy_re.compile(r"^\(.*\)$", re.S)
# „… Johannes Chrysostomos (danach Festmahl)“: a remark after the name, not part of it.
_REMARK_AFTER = lazy_re.compile(r"\s*\([^()]*\)$")
_MAX_NAME = 120


def timed_list_after(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per timed line of the list right after a dated block; [] unless every line
    of that list opens with hours or is a bracketed aside and at least one opens with hours."""
    if not segment or reading.date_text is None or not names_a_day(reading.date_text):
        return []
    # The list closes the block („h2 + p + ul“ as one segment) or follows it.
    last = segment[-1]
    following = last if len(segment) > 1 and last.tag in ("ul", "ol") else element_after(last)
    if following is None or following.tag not in ("ul", "ol"):
        return []
    parts: list[BlockReading] = []
    for item in following.iter(include_text=False):
        if item.tag != "li":
            return []
        line = clean_text(visible_text(item)) or ""
        if _ASIDE.match(line):
            continue
        hours = opening_hours(line)
        if hours is None:
            return []  # a line without its hours: not a timetable
        name = _REMARK_AFTER.sub("", line[hours.end() :]).strip(" ,;")
        if not name or len(name) > _MAX_NAME or DATE_LIKE.search(name) or is_junk_title(name):
            return []
        parts.append(
            part_of(
                reading, name, f"{reading.date_text}, {hours['hours']}", None, "listing:li hours"
            )
        )
    return parts
