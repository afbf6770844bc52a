"""A trip's departure and return told as two labelled days: "Abfahrt Montag den 01.08.2022 um
10:00 Uhr Rückkehr Freitag den 12.08.2022 um ca. 14:00 Uhr" is one period, from the departure to
the return (a camp, a journey, a retreat), not two separate days. So is a ride there and back
offered or asked for: "am 26.08.24 und zurück am 06.09.", "Am 26.12.2025 nach Kirchen und am
5.1.2026 zurück nach Düsseldorf" (round 245)."""

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


# "… und (auch wieder) zurück am <day>": the return's day right after „zurück“.
_AND_BACK_ON = lazy_re.compile(
    r"^[^.!?;]{0,60}?\bund\s+(?:auch\s+)?(?:wieder\s+)?zurück\s+(?:am\s+|zum\s+)?$", FLAGS
)
# "… und am <day> (wieder) zurück": the return's day before „zurück“.
_AND_ON = lazy_re.compile(r"^[^.!?;]{0,60}?\bund\s+(?:am\s+)?$", FLAGS)
_BACK_AFTER = lazy_re.compile(r"\s*(?:wieder\s+)?zurück\b", FLAGS)


def there_and_back(text: str, first: Mention, second: Mention) -> bool:
    """True when ``second`` is the return of a ride to ``first``'s day: "… und zurück am …"."""
    gap = text[first.end : second.start]
    return _AND_BACK_ON.match(gap) is not None or (
        _AND_ON.match(gap) is not None and _BACK_AFTER.match(text, second.end) is not None
    )
