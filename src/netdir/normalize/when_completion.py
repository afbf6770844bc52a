"""When building works are to be finished is no offering's day: „Die Arbeiten haben bereits
begonnen, und wir rechnen mit der Fertigstellung im Sommer 2027.“ (a school's new building), „Die
Fertigstellung ist für März 2026 geplant“. The completion's time (a day, a month, a season, each
with its year) is blanked, words and figures, so a day the text names besides is read and a text
naming only the completion names none."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# the completion's noun, then up to a few words and its time: "Fertigstellung im Sommer 2027",
# "Fertigstellung ist für März 2026 geplant", "Bauende voraussichtlich Ende 2026"
_COMPLETION = lazy_re.compile(
    r"\b(?:\w*fertigstellung|bauende|bauabschluss)\b[^.!?;\d]{0,40}?"
    r"(?P<when>\b(?:im|am|bis|zum|zur|für|in|ende|anfang|mitte)\s+(?:(?:des|dem|den)\s+)?"
    r"(?:(?:frühjahr|frühling|sommer|herbst|winter|" + MONTH_ALT + r")\.?\s+(?:\d{4})?"
    r"|\d{1,2}\.\s?(?:\d{1,2}\.|(?:" + MONTH_ALT + r")\.?)\s?(?:\d{2,4})?|\d{4}(?!\d)))",
    FLAGS,
)


def without_completion_days(text: str) -> str:
    """The text with its works' completion time blanked (see the module docstring)."""
    if "ertigstellung" not in text and "auende" not in text and "auabschluss" not in text:
        return text
    return _COMPLETION.sub(_blanked_time, text)


def _blanked_time(found: re.Match[str]) -> str:
    start = found.start("when") - found.start()
    return found.group(0)[:start] + " " * (found.end("when") - found.start("when"))
