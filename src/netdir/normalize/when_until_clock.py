"""A period whose days end by a clock and start at none: „Vom 11.09. bis 16.09.2024 findet der
Unterricht nach dem vorläufigen Stundenplan bis maximal 13:00 Uhr statt.“ The one clock, after
„bis“ (and „maximal“, „spätestens“, „ca.“), is when each day ends — so the period ends at it on its
last day (as „05.08.24 - 08.08.24 (je 09-14 Uhr)“ does) and starts on its first day without a
clock; it is no start at 13:00 on the first day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_UNTIL_CLOCK = lazy_re.compile(
    r"\bbis\s+(?:(?:maximal|max\.|spätestens|ca\.|circa|etwa|gegen)\s+)?"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr\b",
    FLAGS,
)
_ANY_CLOCK = lazy_re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr\b", FLAGS)


def only_an_until_clock(text: str) -> bool:
    """Whether the one clock of ``text`` (its dates blanked) follows „bis“: the days' end."""
    if "bis" not in text.lower():
        return False
    clocks = list(_ANY_CLOCK.finditer(text))
    if len(clocks) != 1:
        return False
    until = _UNTIL_CLOCK.search(text)
    return until is not None and until.end() == clocks[0].end()
