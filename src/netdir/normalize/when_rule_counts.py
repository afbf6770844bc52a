"""A rule's words that make no schedule: a count of times a day („Täglich startet jeder Schüler
durchschnittlich 4-5 Mal.“) and weekdays within weeks the text does not date („Die Kurse laufen in
den zwei Wochen von montags bis freitags.“).

„täglich“ and „montags bis freitags“ read as a daily or weekly rule, whose next day would be the
page's. A sentence counting how often something happens each day tells an average, not when; a
course's weekdays „in den zwei Wochen“ belong to the course's own weeks, which the sentence leaves
to another line — neither starts on the coming day. A clock in the sentence keeps the rule
(„täglich 2 Mal um 10 und 15 Uhr“ is a schedule).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# "4-5 Mal", "3 mal am Tag": how often, not when (never "einmal im Monat", "zweimal pro Woche":
# a rule's frequency, said in words).
_TIMES_A_DAY = lazy_re.compile(r"\b\d+(?:\s*[-–]\s*\d+)?\s*mal\b", FLAGS)
# "in den zwei Wochen", "während der beiden Wochen", "in den 14 Tagen": a span of weeks not dated.
_UNDATED_WEEKS = lazy_re.compile(
    r"\b(?:in|während)\s+(?:den|der)\s+(?:beiden|zwei|drei|vier|\d{1,2})\s+(?:wochen|tagen|tage)\b",
    FLAGS,
)
_CLOCK = lazy_re.compile(r"\d\s*(?:uhr\b|[:.][0-5]\d)", FLAGS)


def makes_no_schedule(text: str) -> bool:
    """Whether a rule's sentence only counts how often, or places its weekdays in weeks it does not
    date (see the module's note); never when it names a clock."""
    if _CLOCK.search(text) is not None:
        return False
    return _TIMES_A_DAY.search(text) is not None or _UNDATED_WEEKS.search(text) is not None
