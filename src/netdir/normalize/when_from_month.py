"""„ab Oktober“, „ab März 2027“, „from October“: what starts in a month and goes on after it — a
season's training, a course, a new service — starts on that month's first day (the 15th for „ab
Mitte …“) and names no end; before, the month was read whole, as if it ended on the 31st.

A table row whose cell says only that („Kalender 2020 | ab Oktober | Schule/Stadthalle | Beginn
Damen, Herrentraining“) names its month in the cell, as a cell „Oktober“ alone would."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

# The month may carry its year („ab März 2027“), never a day („ab Oktober 5“, „ab März 10.“).
_FROM_MONTH = lazy_re.compile(
    r"\b(?:ab|from|starting(?:\s+in)?)\s+(?:(?P<part>anfang|mitte|early|mid)[\s-]+)?"
    rf"(?P<mn>{MONTH_ALT})\b(?!\.?\s*\d{{1,2}}\b)",
    FLAGS,
)
# A cell of a row joined with " | " that holds nothing but „ab Oktober“ (a year may follow).
_FROM_MONTH_CELL = lazy_re.compile(
    r"(?:^|\|)\s*(?P<cell>ab\s+(?:(?:anfang|mitte)\s+)?(?:" + MONTH_ALT + r")\.?"
    r"(?:\s+(?:19|20)\d{2})?)\s*(?=\||$)",
    FLAGS,
)
_MIDDLE = ("mitte", "mid")


def month_start(text: str, first: date, last: date) -> date | None:
    """The start of what ``text`` says begins in the month ``first``–``last`` (a period read
    from it), or None when the period is no one month or the text does not say „ab …“ of it."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    for found in _FROM_MONTH.finditer(text):
        if MONTHS[found["mn"].lower()] != first.month:
            continue
        part = (found["part"] or "").lower()
        return first.replace(day=15) if part in _MIDDLE else first
    return None


def from_month_cell(text: str) -> str | None:
    """The cell „ab Oktober“ of a row joined with " | ", or None."""
    if " | " not in text or "ab " not in text.lower():
        return None
    found = _FROM_MONTH_CELL.search(text)
    return found["cell"] if found is not None else None
