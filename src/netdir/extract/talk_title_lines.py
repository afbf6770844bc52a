"""Whether a line of a talk's card reads as the talk's title: a few words, not too long, no date.

Two readers name a talk by a line beside the one that says who gives it — the line over a byline
(``talk_bylines``), the line after a speaker with an institution (``speaker_lines``). Both ask the
same of that line; each says how long a title may be in its layout (a card's title line is short,
a colloquium's line under the speaker may run long before it is the abstract).
"""

from __future__ import annotations

from netdir.extract.block_text import date_like
from netdir.extract.open_topics import names_no_topic_yet

# „Keynote“ alone names a slot, not a talk: a title has two words or more.
_MIN_TITLE_WORDS = 2


def reads_as_a_title(line: str, max_chars: int) -> bool:
    """``line`` reads as a talk's title: two words or more, at most ``max_chars``, no date, and
    not a line saying the topic is still open („TBA. Please note …“, „Something on ML ethics“)."""
    if len(line.split()) < _MIN_TITLE_WORDS or len(line) > max_chars:
        return False
    return date_like(line) is None and not names_no_topic_yet(line)
