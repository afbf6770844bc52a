"""A talk's line that names no topic yet: „TBA. Please note irregular schedule.“, „Probably
something on AI and the Future of Work“, „Something on ML ethics“.

A speaker series lists each talk as a heading „October 1st: Professor Shannon Vallor (Edinburgh)“
over a paragraph with the talk's title. While the speaker has not sent one, the paragraph says so —
„TBA“, „TBD“, „to be announced“ — or guesses at the subject („Probably something on …“,
„Something on ML ethics“). Such a line says what is not known yet; the talk is still the one the
speaker line names, so the readers that name a talk by the line beside its speaker
(``talk_title_lines``) pass it over.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_OPEN = lazy_re.compile(
    # „TBA“, „TBA. Please note …“, „Title: TBD“, „Topic to be announced“
    r"^\W*(?:(?:title|topic|talk|subject)\s*:?\s*)?"
    r"(?:TBA|TBD|TBC|t\.b\.[acd]\.|to\s+be\s+(?:announced|confirmed|determined|decided))(?!\w)"
    # „Probably something on …“, „Something about …“: a guess at the subject, no title
    r"|^\W*(?:(?:probably|possibly|maybe|perhaps|likely)\s+)?something\s+"
    r"(?:on|about|around|related\s+to)\b",
    re.I,
)


def names_no_topic_yet(line: str) -> bool:
    """Whether ``line`` only says that the talk's topic is still open (see the module docstring)."""
    return _OPEN.search(" ".join(line.split())) is not None
