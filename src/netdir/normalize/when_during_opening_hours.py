"""A run's first day shown during a place's opening hours: „Ab Mittwoch, 12.4.2017 Ausstellung in der
Bücherei Bilfingen, Ebbstraße während der Öffnungszeiten Mittwochs + Freitags 15 – 18:30 Uhr,
Sonntags 10:30 – 12 Uhr“. What follows „während der Öffnungszeiten“ are the place's weekly hours
(when one may come and look), not a rule of the run's own sessions: the run starts on its day,
the hours are left aside (as ``when_opening_weekdays`` leaves them aside beside a run's end). A
text without a day before the hours keeps them („Während der Öffnungszeiten dienstags von 10 bis
12 Uhr …“ is a weekly rule).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# „während der Öffnungszeiten“, „während der üblichen Öffnungszeiten der Bücherei“: the aside and
# the rest of its sentence (a clock's dot, „15.00 – 18.30 Uhr“, ends no sentence).
_DURING_OPENING_HOURS = lazy_re.compile(
    r"\s*,?\s*\bwährend\s+der\s+(?:[^\W\d]+\s+){0,2}?Öffnungszeiten\b"
    r"(?:[^.!?]|(?<=\d)\.(?=\d))*",
    FLAGS,
)
# A day written before the aside: „12.4.2017“, „12.4.“, „12. April“.
_DAY = lazy_re.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:(?:0?[1-9]|1[0-2])\.|(?:" + MONTH_ALT + r")\b)",
    FLAGS,
)


def without_opening_hours_aside(text: str) -> str:
    """``text`` without the opening hours a dated run is shown during (see the module)."""
    aside = _DURING_OPENING_HOURS.search(text)
    if aside is None or _DAY.search(text, 0, aside.start()) is None:
        return text
    return text[: aside.start()] + text[aside.end() :]
