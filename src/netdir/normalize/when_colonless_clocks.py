"""A twelve-hour clock typed without its colon: „130 pm“, „730pm“, „1030 a.m.“.

An outing club keeps its upcoming hikes in a spreadsheet whose time column reads „130 pm“ and
„130pm“ beside „01/09/2022“: the hike starts at 1:30 pm. Three or four figures right before an
am/pm mark can only be an hour of the twelve and its minutes („1230 pm“ is 12:30 pm); the colon
is put back so the clock rules read them. A year („2024 am Markt“: no hour of twelve) or a
number before a German „am“ („Haus 130 am See“: the mark apart from the figures) is left alone.
"""

from __future__ import annotations

from netdir import lazy_re

# The hour 1–12, minutes 00–59, then the mark as ``date_cues`` takes it (lower or upper case,
# dotted or not; a small „am“ only glued to the figures — „Haus 130 am See“ is German); no
# figure, dot, colon or comma before, no letter after.
_COLONLESS = lazy_re.compile(
    r"(?<![\d.:,])(?P<hour>1[0-2]|[1-9])(?P<minutes>[0-5]\d)\s?"
    r"(?P<mark>(?-i:pm|AM|PM|a\.m\.|p\.m\.|A\.M\.|P\.M\.|(?<=\d)am))(?![^\W\d_])"
)


def colons_put_back(text: str) -> str:
    """``text`` with a colon between the hour and the minutes of each colonless am/pm clock."""
    if not any(mark in text for mark in ("m", "M")):
        return text
    return _COLONLESS.sub(r"\g<hour>:\g<minutes> \g<mark>", text)
