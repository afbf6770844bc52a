"""Hours told for the days after the one named are not that day's: „Die Ausstellung wird am
Freitag, 6. Juni, um 19 Uhr mit einer Lesung … eröffnet und ist an den Folgetagen jeweils von 18
bis 22 Uhr geöffnet.“ (round 288, a museum's exhibition) opens on Friday at 19:00; the range
after „an den Folgetagen“ („on the following days“) is the opening hours of the days after it,
which the text gives no dates of. That clause's hours are blanked before the day is read, so
the named day keeps its own clock (and a text naming no other clock keeps its day alone).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_FOLLOWING_DAYS_HOURS = lazy_re.compile(
    r"\b(?:an\s+den\s+(?:folgetagen|folgenden\s+tagen|übrigen\s+tagen)|danach\s+täglich)"
    r"(?:\s+jeweils)?\s+(?:von\s+|ab\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:uhr\s*)?"
    r"(?:(?:-|–|bis)\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr\b|uhr\b)",
    FLAGS,
)


def without_following_days_hours(clean: str) -> str:
    """``clean`` with the clock range told for the following days blanked (see the module
    docstring)."""
    lowered = clean.lower()
    if "folge" not in lowered and "übrigen" not in lowered and "danach" not in lowered:
        return clean
    return _FOLLOWING_DAYS_HOURS.sub(lambda match: " " * len(match[0]), clean)
