"""A heading that is only a part of a date badge names no event.

A club's dates page sets each card's day in a box of its own beside the entry: „<div
class="left"><h3 class="day-of-month">13</h3><div class="month">Sep.</div></div><div
class="right">… <h3 class="name">Frühschoppen 2026</h3> …</div>“. Both are h3, and the first
heading of the highest rank titled the card „13“. A heading whose whole text is a day of the
month („13“, „13.“), a month word („Sep.“) or a weekday („Sa“) is the date's box, read with the
date; the card's name is the next heading.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import MONTH_WORD, WEEKDAY_WORD

_DAY_NUMBER = lazy_re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.?$")
_SEPARATORS = lazy_re.compile(r"[\s,/|·–-]+")


def is_date_badge_part(text: str) -> bool:
    """Whether ``text`` is only a part of a day — a day number, a month word or a weekday, not a
    day and its month together — and nothing else."""
    words = [word for word in _SEPARATORS.split(text.strip()) if word]
    if not words or not all(
        _DAY_NUMBER.match(word) or MONTH_WORD.match(word) or WEEKDAY_WORD.match(word)
        for word in words
    ):
        return False
    # A whole day („FRIDAY JUNE 28“, „13 Sep.“) dates the card as a heading of its own; only a
    # part of one stands beside the rest of the box.
    return not (
        any(_DAY_NUMBER.match(w) for w in words) and any(MONTH_WORD.match(w) for w in words)
    )
