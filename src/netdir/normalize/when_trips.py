"""A trip's departure and return told as two labelled days: "Abfahrt Montag den 01.08.2022 um
10:00 Uhr Rückkehr Freitag den 12.08.2022 um ca. 14:00 Uhr" is one period, from the departure to
the return (a camp, a journey, a retreat), not two separate days."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention

# The label right before a day, a weekday and "den" between them allowed.
_DAY_TAIL = r"\s*:?\s*(?:am\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+)?$"
_DEPARTURE = lazy_re.compile(
    r"\b(?:abfahrt|anreise|hinfahrt|hinreise|abreise\s+ab|aufbruch)" + _DAY_TAIL, FLAGS
)
_RETURN = lazy_re.compile(
    r"\b(?:rückkehr|rückfahrt|rückreise|heimfahrt|heimreise|abreise|ankunft\s+zurück)" + _DAY_TAIL,
    FLAGS,
)
#: How far the labels may stand before their days, and the return after the departure's day.
_LABEL_REACH = 30
_GAP = 120


def departure_then_return(text: str, first: Mention, second: Mention) -> bool:
    """True when ``first`` is a departure's day and ``second``, shortly after, the return's."""
    return (
        second.start - first.end <= _GAP
        and _DEPARTURE.search(text, max(0, first.start - _LABEL_REACH), first.start) is not None
        and _RETURN.search(text, max(first.end, second.start - _LABEL_REACH), second.start)
        is not None
    )
