"""A list of three or more following days, commas between them and "und" before the last
(„am 19.5., 20.5. und 21.5.“, „Pfingstsamstag, Pfingstsonntag und Pfingstmontag“), is one run
from the first day to the last, as two following days joined by "und" are (``when_days``); a gap
anywhere in the list leaves the days separate (the first is the start).
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_pairs import AND_DAY_GAP, following_days

# ", " then an optional "am" and weekday before the next listed day ("19.5., Sonntag, 20.5.")
_COMMA_DAY_GAP = lazy_re.compile(
    r"^\s*,\s*(?:am\s+|on\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+|the\s+)?$", FLAGS
)


def following_list_end(text: str, mentions: list[Mention], reference: date) -> Mention | None:
    """The last day of a comma list of following days ending in "und …" that opens ``mentions``,
    or None when the mentions are no such list (fewer than three, a gap, other words between)."""
    for index in range(1, len(mentions)):
        before, day = mentions[index - 1], mentions[index]
        if before.end_day is not None or day.end_day is not None:
            return None
        if (before.feast is None) != (day.feast is None):
            return None
        if not following_days(before, day, reference):
            return None
        gap = text[before.end : day.start]
        if AND_DAY_GAP.match(gap):
            return day if index >= 2 else None
        if _COMMA_DAY_GAP.match(gap) is None:
            return None
    return None
