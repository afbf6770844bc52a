"""„On Friday 20th March, starting at 5pm, … will be running a 24hr jogathon“, „24-Stunden-Lauf ab
12 Uhr“: an event the text calls a day and a night long, with only its starting clock, ends 24
hours later (the next day at the same clock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When, with_times

# "24hr", "24-hour", "24 hours", "24h", "24-Stunden", "24 Std." (not "24.", a day, nor "24 hours
# a day", opening hours, nor "within 24 hours", a reply time)
_ROUND_THE_CLOCK = lazy_re.compile(
    r"(?<![\d.,:])(?<!within\s)(?<!innerhalb\s)24\s*-?\s*(?:hrs?|hours?|h|stunden|std)\b"
    r"(?!\s*(?:a|per|/)\s*(?:day|tag)\b)",
    FLAGS,
)


def round_the_clock(found: When, text: str) -> When:
    """``found`` ending 24 hours after its start when the text says the event lasts that long."""
    if found.start is None or found.end is not None or found.all_day or "24" not in text:
        return found
    if _ROUND_THE_CLOCK.search(text) is None:
        return found
    begin = datetime.fromisoformat(found.start)
    day = date(begin.year, begin.month, begin.day)
    clock = begin.timetz().replace(tzinfo=None)
    return with_times(day, day + timedelta(days=1), (clock, clock))
