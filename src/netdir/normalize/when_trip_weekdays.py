"""A weekday a trip sets off on: „am Samstag nach Berlin“ is that Saturday, no day counted from one.

``when_relative`` reads „am Freitag nach Ostern“ or „am Montag nach dem Fest“ as a day counted from
something whose day the text does not give, and so „am <weekday> nach …“ is no day at all. A
travel diary's „Damit fuhren wir dann noch am Freitag nach Rust …“ (round 286) names where the trip
went: „nach“ and a place's name (a capitalised word, no feast's), in a sentence with a verb of
going or travelling; the weekday is then read as any other (told in the past: the last one).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT

# „am Samstag nach Berlin“: the place capitalised, no feast or season named instead.
_TRIP_WEEKDAY = lazy_re.compile(
    r"\bam\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\s+nach\s+"
    r"(?!(?-i:Ostern|Pfingsten|Weihnachten|Neujahr|Allerheiligen|Fronleichnam|Himmelfahrt"
    r"|Dreikönig|Aschermittwoch|Fasching|Karneval|Kirchweih|Erntedank|Advent|Silvester|Totensonntag"
    r"|Trinitatis|Epiphanias|Schulbeginn|Schulschluss|Ferienbeginn|Feierabend|Ende|Abschluss"
    r"|Beginn|Start)\b)(?-i:[A-ZÄÖÜ][a-zäöüß]+)\b",
    FLAGS,
)
# A verb of going or travelling in the sentence.
_GOING = lazy_re.compile(
    r"\b(?:geht|ging|gehts|geht's|fahren|fahre|fährt|fuhr|fuhren|reisen|reist|reiste|reisten"
    r"|fliegen|fliegt|flog|flogen|aufbrechen|brechen|brachen|segeln|segelten|radeln|radelten)\b",
    FLAGS,
)


def trip_weekday(text: str) -> re.Match[str] | None:
    """The „am <weekday> nach <place>“ of a trip (see the module), its weekday in ``wd``."""
    found = _TRIP_WEEKDAY.search(text)
    if found is None or _GOING.search(text) is None:
        return None
    return found
