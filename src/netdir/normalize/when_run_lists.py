"""Lists of runs of days, each run naming its own month: one offering's separate weeks.

A museum's summer camp lists the weeks it runs as „April 13–17, June 22–26, July 6–10, July
20–24“; a course „13.–17. April, 22.–26. Juni“. Each run is one week of the camp, a reader signs
up for one of them: one occurrence per run, from its first to its last day — not the first week
alone (the period reading of the whole text) and not one period from April to July. Only a text
that is the list and nothing else but a year written once at its end („July 20–24, August 3–7,
2026“) is read so; a run into the next month („July 30 – August 2“) is no run of this list.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import MONTHS, alternation

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DASH = r"\s*(?:[-–—]|bis|to)\s*"
_MONTH = rf"(?:{alternation(MONTHS)})\.?"
# „July 20–24“ (the month first) and „13.–17. April“ (the month last).
_EN_RUN = rf"{_MONTH}\s+{_DAY}{_DASH}{_DAY}(?![\d.:])"
_DE_RUN = rf"{_DAY}\.{_DASH}{_DAY}\.\s*{_MONTH}(?!\w)"
_SEPARATOR = r"\s*(?:,|;|\bund\b|\band\b|&)(?:\s*(?:\band\b|\bund\b))?\s*"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
_EN_LIST = lazy_re.compile(rf"^\s*{_EN_RUN}(?:{_SEPARATOR}{_EN_RUN})+{_YEAR}\s*\.?\s*$", re.I)
_DE_LIST = lazy_re.compile(rf"^\s*{_DE_RUN}(?:{_SEPARATOR}{_DE_RUN})+{_YEAR}\s*\.?\s*$", re.I)
_EN_RUNS = lazy_re.compile(_EN_RUN, re.I)
_DE_RUNS = lazy_re.compile(_DE_RUN, re.I)


def run_list(text: str | None) -> list[str] | None:
    """One date text per run of a list of runs („April 13–17“, „June 22–26“, …), each with the
    year written once at the end; None when ``text`` is no such list."""
    if not text:
        return None
    for whole, runs in ((_EN_LIST, _EN_RUNS), (_DE_LIST, _DE_RUNS)):
        found = whole.match(text)
        if found is None:
            continue
        year = found["year"]
        listed = [" ".join(run.group(0).split()) for run in runs.finditer(text)]
        return [f"{run} {year}" if year else run for run in listed]
    return None
