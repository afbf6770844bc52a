"""Whole months named as a break: "werden den gesamten Juli und August über nicht stattfinden",
"den Offenen Dienstag für den kompletten Juli und August ausfallen zu lassen", "will not take place
in all of July and August". The months are the closure's period (a closure is read as a period),
from the first month's first day to the last one's last day, this year's unless both are past."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_periods import month_end
from netdir.normalize.when_words import MONTHS

_MONTHS = (
    r"(?P<first>" + MONTH_ALT + r")(?:\s+(?:und|and|&|bis|through)\s+(?P<last>" + MONTH_ALT + r"))?"
)
_WHOLE = (
    r"\b(?:den\s+(?:gesamten|ganzen|kompletten)|im\s+(?:gesamten|ganzen|kompletten)"
    r"|(?:in\s+)?all\s+of|throughout|for\s+the\s+whole\s+of|during\s+all\s+of)\s+"
)
_CALLED_OFF = (
    r"(?:nicht\s+stattfinden|nicht\s+statt\b|ausfallen|fällt\s+(?:[^\W\d]+\s+)?aus|fallen\s+"
    r"(?:[^\W\d]+\s+)?aus|entfällt|entfallen|geschlossen|pausiert|pausieren|ruht|ruhen"
    r"|will\s+not\s+(?:take\s+place|be\s+held|meet|run)|won't\s+(?:take\s+place|be\s+held)"
    r"|(?:is|are|will\s+be)\s+(?:closed|cancelled|canceled|suspended|paused))"
)
_WHOLE_PIECES = ("gesamt", "ganz", "komplett", "all of", "throughout", "whole")
_MONTHS_CALLED_OFF = lazy_re.compile(
    _WHOLE + _MONTHS + r"(?:\s+über)?\b[^.!?;]{0,40}?" + _CALLED_OFF, FLAGS
)
_CALLED_OFF_MONTHS = lazy_re.compile(
    _CALLED_OFF + r"[^.!?;]{0,20}?" + _WHOLE + _MONTHS + r"\b", FLAGS
)


def closed_months(text: str, reference: date) -> tuple[date, date] | None:
    """The first and last day of whole months the text calls off, else None."""
    lowered = text.lower()
    if not any(piece in lowered for piece in _WHOLE_PIECES):
        return None
    match = _MONTHS_CALLED_OFF.search(text) or _CALLED_OFF_MONTHS.search(text)
    if match is None:
        return None
    first = MONTHS[match["first"].lower()]
    last = MONTHS[(match["last"] or match["first"]).lower()]
    year = last_year = reference.year
    if last < first:
        last_year += 1  # "Dezember und Januar"
    elif last < reference.month:
        year = last_year = reference.year + 1  # both months past: next year's
    return date(year, first, 1), month_end(last_year, last)
