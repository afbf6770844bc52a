"""A heading that holds the entry's name over its day, in ``<br>`` lines with a note after the
day: „<h4>Jahrestour nach Miltenberg<br/>19. - 21.06.2020 <i>verschoben</i></h4>“.

A club's Termine box writes each entry as one heading: the name (one or two lines), then the day
or run. Where the day closes the heading, taking the date out leaves the name; where a short note
follows the day („verschoben“, „(nur für Mitglieder)“), the date sat in the middle of the text and
stayed in the title with the note. The lines above the day's line are the name; the day's line
and its note are the date and its status, read from the heading as before.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, text_chunks
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.title_text import title_in_text

_MAX_NOTE_WORDS = 4  # „(nur für Mitglieder)“, „verschoben“: a note beside the day, not a name


def name_lines_over_the_day(heading: LexborNode) -> str | None:
    """The name a heading's undated ``<br>`` lines give when a later line states the day and at
    most a short note; None for a heading without lines, with a day in its first line, or whose
    day's line goes on with more than a note."""
    if heading.tag not in HEADING_TAGS or heading.css_first("br") is None:
        return None
    lines = text_chunks([heading])
    dated = next((i for i, line in enumerate(lines) if DATE_LIKE.search(line)), None)
    if not dated:  # no day, or the day in the first line: no name above it
        return None
    rest = title_in_text(lines[dated])
    if rest is not None and len(rest.split()) > _MAX_NOTE_WORDS:
        return None
    return title_in_text(" ".join(lines[:dated]))
