"""The name line below a day under a heading that is only a month.

A choir's timeline names each performance in the panel's ``<h4>`` — „Kiezfest 2017“ — over its
day and venue. One panel's heading says only when: „<h4>März 2016</h4>“ over „Samstag, 12. März
2016<br>Benefizkonzert mit dem Hofküchenchor<br><a>Anfahrt</a>“. A month with its year names no
performance (``is_junk_title``); the line right below the day does. When the block's heading is
a month and year and nothing else, the first line after a line that is only a day is the name,
if it is one: it holds letters, no day of its own, and is no pointer („Anfahrt“). Only for a
heading inside the block's box: a month heading that opens a run of siblings („<h2>May 2023</h2>“
over a day line and a name line) heads the rows below it.
"""

from __future__ import annotations

from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, text_chunks
from netdir.extract.date_cues import MONTH_YEAR, search_date_like
from netdir.extract.title_text import is_junk_title, only_a_day

#: Provenance suffix of a title read below the day under a month heading.
SOURCE = " (a month only), the line below its day"
_MAX_NAME_CHARS = 120


def name_below_the_day(segment: list[LexborNode], heading: str) -> str | None:
    """The name line below the block's day line when ``heading`` is only a month and year (see
    the module docstring); None otherwise."""
    if MONTH_YEAR.fullmatch(heading.strip()) is None:
        return None
    if segment[0].tag in HEADING_TAGS:
        # „<h2>May 2023</h2><p>Friday, May 05 2023</p><p>…</p>“: a month heading opening a run of
        # siblings heads the rows below it, as a group's month line does; other rules name them.
        return None
    for above, line in pairwise(text_chunks(segment)):
        if (
            only_a_day(above)
            and len(line) <= _MAX_NAME_CHARS
            and any(ch.isalpha() for ch in line)
            and search_date_like(line) is None
            and not is_junk_title(line)
        ):
            return line
    return None
