"""A day joined to its month's name by a hyphen ("Special Town Meeting starting 17-October",
"open Saturday 6-June 8AM - 8PM", "ARB meets again Monday 2-October"): written as "17 October" so
the day-month rules read it. Only a month's full name after the hyphen, and nothing glued after it
("6-7 June" keeps its own form); not after a month's name ("October 18-November 2", "July
27-August 2" are ranges). A whole date joined by hyphens, the day, the month's name or its short
form and the year ("13-Dec-2019", "01-Sept-2022", "08-October-2022", a database's or a hand-kept
list's spelling), is written "13 Dec 2019" likewise."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS, alternation

# (full names only: "May" and "Mai" are three letters, "Sept"/"Febr" are short forms)
_FULL_MONTHS = alternation(
    frozenset(name for name in MONTHS if len(name) >= 4 and name not in ("febr", "sept"))
    | {"may", "mai"}
)
_HYPHENED_DAY_MONTH = lazy_re.compile(
    r"(?<![\d.:/-])(?P<d>0?[1-9]|[12]\d|3[01])-(?P<m>" + _FULL_MONTHS + r")\b(?!-)", FLAGS
)

_HYPHENED_DATE = lazy_re.compile(
    r"(?<![\d.:/-])(?P<d>0?[1-9]|[12]\d|3[01])-(?P<m>" + MONTH_ALT + r")\.?-(?P<y>\d{4})\b(?!-)",
    FLAGS,
)
_MONTH_BEFORE = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\.?\s+$", FLAGS)


def _spaced(found: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(found.string, max(0, found.start() - 12), found.start()):
        return found[0]  # "October 18-November 2": a range's first day
    return f"{found['d']} {found['m']}"


def day_month_unhyphened(text: str) -> str:
    """``text`` with "17-October" written "17 October" and "13-Dec-2019" "13 Dec 2019"."""
    if "-" not in text:
        return text
    text = _HYPHENED_DATE.sub(lambda found: f"{found['d']} {found['m']} {found['y']}", text)
    return _HYPHENED_DAY_MONTH.sub(_spaced, text)
