"""When building works are to be finished, or a thing delivered, is no offering's day: „Die
Arbeiten haben bereits begonnen, und wir rechnen mit der Fertigstellung im Sommer 2027.“ (a
school's new building), „Die Fertigstellung ist für März 2026 geplant“, „Das neue Fahrzeug wird im
Feber 2026 ausgeliefert …“ (a fire brigade's new engine), „Der Abschluss aller Arbeiten ist für den
Februar 2022 geplant.“, „Die Wartungsarbeiten beginnen am 19. April und … wird am 1. Advent die
Wiederinbetriebnahme teilweise erfolgen.“ (an organ's maintenance, round 238). The works' time (a day, a month, a
season, each with its year) is blanked, words and figures, so a day the text names besides is read
and a text naming only the completion names none."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# the completion's noun, then up to a few words and its time: "Fertigstellung im Sommer 2027",
# "Fertigstellung ist für März 2026 geplant", "Bauende voraussichtlich Ende 2026"
_COMPLETION = lazy_re.compile(
    r"\b(?:\w*fertigstellung|bauende|bauabschluss|abschluss\s+(?:aller|der)\s+\w*arbeiten"
    # „Die Wartungsarbeiten beginnen am 19. April“: when works begin
    r"|\w*arbeiten\s+(?:beginnen|beginnt|starten|startet))\b[^.!?;\d]{0,40}?"
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
    _TIME + r"[^.!?;\d]{0,40}?\b(?:fertiggestellt|ausgeliefert|geliefert"
    # „dann kann der Orgelbauer bis Herbst 2023 die noch fehlenden Register bauen“: what is to be
    # built by then (the infinitive; „werden im Sommer 2025 eingebaut und feierlich eingeweiht“
    # is an inauguration's time)
    r"|bauen|einbauen|fertigstellen|liefern)\b",
    FLAGS,
)
# „am 1. Advent die Wiederinbetriebnahme“: the day a thing is put back into service (a day or a
# feast counted by its ordinal, then the noun)
_BACK_IN_SERVICE = lazy_re.compile(
    r"(?P<when>\b(?:am|zum|ab)\s+\d{1,2}\.\s?[^\W\d]+\.?(?:\s?\d{2,4})?)"
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:wieder)?inbetriebnahme\b",
    FLAGS,
)
_HINTS = (
    "ertigstellung",
    "auende",
    "auabschluss",
    "ertiggestellt",
    "geliefert",
    "bschluss",
    "rbeiten",
    "nbetriebnahme",
    "bauen",
    "liefern",
    "fertigstellen",
)


def without_completion_days(text: str) -> str:
    """The text with its works' completion time blanked (see the module docstring)."""
    if not any(map(text.__contains__, _HINTS)):
        return text
    text = _COMPLETION.sub(_blanked_time, text)
    if "nbetriebnahme" in text:
        text = _BACK_IN_SERVICE.sub(_blanked_time, text)
    return _DONE_PARTICIPLE_AFTER.sub(_blanked_time, text)


def _blanked_time(found: re.Match[str]) -> str:
    start = found.start("when") - found.start()
    return found.group(0)[:start] + " " * (found.end("when") - found.start("when"))
