"""A month with a two-digit year before a period's end with its full year: "Nov. 09 – März 2010"
is November 2009 to March 2010, not 9 November. Written out ("Nov. 2009 - März 2010") before the
rules read the text; the short year must be the end's or the one before (else the number is a
day: "Nov. 23 - März 2010" stays).

Likewise a run whose both days carry a two-digit year, "17 Oct 12 - 17 Dec 13" (a British
venue's listing): 17 October 2012 to 17 December 2013 — written out when the first year is the
second's or the one before.

And a run's first day written with its month and a two-digit year, the last day without a year
(„Die Posten hängen vom 23. Feb. 21 bis 9. März.“): the number after the month is the year
(the day stands before the month already), written out so the range reads both days.

And a lone day written so, „26. Nov. 24, 19:30 - 22:00“, „12. Mai 25“ (a party's dates in short
lines): the day stands before the month, so the two digits after it are the year — only when
the line ends there or a comma follows (an hour after the month — „5. Mai 19 Uhr“, „1. Mai 10
bis 17 Uhr“, „3. Mai 18-19 Uhr“ — goes on after its number)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

_SHORT_YEAR_BEFORE_PERIOD_END = lazy_re.compile(
    r"(?<![\d.])\b(?P<mn>" + MONTH_ALT + r")(?P<dot>\.?)\s+(?P<yy>\d{2})(?![\d.:])"
    r"(?P<gap>\s*(?:-|bis)\s*)(?P<mn2>" + MONTH_ALT + r")\.?\s+(?P<y>(?:19|20)\d{2})\b",
    FLAGS,
)


_SHORT_YEARS_OF_A_RUN = lazy_re.compile(
    r"(?<![\d.])\b(?P<d1>\d{1,2})\.?\s+(?P<mn>" + MONTH_ALT + r")\.?\s+(?P<yy>\d{2})"
    r"(?P<gap>\s*(?:-|–|—|to|bis)\s*)"
    r"(?P<d2>\d{1,2})\.?\s+(?P<mn2>" + MONTH_ALT + r")\.?\s+(?P<yy2>\d{2})(?![\d.:])",
    FLAGS,
)

_SHORT_YEAR_BEFORE_YEARLESS_END = lazy_re.compile(
    r"(?<![\d.])\b(?P<head>\d{1,2}\.\s*(?:" + MONTH_ALT + r")\.?\s+)(?P<yy>\d{2})(?![\d.:])"
    r"(?=\s*(?:-|–|bis)\s*\d{1,2}\.)",
    FLAGS,
)


_SHORT_YEAR_OF_A_LONE_DAY = lazy_re.compile(
    r"(?<![\d.])\b(?P<head>\d{1,2}\.\s*(?:" + MONTH_ALT + r")\.?\s+)(?P<yy>\d{2})"
    r"(?=\s*(?:,|;|$))",
    FLAGS,
)


def with_full_short_years(text: str) -> str:
    """The text with such a month's two-digit year written out."""
    if not any(char.isdigit() for char in text):
        return text
    text = _SHORT_YEARS_OF_A_RUN.sub(_run_written_out, text)
    text = _SHORT_YEAR_BEFORE_YEARLESS_END.sub(_head_with_year, text)
    text = _SHORT_YEAR_OF_A_LONE_DAY.sub(_head_with_year, text)
    return _SHORT_YEAR_BEFORE_PERIOD_END.sub(_written_out, text)


def _head_with_year(found: re.Match[str]) -> str:
    """„23. Feb. “ with „21“: the day and month with the year written out."""
    return f"{found['head']}{(1900 if int(found['yy']) >= 70 else 2000) + int(found['yy'])}"


def _run_written_out(match: re.Match[str]) -> str:
    first, last = int(match["yy"]), int(match["yy2"])
    if first not in {last, (last - 1) % 100}:
        return match[0]
    century = 1900 if last >= 70 else 2000
    last_year = century + last
    first_year = last_year if first == last else last_year - 1
    return (
        f"{match['d1']} {match['mn']} {first_year}{match['gap']}"
        f"{match['d2']} {match['mn2']} {last_year}"
    )


def _written_out(match: re.Match[str]) -> str:
    end_year = int(match["y"])
    short = int(match["yy"])
    if short not in {end_year % 100, (end_year - 1) % 100}:
        return match[0]
    year = end_year if short == end_year % 100 else end_year - 1
    rest = match[0][match.end("yy") - match.start() :]
    return f"{match['mn']}{match['dot']} {year}{rest}"
