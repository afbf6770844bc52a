"""An end clock written after its own weekday: „Sa 12. September / Sa 16:00 bis Sa 23:00 Uhr“ (a
street festival's programme, the leftovers mended in session 65), „Fr 22:00 bis Sa 02:00 Uhr“.

The start's day and clock were read, and the end was lost: the weekday between „bis“ and the
clock hid the range. The end is that weekday's first day on or after the start's day (within the
week) at the clock — the same day for „Sa 16:00 bis Sa 23:00“, the next for „Fr 22:00 bis Sa
02:00“. Only the range that starts at the start's own clock counts, and an end that is not after
the start gives nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import BERLIN, When
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, alternation

_CLOCK = r"(?P<{0}h>[01]?\d|2[0-3])[:.](?P<{0}m>[0-5]\d)"
# „16:00 bis Sa 23:00“, „16:00 Uhr - Sa. 23:00 Uhr“: a clock, „bis“ or a dash, a weekday, a clock
_RANGE_OVER_A_WEEKDAY = lazy_re.compile(
    rf"\b{_CLOCK.format('s')}\s*(?:uhr\s*)?(?:bis|-|–|—)\s*"
    rf"(?P<wd>{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s*{_CLOCK.format('e')}(?!\d)",
    FLAGS,
)


def with_end_after_its_weekday(text: str, found: When) -> When:
    """``found`` ending at the clock written after its weekday (see the module)."""
    start = found.start or ""
    if len(start) < 16 or found.end is not None or found.recurrence:
        return found
    if "bis" not in text.lower() and not any(dash in text for dash in "-–—"):
        return found
    first_day = date.fromisoformat(start[:10])
    start_clock = (int(start[11:13]), int(start[14:16]))
    for match in _RANGE_OVER_A_WEEKDAY.finditer(text):
        if (int(match["sh"]), int(match["sm"])) != start_clock:
            continue
        ahead = (WEEKDAY_ABBREVIATIONS[match["wd"]] - first_day.weekday()) % 7
        ending = datetime.combine(
            first_day + timedelta(days=ahead), time(int(match["eh"]), int(match["em"])), BERLIN
        )
        if ending <= datetime.fromisoformat(start):
            return found
        return replace(found, end=ending.isoformat(), all_day=False)
    return found
