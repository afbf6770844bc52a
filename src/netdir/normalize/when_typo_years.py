"""A year typed with a digit too many, set right by the weekday written before its day.

A course programme of the winter semester 2016/17 gives one start as „Mittwoch, 1.2.167, von
18.30-21.30 Uhr“ beside „Mittwoch, 1.2.17“ and „Donnerstag, 2.2.17“ elsewhere: three figures
are no year, so the date was lost. When a weekday stands right before such a day and exactly
one of the two-figure years left by dropping one figure makes the day that weekday (1 February
2017 is a Wednesday, 2016 a Monday, 2067 a Tuesday), that is the year meant. No weekday, or
none or several years that fit, and the text stays as it is.

A year padded with a zero to three figures, „Am 06.12.017 war es wieder soweit“, „Als
Folgetermin ist der 10.09.025 … vereinbart“, is its two-figure year whatever the weekday: no
other year drops out of it.

A year cut short to its first three figures, „werden wir am 20.12.202 um 17:00 Uhr …
Weihnachtslieder spielen“ (a Christmas notice of 2020), says its century and decade but not which
year: the day is read without a year, so the page's date decides it as for „am 20.12.“ (also a figure
left out inside, „Fortsetzung folgt am 20.02.204 …“ written in January 2024).
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS

_CENTURY = 2000  # a two-figure year of a page's dates: this century's
_THREE_FIGURES = lazy_re.compile(r"\d\.\d{3}(?!\d)")
_TYPED = lazy_re.compile(
    rf"\b(?P<wd>{WD_ALT})\.?,?\s+(?:den\s+)?(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?"
    r"(?P<y>\d{3})(?![\d.])",
    FLAGS,
)

# „06.12.017“: a day, a month and a year padded with a zero (not a version „v1.2.003“)
_ZERO_PADDED = lazy_re.compile(
    r"(?<![\d.v])(?P<dm>(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?)0(?P<y>\d{2})(?![\d.])"
)


# „20.12.202“: a day, a month and the first three figures of a year of this or the last century
# after a word that introduces a day (a version number „1.2.201“ has none)
_CUT_SHORT = lazy_re.compile(
    r"(?P<dm>\b(?:am|vom|bis|den|dem|ab|zum|on)\s+(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.)"
    r"\s?(?:19|20)\d(?![\d.])",
    FLAGS,
)


def with_mistyped_years_mended(text: str) -> str:
    """„Mittwoch, 1.2.167“ → „Mittwoch, 1.2.17“, „20.12.202“ → „20.12.“ (see the module
    docstring)."""
    if "." not in text or _THREE_FIGURES.search(text) is None:
        return text
    text = _ZERO_PADDED.sub(r"\g<dm>\g<y>", _TYPED.sub(_mended, text))
    return _CUT_SHORT.sub(r"\g<dm>", text)


def _mended(found: re.Match[str]) -> str:
    weekday = WEEKDAY_ABBREVIATIONS[found["wd"].lower()]
    figures = found["y"]
    fitting: set[str] = set()
    for left_out in range(len(figures)):
        short = figures[:left_out] + figures[left_out + 1 :]
        try:
            day = date(_CENTURY + int(short), int(found["m"]), int(found["d"]))
        except ValueError:
            continue
        if day.weekday() == weekday:
            fitting.add(short)
    if len(fitting) != 1:
        return found.group(0)
    start = found.start("y") - found.start()
    return found.group(0)[:start] + fitting.pop()
