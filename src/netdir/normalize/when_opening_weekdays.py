"""Weekly opening hours beside a run's end: „Geöffnet: Bis 9.12.2023 | Di/Mi/Do 15:00 – 18:00 und
nach Vereinbarung“, „Die Ausstellung … ist bis zum 12. April am Dienstag, Mittwoch und Donnerstag
von 15 bis 18 Uhr … geöffnet.“ Several weekdays named in a row (a list „Dienstag, Mittwoch und
Donnerstag“, „Di/Mi/Do“, „Di-Fr“) are the days of every week the place is open, not the day a
run starts; the run's start is not in the text, its end is the day after „bis“ (as round 22's „Die
Ausstellung ist bis 24. Februar 2017 von Mo./Di./Do./Fr. 8.30 – 12.30 Uhr … geöffnet.“). A single
weekday beside the end („Vernissage ist am Samstag, geöffnet ist die Ausstellung bis 6. Mai“) is
still the run's start.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT

# Two or more weekdays joined by a comma, a slash, a dash, „&“ or „und“, each written out or
# abbreviated (with or without its dot).
_WEEKDAY_ROW = lazy_re.compile(
    r"(?<![^\W\d_])(?:" + WD_ALT + r")\.?(?![^\W\d_])"
    r"(?:\s*(?:,|/|-|–|&|\bund\b|\bbis\b)\s*(?:" + WD_ALT + r")\.?(?![^\W\d_]))+",
    FLAGS,
)


_WEEKDAY = lazy_re.compile(r"(?:" + WD_ALT + r")(?![^\W\d_])", FLAGS)


def names_opening_weekdays(text: str) -> bool:
    """Whether the (cleaned) text names a row of weekdays (see the module); each weekday of the
    row capitalised, as weekdays are („so und so“ is no Sunday)."""
    for row in _WEEKDAY_ROW.finditer(text):
        if all(day.group()[:1].isupper() for day in _WEEKDAY.finditer(row.group())):
            return True
    return False
