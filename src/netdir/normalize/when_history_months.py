"""A month (or a season, „entdeckte Martin Reiter im Sommer 2010 Eisenschlacke“, round 288) of a
year long gone, told in a sentence: history, even in the present tense.

Chronicles tell their past in the historic present („Der Pfinztaler Gemeinderat lehnt im Januar
1985 sowohl die Jöhlinger- wie die Wöschbacher-Tal-Trasse ab.“, „Im März 1992 stellt das
Regierungspräsidium seine Überlegungen vor.“, round 214), so the past-tense test misses them. A
month (no day) that ended more than a year before the page's day, named in a whole sentence, is no
event's period; a row or a label („Mai 2020 | Stachus | Muttertagsausflug“ in an archive's list)
keeps its month.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re

#: How long ago a month must have ended to be history whatever the tense (days).
_LONG_AGO = 366
# A whole sentence: a letter or a quote opens it, its full stop closes it, five words at least;
# or a colon leading into a list („Im Mai 2024 stellte die Bürgerinitiative das Konzept … vor. Es
# sieht folgende Angebote vor:“, round 305: the sentence before the list tells the history).
_SENTENCE = lazy_re.compile(r"[„\"]?[^\W\d_][^|]*[^\W_]\s*[.!:]")
_MIN_WORDS = 5


def month_of_history(clean: str, last: date, reference: date) -> bool:
    """Whether the month ending on ``last`` is history told in a sentence of ``clean``."""
    if (reference - last).days <= _LONG_AGO or "|" in clean:
        return False
    text = clean.strip()
    return len(text.split()) >= _MIN_WORDS and _SENTENCE.fullmatch(text) is not None
