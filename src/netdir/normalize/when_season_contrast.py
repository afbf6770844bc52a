"""Two seasons set against each other in one sentence, neither with its year: „Ana Opalić zeigt, wie
Plätze auf der Insel Pag, die jetzt, im Sommer, von Touristen überlaufen werden, im Winter aussehen.“
(a photographer's subject, round 236), „im Sommer wird gewandert, im Winter gerodelt“ — how
things are in one season and in the other, no coming season's run. Both are blanked; a day the text
names besides is still read.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# A season after „im“/„in“, no year (nor a day's number) right after it.
_SEASON = lazy_re.compile(
    r"\b(?:im|in\s+der)\s+(?P<season>frühjahr|frühling|sommer|herbst|winter|sommerzeit|winterzeit)"
    r"\b(?!\s*\d)",
    FLAGS,
)
_SENTENCE = lazy_re.compile(r"[^.!?]+")
_HINTS = ("frühjahr", "frühling", "sommer", "herbst", "winter")


def without_contrasted_seasons(text: str) -> str:
    """The text with two different yearless seasons of one sentence blanked (see the module)."""
    lowered = text.lower()
    if sum(hint in lowered for hint in _HINTS) < 2:
        return text
    for sentence in _SENTENCE.finditer(text):
        found = list(_SEASON.finditer(sentence.group()))
        kinds = {match["season"].lower()[:4] for match in found}
        if len(kinds) >= 2:
            offset = sentence.start()
            for match in found:
                start, end = offset + match.start(), offset + match.end()
                text = text[:start] + " " * (end - start) + text[end:]
    return text
