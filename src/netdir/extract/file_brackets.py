"""A listing's titles that end in a bracketed pointer to a file: „… in Heilbronn (Ausschreibung)“.

A federation's dates page writes each championship on one line and adds the call for entries in
brackets after it („25.-26.06.2016 SLV-Meisterschaften Aktive/ U18 in Heilbronn (<a>Ausschreibung
</a>)“); a club's list adds „(PDF)“, „(Flyer)“ or „(mehr)“. The bracket opens a file about the
event or points to more text; it is no part of the event's name, so the title ends before it. A
bracket that says anything else („(Bahn)“, „(BY)“, „(abgesagt)“) is left to the readers of
places and status.

A seminar page writes its links in square brackets after the talk's title, one or several:
„Hash functions: bridging the gap from theory to practice [Video]“, „… [Paper PDF] [Slides]“ —
the same pointers to files, so each of them ends the title too.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.title_text import JUNK_TITLES, is_document_link
from netdir.records import RawRecord

_TRAILING_BRACKET = lazy_re.compile(
    r"\s*(?:\(\s*(?P<inner>[^()]{1,60}?)\s*\)|\[\s*(?P<square>[^\[\]]{1,60}?)\s*\])\s*$"
)
_MIN_NAME_LETTERS = 3
# „(114 KB)“, „(PDF, 2 MB)“, „(828.0KB)“: a bracket that only gives a file's size (and type).
_SIZE_ONLY = lazy_re.compile(
    r"\(\s*(?:[a-z]{2,4}\s*[,;]?\s*)?\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?)\s*\)\s*$", re.I
)


def sized_as_a_file(title: str) -> bool:
    """Whether the title ends with the size of the file it links to („Da bekenne ich Farbe
    (83 KB)“, „Flyer (PDF, 2 MB)“): a materials page's download list, whose entries name
    handouts, not offerings. (An offering's own title carries no file size.)"""
    return _SIZE_ONLY.search(title) is not None


def without_file_bracket(title: str) -> str:
    """The title without its last brackets that hold only a file's or a pointer's words
    („(Ausschreibung)“, „( PDF )“, „(mehr)“, „[Paper PDF] [Slides]“); unchanged when the
    brackets are all there is."""
    while (match := _TRAILING_BRACKET.search(title)) is not None:
        inner = match["inner"] if match["inner"] is not None else match["square"]
        if not (is_document_link(inner) or inner.casefold() in JUNK_TITLES):
            return title
        name = title[: match.start()].rstrip()
        if sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS:
            return title
        title = name
    return title


def drop_file_brackets(records: list[RawRecord]) -> None:
    """End each record's title before a bracketed pointer to a file."""
    for record in records:
        if record.title:
            record.title = without_file_bracket(record.title)
