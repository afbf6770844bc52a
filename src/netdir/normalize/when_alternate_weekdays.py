"""A rule whose day is one of two, or whose interval no calendar states, names no day: „Findet
alle anderthalb Wochen dienstags oder samstags statt“, „CoderDojos: Alle zwei Wochen am Freitag
oder Wochenende“, „etwa alle zwei Wochen jeweils Freitags und samstags im Wechsel“ (a hackspace's
plenary and coding club, round 275). The reader learns the days come from a calendar; taking the
first weekday as every week's (or every other week's) would invent a schedule."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_weekday_rules import WD

# „dienstags oder samstags“, „am Freitag oder Wochenende“, „Dienstag oder Mittwoch“
_OR_ANOTHER_DAY = lazy_re.compile(
    r"\b(?:" + WD + r")s?\s+oder\s+(?:am\s+|an\s+einem\s+)?(?:(?:" + WD + r")s?|wochenende)\b",
    FLAGS,
)
# „… Freitags und samstags im Wechsel“, „abwechselnd dienstags und donnerstags“
_ALTERNATING = lazy_re.compile(
    r"\b(?:" + WD + r")s?\s+(?:und|&)\s+(?:" + WD + r")s?\s+im\s+wechsel\b"
    r"|\babwechselnd\s+(?:am\s+)?(?:" + WD + r")s?\s+(?:und|oder|&)\s+(?:" + WD + r")",
    FLAGS,
)
# every week and a half: no RRULE's interval
_HALF_WEEKS = lazy_re.compile(r"\balle\s+anderthalb\s+wochen\b", FLAGS)


def is_alternating_rule(text: str) -> bool:
    """Whether a text's rule falls on one of two days, by turns, or every week and a half."""
    lowered = text.lower()
    if " oder " not in lowered and "wechsel" not in lowered and "anderthalb" not in lowered:
        return False
    return (
        _OR_ANOTHER_DAY.search(text) is not None
        or _ALTERNATING.search(text) is not None
        or _HALF_WEEKS.search(text) is not None
    )
