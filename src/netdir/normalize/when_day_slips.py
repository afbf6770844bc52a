"""Days written with a slip, mended before reading (round 291, a hackerspace's blog):

- a day and month inside a sentence without the month's closing dot where a date word or another
  day stands before it: „Am 22. und 23.06 findet …“, „Vom 3.11 bis zum 5.11.2017 …“, „Am 23.11
  und 24.11 findet …“ (after „am“, „vom“, „zum“, „dem“, „den“ or a day and „und“/„bis“/„-“ no
  clock or decimal stands, so „23.06“ is the 23 June; not after „um“, „ab“, „bis“ alone);
- a weekday glued to its day in brackets: „ab Donnerstag(10.09) Abend“;
- a day's ordinal ending after its dot: „vom 3.en bis 5.en November“;
- „vergangen“ without its ending before a weekday: „Am vergangen Samstag waren wir …“;
- a range's last day with a space before its month and no dot after it: „vom 25. Bis zum 27. 11
  im BonnLab“ (round 295);
- a day written with bars between day, month and year after a date word: „Ein bewegender
  Nachmittag am 24|4|24: Drei echte Trauungen …“ (round 323, a parish's news; a table's cells are
  joined with spaced bars, „24 | 4“, so unspaced bars after „am“ are one date);
- a dash typed for the day's dot before its month's name after a weekday: „Das nächste Abendlob
  … ist geplant für Donnerstag, 31- Juli“ (round 323);
- a day's month glued to its year: „27. November2025 | Treffen Arbeitskreis Genealogie“ (round
  328, a history society's review; a space goes between the month's name and the year)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_undotted_opening import UNDOTTED_DAY_MONTH

# after the day and month: no further figure or dot, no clock's or price's or measure's word
_NO_NUMBER_AFTER = (
    r"(?!\s*[\d.,])(?!\s*(?:uhr|h\b|%|€|eur|euro|kg|km|l\b|liter|prozent))"
    # („vom 08.10-10.10 Uhr“: a clock's range, its „Uhr“ after the second figures)
    r"(?!\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:uhr|h)\b)"
)
_AFTER_DATE_WORD = lazy_re.compile(
    r"(?P<lead>\b(?:am|vom|zum|dem|den)\s+)" + UNDOTTED_DAY_MONTH + _NO_NUMBER_AFTER, FLAGS
)
# the second day of a pair or run whose first is a day („22.“, „23.11.“)
_AFTER_DAY = lazy_re.compile(
    r"(?P<lead>(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:(?:0?[1-9]|1[0-2])\.)?\s*(?:und|bis|-|\+)\s*)"
    + UNDOTTED_DAY_MONTH
    + _NO_NUMBER_AFTER,
    FLAGS,
)
# the last day of a range „vom 25. bis zum …“ written with a space between its day's dot and its
# month and no dot after the month: „vom 25. Bis zum 27. 11 im BonnLab“ (round 295); never before
# a capitalised noun („vom 2. bis zum 4. 11 Teilnehmer“ counts people)
_RANGE_END_SPACED = lazy_re.compile(
    r"(?P<lead>\bvom\s+(?:0?[1-9]|[12]\d|3[01])\.\s*(?:bis(?:\s+zum)?|[-–])\s*)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])\.\s(?P<m>0?[1-9]|1[0-2])"
    + _NO_NUMBER_AFTER
    + r"(?!\s+(?-i:[A-ZÄÖÜ]))",
    FLAGS,
)
_GLUED_BRACKET = lazy_re.compile(
    r"\b(?P<wd>" + WEEKDAY_FULL_ALT + r")\((?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.?\)",
    FLAGS,
)
_ORDINAL_ENDING = lazy_re.compile(r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?:en|ten)\b", FLAGS)
_PAST_WITHOUT_ENDING = lazy_re.compile(
    r"\b(?P<word>vergangen)\s+(?=(?:" + WEEKDAY_FULL_ALT + r")\b)", FLAGS
)


_BARRED_DAY = lazy_re.compile(
    r"(?P<lead>\b(?:am|vom|zum|dem|den|bis)\s+)(?P<d>0?[1-9]|[12]\d|3[01])\|(?P<m>0?[1-9]|1[0-2])\|"
    r"(?P<y>\d\d|(?:19|20)\d\d)(?![\d|])",
    FLAGS,
)
_DASH_FOR_DOT = lazy_re.compile(
    r"(?P<lead>\b(?:" + WEEKDAY_FULL_ALT + r"),?\s+(?:den\s+)?)(?P<d>0?[1-9]|[12]\d|3[01])-\s+"
    r"(?P<mn>" + MONTH_ALT + r")\b",
    FLAGS,
)


def _dotted(found: re.Match[str]) -> str:
    return f"{found['lead']}{found['d']}.{found['m']}."


# „27. November2025“: a dotted day, its month's name run into a four-digit year
_MONTH_GLUED_TO_YEAR = lazy_re.compile(
    rf"(?P<lead>(?<![\d.])\d{{1,2}}\.\s?(?:{MONTH_ALT}))(?P<y>(?:19|20)\d{{2}})(?!\d)", FLAGS
)
_GLUED_YEAR_HINT = lazy_re.compile(r"[^\W\d_](?:19|20)\d{2}")  # a letter right before a year


def day_slips_mended(text: str) -> str:
    """``text`` with the slips of the module docstring mended (unchanged otherwise)."""
    if _GLUED_YEAR_HINT.search(text) is not None:
        text = _MONTH_GLUED_TO_YEAR.sub(r"\g<lead> \g<y>", text)
    if "(" in text:
        text = _GLUED_BRACKET.sub(r"\g<wd> (\g<d>.\g<m>.)", text)
    if "|" in text:
        text = _BARRED_DAY.sub(r"\g<lead>\g<d>.\g<m>.\g<y>", text)
    if "- " in text:
        text = _DASH_FOR_DOT.sub(r"\g<lead>\g<d>. \g<mn>", text)
    if ".en" in text or ".ten" in text:
        text = _ORDINAL_ENDING.sub(r"\g<d>.", text)
    if "ergangen " in text:
        text = _PAST_WITHOUT_ENDING.sub(r"\g<word>en ", text)
    if "." in text:
        text = _AFTER_DATE_WORD.sub(_dotted, text)
        text = _AFTER_DAY.sub(_dotted, text)
        if "vom " in text or "Vom " in text:
            text = _RANGE_END_SPACED.sub(_dotted, text)
    return text
