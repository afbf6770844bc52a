"""When building works are to be finished, or a thing delivered, is no offering's day: „Die
Arbeiten haben bereits begonnen, und wir rechnen mit der Fertigstellung im Sommer 2027.“ (a
school's new building), „Die Fertigstellung ist für März 2026 geplant“, „Das neue Fahrzeug wird im
Feber 2026 ausgeliefert …“ (a fire brigade's new engine). The completion's time (a day, a month, a
season, each with its year) is blanked, words and figures, so a day the text names besides is read
and a text naming only the completion names none."""

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


# the time, then up to three words and the participle: "wird im Feber 2026 ausgeliefert", "soll
# im Sommer 2027 fertiggestellt werden"
_TIME = (
    r"(?P<when>\b(?:im|am|bis|zum|ende|anfang|mitte)\s+"
    r"(?:(?:frühjahr|frühling|sommer|herbst|winter|" + MONTH_ALT + r")\.?\s+\d{4}(?!\d)"
    r"|\d{1,2}\.\s?(?:\d{1,2}\.|(?:" + MONTH_ALT + r")\.?)\s?\d{2,4}(?!\d)|\d{4}(?!\d)))"
)
_DONE_PARTICIPLE_AFTER = lazy_re.compile(
    _TIME + r"[^.!?;\d]{0,40}?\b(?:fertiggestellt|ausgeliefert|geliefert)\b", FLAGS
)
_HINTS = ("ertigstellung", "auende", "auabschluss", "ertiggestellt", "geliefert")


def without_completion_days(text: str) -> str:
    """The text with its works' completion time blanked (see the module docstring)."""
    if not any(map(text.__contains__, _HINTS)):
        return text
    text = _COMPLETION.sub(_blanked_time, text)
    return _DONE_PARTICIPLE_AFTER.sub(_blanked_time, text)


def _blanked_time(found: re.Match[str]) -> str:
    start = found.start("when") - found.start()
    return found.group(0)[:start] + " " * (found.end("when") - found.start("when"))
