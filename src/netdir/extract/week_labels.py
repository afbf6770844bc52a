"""A term week's number before a row's name says when in the term, not what is held.

A university club's meeting index writes each row as „Week 14: Supply Chain Attacks & Policy“
beside its day, a course schedule „Week 3 – Intro to Pentesting“. The week is the row's place in
the semester — two meetings of one week share it („Week 09: Tracer FIRE“, „Week 09: Block and
Stream Ciphers“) — so a reader names each meeting by what follows the label. A numbered workshop
or session of a programme („Workshop 4: Annotieren, Analysieren, …“) keeps its number: there
the number is part of the name, not a when.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „Week 14:“, „Week 09 :“ (the number's own element before the colon), „Woche 3 –“, „Wk. 2 -“
_WEEK_LABEL = lazy_re.compile(
    r"^\W*(?:week|woche|wk\.?)\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d{1,2}\s*(?::|[–—]|-\s)\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
_MIN_LETTERS = 3  # „Week 05: Blockchain“ names the meeting; „Week 05: 1/2“ names nothing


def without_week_label(title: str) -> str:
    """The name after a leading term-week label; ``title`` unchanged without one, or when
    nothing that names anything follows the label."""
    match = _WEEK_LABEL.match(title)
    if match is None:
        return title
    name = match["name"].strip()
    return name if sum(ch.isalpha() for ch in name) >= _MIN_LETTERS else title
