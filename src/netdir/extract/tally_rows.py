"""Rows that say, after their day, only how much was done: the list's kind names them.

A civic tracker lists a council's meetings, each linked by its day alone::

    <h1>Meetings</h1>
    <li><a>1 September 2026</a> <span>7 motions · 10 ordinance lines · 3 resolution lines</span></li>
    <li><a>26 August 2026</a> <span>1 motion · 0 ordinance lines · 3 resolution lines</span>
        <span>City protests Cedar Fort annexation of Red Cedar land</span></li>

What follows each day is a tally — counts joined by middle dots („7 motions · 10 ordinance
lines“) — and sometimes a headline of one decision. Neither names the row: the tally counts
what the meeting did, the headline is news of it. When every dated row of a list (two or more)
opens with such a tally, the rows are what the heading over them says they are. A heading of
a bare kind („Meetings“, „Past hearings“) says what, the document title says whose: the title's
part that ends in the same word („Eagle Mountain City Council Meetings — Civic Roll Call“) names
the body, and each row is one of its meetings („Eagle Mountain City Council meeting“). The
headline stays as the row's description.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

TITLE_SOURCE = "listing:the list's kind (rows give only a tally)"
DESCRIPTION_SOURCE = "listing:text after the row's tally"
# „7 motions“, „0 ordinance lines“, „1 resolution line“, „12 photos“: a count and what it counts.
_COUNT = r"\d[\d,.]*\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?"
# Two counts or more joined by a middle dot, a bullet or a bar.
_TALLY = lazy_re.compile(rf"^\s*{_COUNT}(?:\s*[·•|]\s*{_COUNT})+")
# „Meetings“, „Past meetings“, „Upcoming hearings:“: a heading that only says what kind of rows.
_BARE_KIND = lazy_re.compile(
    r"^(?:(?:past|previous|recent|upcoming|future|all|our)\s+)?(?P<kind>[^\W\d_]{3,}s)\s*:?$",
    re.I,
)
_TITLE_PARTS = lazy_re.compile(r"\s+[—–|·-]\s+|\s*[|»]\s*")
_MIN_ROWS = 2


def _tally_end(title: str | None) -> int | None:
    match = _TALLY.match(title or "")
    return match.end() if match is not None else None


def _singular(word: str) -> str:
    """ "Meetings" → "meeting", "Hearings" → "hearing", "Assemblies" → "assembly"."""
    lowered = word.lower()
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    return lowered[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else lowered


def kind_name(heading: str | None, document_title: str | None) -> str | None:
    """ "Meetings" under the document title „Eagle Mountain City Council Meetings — Civic Roll
    Call“ → „Eagle Mountain City Council meeting“; None for a heading that names no kind."""
    match = _BARE_KIND.match((heading or "").strip())
    if match is None:
        return None
    kind = match["kind"]
    for part in _TITLE_PARTS.split(document_title or ""):
        words = part.split()
        if len(words) >= 2 and words[-1].casefold() == kind.casefold():
            return " ".join([*words[:-1], _singular(kind)])
    return _singular(kind).capitalize()


def name_tally_rows(
    records: list[RawRecord], heading: str | None, document_title: str | None
) -> None:
    """Name the rows of a list whose rows give only a tally after their day (see module)."""
    dated = [record for record in records if record.date_text]
    if len(dated) < _MIN_ROWS or any(_tally_end(record.title) is None for record in dated):
        return
    name = kind_name(heading, document_title)
    if name is None:
        return
    for record in dated:
        end = _tally_end(record.title)
        assert end is not None  # every dated row opens with a tally (checked above)
        rest = record.title[end:].strip(" ·•|,;:-–—")
        if rest and not record.description:
            record.description = rest
            record.field_sources["description"] = DESCRIPTION_SOURCE
        record.title = name
        record.field_sources["title"] = TITLE_SOURCE
