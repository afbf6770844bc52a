"""Rows of a past section that only link a meeting's minutes beside a day without a year.

A school organisation's meetings page: „Upcoming HSO Meetings“ with four dated meetings, then
„<h2>Previous Minutes</h2><h3>Recaps of our past meetings</h3>“ over badges „Jan 11“ / „May 12“
/ „Sep 6“, each with nothing but a link „View minutes“ (to the minutes of 2022 and 2023). The
section says the meetings are past and the badges say no year: a reader knows only that a
meeting took place on some 11 January. Read by the nearest year, the badge becomes a meeting
next January — a day nobody meets. Such a row is the file of a past meeting, no offering; a
row that gives its year, names its meeting in its own words or stands under no heading of the
past is read as before.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline
from netdir.extract.notices import heads_past_events

# A year the row states („Jan 11, 2022“, „11.01.22“ is read by the date rules, not here).
_YEAR = lazy_re.compile(r"\b(?:19|20)\d{2}\b")
# The link's words name the meeting's papers: „View minutes“, „Minutes“, „Read the recap“,
# „Agenda & minutes“, „Protokoll ansehen“.
_PAPERS = lazy_re.compile(
    r"^\W*(?:(?:view|read|see|download|open)\s+(?:the\s+)?)?"
    r"(?:minutes|recap|notes|agenda|protokoll|niederschrift)"
    r"(?:\s*(?:&|and|und|/)\s*(?:minutes|agenda|notes|protokoll))?"
    r"(?:\s+(?:ansehen|lesen|herunterladen))?\W*$",
    re.IGNORECASE,
)
_HEADINGS_LOOKED_AT = 2  # „Previous Minutes“ over its tagline „Recaps of our past meetings“


def is_yearless_minutes_of_the_past(
    block: LexborNode, date_text: str | None, outline: Outline | None
) -> bool:
    """Whether ``block`` (a list row dated by ``date_text``) says nothing but a day without a
    year and a link to a meeting's papers, under a heading of the past („Previous Minutes“)."""
    if outline is None or not date_text or _YEAR.search(date_text):
        return False
    links = [node_text(link) or "" for link in block.css("a")]
    if not links or not all(_PAPERS.match(text) for text in links):
        return False
    words = " ".join(visible_text(block).split())
    for text in [*links, " ".join(date_text.split())]:
        words = words.replace(" ".join(text.split()), " ", 1)
    if _YEAR.search(visible_text(block)) or words.strip(" ,.·|-–"):
        return False  # the row names its meeting, or its year, in words of its own
    headings = outline.headings_before(block)[:_HEADINGS_LOOKED_AT]
    return any(heads_past_events(node_text(heading)) for heading in headings)
