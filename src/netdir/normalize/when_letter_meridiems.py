"""Clocks whose am/pm is cut to its first letter: „9:15a - 9:55a“, „2:00p - 3:00p“, „6:00p
onward“ (a schedule table written for narrow cells). Spelt out as „9:15 am“, „6:00 pm“ before the
rules run, so that the afternoon is not read as the small hours and the range is read whole.

Only right after a clock with its minutes and before no further letter („10:30a“, not „3a“ — a
room or a house number — nor „9:15am“, which the rules read already)."""

from __future__ import annotations

import re

from netdir import lazy_re

_LETTER_MERIDIEM = lazy_re.compile(
    r"(?<![\d:.])(?P<clock>(?:1[0-2]|0?[1-9]):[0-5]\d)(?P<letter>[ap])(?![\w.])", re.I
)


def letter_meridiems_spelt_out(text: str) -> str:
    """``text`` with each one-letter meridiem after a clock written as „am“/„pm“."""
    if ":" not in text:
        return text
    return _LETTER_MERIDIEM.sub(lambda found: f"{found['clock']} {found['letter'].lower()}m", text)
