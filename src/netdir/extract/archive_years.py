"""Days in a row's closing parentheses: long past ones an archive's year column states again, and
runs into the next month.

A learned society lists its colloquia since 1976 as a table „1976 | Internationales
Hamann-Colloquium im Lüneburg (7.–10. Juni 1976)“: the first column the year, the second the
colloquium with its days in closing parentheses. Days in parentheses are read as a row's own only
from 1990 on (before that a bracketed day is more often a history's or a life's: „(12. Mai
1950)“); but a row whose first line is that very year is an archive's entry of that year, its
days however long ago (the normalizer reads a day written in full with its four-digit year
whatever the year, ``when_mentions.EARLIEST_WRITTEN_YEAR``).

„(29. Mai – 1. Juni 1980)“: the days' phrase a listing reads stops at „29. Mai“, so the rest of the
parentheses kept the row from being read as its days, and the year was lost; a rest that is the
run's last day in the next month with its year belongs to the phrase.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import MONTH_WORD
from netdir.normalize.when_mentions import EARLIEST_WRITTEN_YEAR


def stated_by_its_year_column(year: str, segment: list[LexborNode]) -> bool:
    """The row's first line is ``year`` alone (its year column), a year of the written era."""
    if not year.isdigit() or int(year) < EARLIEST_WRITTEN_YEAR:
        return False
    lines = text_chunks(segment)
    return bool(lines) and lines[0].strip() == year


# „ – 1. Juni 1980“, „ bis 1. April 2023“: the rest of a run whose first day names its own month
# (in English „ - 21st February 2020“ after „19th February“, „ to 2 March 2020“).
_RUN_REST = lazy_re.compile(
    r"\s*(?:[-–—]|bis|to)\s*(?:0?[1-9]|[12]\d|3[01])(?:\.|st|nd|rd|th)?\s*[^\W\d_]{3,}\.?,?"
    r"\s+\d{4}\s*$"
)


def run_to_the_last_day(text: str, end: int, inner_end: int) -> int:
    """Where the days in parentheses end: past ``end`` (the first day's phrase, „29. Mai“) up
    to ``inner_end`` when the rest is the run's last day in another month („– 1. Juni 1980“).
    The day phrases of a listing read „29. Mai“ alone and left the run, its year with it."""
    rest = text[end:inner_end]
    match = _RUN_REST.match(rest)
    if match is None or not MONTH_WORD.match(rest.split()[-2]):
        return end
    return inner_end
