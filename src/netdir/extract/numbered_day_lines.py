"""A line that numbers a session, gives its day and then its name: „Lesson 1 - September 5th -
Introduction to R and RStudio“.

A seminar series lists its sessions as „Lesson 4 - October 17th - Using knitr“: the label and its
number say which of the series it is, the day between the dashes says when, the words after the
second dash name it. A reader names the session „Using knitr“ and reads its day from „October
17th“ alone — „4 - October 17th“ read together would be a run from the 4th to the 17th.

The label is one word and a number („Lesson 4“, „Session 2“, „Week 3“, „Part 1“), the day
between the dashes is a date phrase and nothing else, and a name of its own follows.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import search_date_phrase

# „Lesson 4 - “: one word, its number, a dash (anchored: a cheap test on any title line).
_NUMBERED_LABEL = lazy_re.compile(r"^[^\W\d_]{3,}\s+\d{1,2}\s*[-–—]\s+")
# „ - Using knitr“: the dash after the day and the name after it.
_NAME_AFTER = lazy_re.compile(r"\s*[-–—]\s+(?P<name>\S.*)$")


def _split(text: str) -> tuple[re.Match[str], str] | None:
    """(the day's phrase, the name after it) of a numbered day line, else None."""
    label = _NUMBERED_LABEL.match(text)
    if label is None:
        return None
    day = search_date_phrase(text[label.end() :])
    if day is None or day.start() != 0:
        return None  # the day must follow the label's dash at once
    name = _NAME_AFTER.match(text, label.end() + day.end())
    if name is None or sum(ch.isalpha() for ch in name["name"]) < 3:
        return None
    return day, name["name"].strip()


def name_of_a_numbered_day_line(text: str) -> str | None:
    """„Using knitr“ of „Lesson 4 - October 17th - Using knitr“; None for any other line."""
    split = _split(text.strip())
    return split[1] if split is not None else None


def day_of_a_numbered_day_line(text: str) -> str | None:
    """„October 17th“ of „Lesson 4 - October 17th - Using knitr“; None for any other line."""
    split = _split(text.strip())
    return split[0].group() if split is not None else None
