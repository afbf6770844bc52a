"""A date line that ends in a short remark after a dash is still the row's date field.

A coding club's sessions each have an h3 („CoderDojo HD 18#07“) over one line „Am Sonntag -
22.07.2018 von 10:00 bis 13:00 Uhr - Ausnahme! (Sommerferien)“. Text running on after a date was
read as a sentence around it — a teaser „[20.11.2026] Wie Kommunen …“ — so the line no longer
dated the row, and the two sessions whose days are exceptions were dropped while their
neighbours stayed. A few words set off by a dash after the date and its hours remark on that
day; a sentence goes on for longer.
"""

from __future__ import annotations

from netdir import lazy_re

# „ - Ausnahme! (Sommerferien)“, „ – fällt aus“, „ — mit Anmeldung“: a dash, then a remark of at
# most five words and 40 characters.
_DASHED_REMARK = lazy_re.compile(r"^\s*[-–—]\s+(?=\S)(?P<remark>.{1,40})$")
_MAX_REMARK_WORDS = 5


def is_dashed_remark(rest: str) -> bool:
    """Whether the text after a date is a short remark set off by a dash."""
    match = _DASHED_REMARK.match(rest.rstrip())
    return match is not None and len(match["remark"].split()) <= _MAX_REMARK_WORDS
