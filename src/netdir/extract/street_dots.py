"""A street's abbreviation dot ends no sentence: „… im Restaurant Beaulieu, an der Erlacherstr. 3
in Bern statt.“ A pattern that reads a sentence up to its full stop would stop at „Erlacherstr.“
and lose the venue. The dot of „…str.“ or „Nr.“ before a house number is hidden while a sentence
is read (a one-dot leader, which no sentence pattern takes for its end) and shown again in what
was found.
"""

from __future__ import annotations

from netdir import lazy_re

_HIDDEN = "\u2024"  # ONE DOT LEADER
# „Erlacherstr. 3“, „Hauptstr.12a“, „Nr. 5“: the dot before a house number.
_STREET_DOT = lazy_re.compile(r"(?:(?<=str)|(?<=Str)|(?<=Nr)|(?<=nr))\.(?=\s?\d)")


def hide_street_dots(text: str) -> str:
    """``text`` with each street abbreviation's dot before a number hidden."""
    return _STREET_DOT.sub(_HIDDEN, text)


def show_street_dots(text: str) -> str:
    """The hidden dots of ``text`` shown again."""
    return text.replace(_HIDDEN, ".")
