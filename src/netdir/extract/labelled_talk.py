"""The title a talk's labelled fields give it, when the page runs them together.

A colloquium page writes each talk under a heading with its day as one paragraph of bold labels,
„<strong>Speaker:</strong> Jaechoul Lee <strong>Title:</strong> An efficient least squares
algorithm …“ — the two labels on two source lines but in one paragraph, so a reader of the text
meets „Speaker: Jaechoul Lee Title: An efficient least squares algorithm …“. The talk is named by
its Title field, not by the speaker's line. So a line labelled „Title:“ (or „Talk title:“), alone
or after a speaker's field on the same line, names the block.

Some days hold two talks, each with its own „Speaker: … Title: …“ fields under the one heading:
each title field is then a talk of its own on that day and at its hours (talks_under_the_day).
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks

_TITLE_FIELD = lazy_re.compile(
    r"^\W*(?:(?:speakers?|presenters?|lecturers?)\s*:\s*[^:]{2,120}?\s+)?"
    r"(?:talk\s+)?title\s*:\s*(?P<title>\S.{2,300}?)\s*$",
    re.I,
)


#: Provenance of a title read from a talk's title field.
SOURCE = "listing:title field"


def labelled_talk_title(chunks: list[str]) -> str | None:
    """The value of the first of ``chunks`` (a block's lines) labelled as its title
    („Speaker: Jaechoul Lee Title: An efficient …“ → „An efficient …“); None without one."""
    return next(iter(_title_fields(chunks)), None)


def talks_under_the_day(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per talk of a block titled by its title field that holds two or more
    („Speaker: Avery Bell Title: Exploring Foundations …“, „Speaker: Jayden Chrzanowski Title:
    Exploring XGBoost 2.0 …“ under „Tuesday 4/2 at 4:00-4:50“); [] for any other block."""
    if reading.sources.get("title") != SOURCE or reading.date_text is None:
        return []
    titles = _title_fields(text_chunks(segment))
    if len(titles) < 2 or reading.title != titles[0]:
        return []
    rest = {name: at for name, at in reading.sources.items() if name != "description"}
    return [reading] + [
        replace(reading, title=title, description=None, sources=dict(rest)) for title in titles[1:]
    ]


def _title_fields(chunks: list[str]) -> list[str]:
    return [match["title"] for chunk in chunks if (match := _TITLE_FIELD.match(chunk))]
