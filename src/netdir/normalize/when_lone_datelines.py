"""A text that is only a place and a full date — a letter's or a press release's dateline.

„Jöhlingen, 11.01.2020“ above an open letter, „Frankfurt, 30. April 2023“ above a press release,
„Frankfurt am Main, den 23.03.2025“: the place where it was written and the day, nothing else.
Such a line dates the writing, no event (rounds 210 and 214). The place must be a town the
gazetteer knows — or the letter's „den“ must stand before the day — so that an event's name
before its day („Premiere, 12.05.2024“) and a weekday („Mittwoch, 27.04.2022“) keep their day.
Only a date with its year is a dateline's; the date's reader has found exactly one day in it. A
signature's name may stand before it as a heading („Bischof Michael Chalupka | Wien, 9. Jänner 2025“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.gazetteer import load_gazetteer
from netdir.normalize.when_grammar import MONTH_ALT, WEEKDAY_FULL_ALT

# A town's name: capitalised words, joined by a space or a hyphen, „am“/„an der“/„im“ between
# („Frankfurt am Main“, „Halle (Saale)“ is left to the gazetteer's own spelling).
_PLACE = (
    r"(?-i:[A-ZÄÖÜ])[^\W\d]+(?:(?:\s+|-)(?:(?:am|an\s+der|an|im|in|ob|bei|vor\s+der)\s+)?"
    r"(?-i:[A-ZÄÖÜ])[^\W\d]+){0,3}"
)
# A full date with its year: „11.01.2020“, „28.12.20“, „30. April 2023“.
_FULL_DATE = r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2}(?:\d{2})?|[^\W\d]+\.?\s+\d{4})"
_LONE_DATELINE = lazy_re.compile(
    rf"\s*(?P<place>{_PLACE})\s*,\s*(?:(?P<den>de[nr]\s+)|am\s+)?{_FULL_DATE}\s*\.?\s*",
    re.IGNORECASE,
)


# „Keine Probe am Freitag, den 08.03.2024“, „Astronomietag am Samstag, den 19. März 2016“: a
# weekday or a month among the words makes them an event's heading, no place.
_DAY_WORD = lazy_re.compile(rf"\b(?:{WEEKDAY_FULL_ALT}|{MONTH_ALT})\b", re.IGNORECASE)


# „Bischof Michael Chalupka | Wien, 9. Jänner 2025“: a letter's signature — an office or a
# title, then a name of capitalised words, no figure — kept before the dateline under it (round
# 284). (Only with the office: „Konzert Wiener Philharmoniker | Wien, 9. Jänner 2025“ is an
# event's heading over its place and day.)
_SIGNATURE = lazy_re.compile(
    r"(?:bischöfin|bischof|pfarrerin|pfarrer|superintendentin|superintendent|bürgermeisterin"
    r"|bürgermeister|präsidentin|präsident|direktorin|direktor|obfrau|obmann|vorsitzende[rn]?"
    r"|dr\.|prof\.|mag\.(?:a\.?)?)\s+"
    r"(?:(?-i:[A-ZÄÖÜ])[^\W\d]*\.?\s+){0,3}(?-i:[A-ZÄÖÜ])[^\W\d-]+(?:-(?-i:[A-ZÄÖÜ])[^\W\d]+)?",
    re.IGNORECASE,
)


def lone_dateline(text: str) -> bool:
    """Whether the whole text is a town's name, a comma and a full date (a dateline), or such a
    line after a signature's name and " | "."""
    if " | " in text and len(text) <= 110:
        signature, _, line = text.rpartition(" | ")
        if _SIGNATURE.fullmatch(signature.strip()) is not None:
            return lone_dateline(line)
    if "," not in text or len(text) > 60:
        return False
    found = _LONE_DATELINE.fullmatch(text)
    if found is None or _DAY_WORD.search(found["place"]) is not None:
        return False
    return found["den"] is not None or load_gazetteer().lookup(found["place"]) is not None
