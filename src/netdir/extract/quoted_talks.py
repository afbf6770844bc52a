"""A programme line naming a talk by its speaker, the speaker's institution in brackets and the
talk's title in quotes: „Alexandra Landsman (MPI-PKS Dresden, Germany) “Tracing attosecond
electron dynamics …”“, „Plenary lecture: Kiyoshi Ueda (Tohoku University, Japan) “Probing …”“.

What a reader takes for the item is the talk, so its title is the quoted words; the speaker
and institution say who gives it. The bracket between name and quote is what tells a talk from
an act with a show title („Melissa Brewer Quintet “Jazz Night”“ keeps its whole name).
"""

from __future__ import annotations

from netdir import lazy_re

# speaker (no quote or bracket), the institution in brackets, maybe a colon, then the quoted
# title running to the line's end (an inner quote — „First Instrument for the First “CW” X-ray
# FEL“ — stays inside: the title runs to the last closing mark).
_TALK = lazy_re.compile(
    r"^(?P<speaker>[^“”„\"«»()]{2,80}?)\s*\((?P<institution>[^()]{2,100})\)\s*:?\s*"
    r"[“„\"«](?P<title>[^\n]{3,240})[”“\"»][\s.,;]*$"
)
_MIN_WORDS = 2


def quoted_talk_title(line: str) -> str | None:
    """The quoted title of a „Speaker (Institution) “Title”“ line, without a closing full stop;
    None for any other line."""
    match = _TALK.match(line.strip())
    if match is None:
        return None
    title = match["title"].strip().rstrip(".").strip()
    if len(title.split()) < _MIN_WORDS:
        return None
    return title
