"""A day an answer about events writes with several hours: one performance at each.

Hong Kong's cultural programmes write „17 Jan 2026 (Sat) 3:30pm, 4:30pm“ for a busking show
given twice that afternoon and „16/12/2025(Tue) 14:15, 19:15“ for a concert's two houses; a
German list writes „Sa 14.03.2026, 15 und 19 Uhr“ the same way. The start key reads the first
hour; each further hour is a further performance on that day. Only one day with a list of hours
joined by commas, „and“, „und“ or „&“ counts: a range („5:00pm-7:00pm“) is one performance's
start and end, and a value naming a second day („…; 31 Jan 2026 (Sat) 2:30pm“) is left whole to
the date grammar.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_MAX_CHARS = 80  # a day, its weekday and a few hours; a sentence is no date value
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.?m\.?)?"
_JOIN = r"\s?(?:,|&|\band\b|\bund\b)\s?"
# The hours at the value's end: two or more clocks joined, maybe „Uhr“ after the last.
_HOURS = lazy_re.compile(rf"(?<![\d:./-])({_CLOCK}(?:{_JOIN}{_CLOCK})+)\s?(?:uhr)?\s*$", re.I)
_SPLIT = lazy_re.compile(_JOIN, re.I)
_BARE = lazy_re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
# A clock or a second part („;“) before the hours: then the list is no list of starts.
_EARLIER_CLOCK = lazy_re.compile(r"\d:[0-5]\d|\d\s?[ap]\.?m\b|[;|]", re.I)


def listed_hours(value: str) -> list[str] | None:
    """The hours („HH:MM“) a value lists after its one day, when it lists two or more."""
    if len(value) > _MAX_CHARS:
        return None
    match = _HOURS.search(value)
    if match is None or _EARLIER_CLOCK.search(value[: match.start()]) is not None:
        return None
    if not any(c.isdigit() for c in value[: match.start()]):
        return None  # no day before the hours
    hours = [_hour(clock) for clock in _SPLIT.split(match[1].strip())]
    found = [hour for hour in hours if hour is not None]
    if len(found) < len(hours) or len(set(found)) < 2:
        return None
    return found


def _hour(clock: str) -> str | None:
    """„3:30pm“, „4:30 p.m.“, „14:15“, „19“ as „HH:MM“."""
    text = clock.lower().replace(" ", "").replace(".m", "m").rstrip(".")
    meridiem = text[-2:] if text.endswith(("am", "pm")) else None
    match = _BARE.fullmatch(text[:-2] if meridiem else text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
