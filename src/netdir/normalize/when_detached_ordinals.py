"""An English ordinal day whose suffix stands apart from its number („January 18 th , 2018“,
„the 2 nd of May“): how a page's ``18<sup>th</sup>`` reads once its inline elements are joined
with spaces. Set apart, the suffix hides the day, and with it the year after it; joined again,
„January 18th , 2018“ is read as any written ordinal is. So is a day told with an article between
month and ordinal („On Thursday, March the 7th“, „May the 9th“), as spoken English says it."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# Only next to a month name (before the day or after the suffix): „21 st“ alone may be a street.
_DETACHED_SUFFIX = lazy_re.compile(
    rf"(?P<m>\b(?:{MONTH_ALT})\.?\s)(?P<d>[12]?\d|3[01])\s(?P<s>st|nd|rd|th)\b"
    rf"|\b(?P<d2>[12]?\d|3[01])\s(?P<s2>st|nd|rd|th)(?=\s(?:of\s)?(?:{MONTH_ALT})\b)",
    FLAGS,
)
_CUES = (" th", " st", " nd", " rd", " TH", " ST", " ND", " RD")


def _suffix_of(day: int) -> str:
    """The suffix English writes after ``day`` („1st“, „22nd“, „13th“)."""
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _rejoined(found: re.Match[str]) -> str:
    day, suffix = (found["d"], found["s"]) if found["d"] else (found["d2"], found["s2"])
    if suffix.lower() != _suffix_of(int(day)):
        return found[0]  # „May 4 st“ is no ordinal of 4
    return (found["m"] or "") + day + suffix


def ordinals_rejoined(text: str) -> str:
    """``text`` with each day's detached ordinal suffix joined to its number again."""
    if not any(cue in text for cue in _CUES):
        return text
    return _DETACHED_SUFFIX.sub(_rejoined, text)


# „March the 7th“: the article between a month and its ordinal day; only with the ordinal's suffix,
# so „in May the 3 of us“ stays as it is.
_MONTH_THE_ORDINAL = lazy_re.compile(
    rf"\b(?P<m>(?:{MONTH_ALT})\.?)\s+the\s+(?P<d>[12]?\d|3[01])(?P<s>st|nd|rd|th)\b", FLAGS
)


def _without_article(found: re.Match[str]) -> str:
    if found["s"].lower() != _suffix_of(int(found["d"])):
        return found[0]
    return f"{found['m']} {found['d']}{found['s']}"


def month_the_ordinal_joined(text: str) -> str:
    """``text`` with „March the 7th“ written „March 7th“, the form the grammar reads."""
    if " the " not in text and " The " not in text:
        return text
    return _MONTH_THE_ORDINAL.sub(_without_article, text)
