"""Rows of a meetings page named by nothing but a bare body word: „Board“ over „August 13, 2026“.

A district's page of meeting records sets the body above each day as a kicker — „Board of
Directors“, „Executive Committee“, „Board“ over „August 13, 2026“. A body's own name titles its
meetings on a council's calendar („City Council“, „Policy Review Committee“, „Executive
Management Committee“ — as the corpus reads them), but the bare word „Board“ names no body in
particular: a reader reads the day as the board's meeting, „Board meeting“. When a list of at
least two dated rows stands on a page about meetings (its document title or the heading above the
list says meetings, minutes or agendas), each row named by one body word alone — board, council,
committee, commission, trustees, directors, selectmen, supervisors — takes „meeting“ after it.
Names of more words keep what the page writes, and so does every row of a page that does not
speak of meetings (a list of committees and the days they were set up).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.listing_groups import Outline

# One body word and nothing else („Board“, „Council“).
_BARE_BODY = lazy_re.compile(
    r"^(?:the\s+)?(?:board|committee|council|commission|trustees|directors|selectmen|supervisors)$",
    re.I,
)
# A document title or a heading that says its page lists meetings or their papers.
_ABOUT_MEETINGS = lazy_re.compile(r"\b(?:meetings?|minutes|agendas?)\b", re.I)
_MIN_ROWS = 2
_SOURCE = " (the body's meeting)"


def name_body_rows(readings: list[BlockReading], heading: str | None, outline: Outline) -> None:
    """Title each dated row named only by a bare body word „<word> meeting“ on a page about
    meetings; ``heading`` is the section heading above the list."""
    dated = [reading for reading in readings if reading.date_text and reading.title]
    if len(dated) < _MIN_ROWS:
        return
    about = f"{outline.document_title or ''} {heading or ''}"
    if not _ABOUT_MEETINGS.search(about):
        return
    for reading in dated:
        title = " ".join((reading.title or "").split())
        if _BARE_BODY.match(title):
            reading.title = f"{title} meeting"
            reading.sources["title"] = reading.sources.get("title", "") + _SOURCE
