"""A place's opening days told in a sentence are every such weekday: „Die Bücherei ist Dienstag und
Freitag von 15 bis 18 Uhr geöffnet.“, „Unsere Basisstufe ist Mo/Di/Do/Fr von 8:30 bis 16:00
geöffnet.“, „Unsere Sekundarstufe ist am Mo/Di/Do und Freitag geöffnet.“ (round 205, a school's
stages; the rounds read opening hours as a weekly rule). Before, a weekday without „am“ or
abbreviations joined by slashes gave nothing.

One weekday after „am“ („Die Bücherei ist am Dienstag … geöffnet“) stays that one day: only a
weekday without „am“, or several joined, make the rule.

Hours named by their word, then two weekdays or more: „während unserer Bürozeiten (Mo, Mi, Fr von
10 bis 13:30 Uhr)“, „Öffnungszeiten: Di und Do 15-18 Uhr“ (round 217, an association's office) are
the same weekly rule.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_weekday_rules import RecurrenceMention, rrule_days
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation

# a full weekday name or a German abbreviation written with its capital
_DAY = r"(?:" + alternation(WEEKDAYS) + r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So))\.?"
_JOIN = r"\s*(?:/|,|&|\+|und)\s*"
# „Montag bis Sonntag“, „Mo-Fr“: every day from the first to the last (round 275, a hackspace's
# „Wir haben in der Regel Montag bis Sonntag ab spätestens 19:00 Uhr geöffnet“)
_THROUGH = r"\s*(?:bis|-|–)\s*"
_OPEN_DAYS = lazy_re.compile(
    r"\b(?:ist|sind|bleibt|bleiben|hat|haben)\s+"
    r"(?:(?:jeweils|immer|regelmäßig|in\s+der\s+regel|meistens|normalerweise)\s+)?"
    r"(?P<am>am\s+)?(?P<days>" + _DAY + r"(?:(?:" + _JOIN + r"|" + _THROUGH + r")" + _DAY + r")*)"
    # the hours between, then the word of being open
    r"(?=\s+(?:(?:von|ab|zwischen|jeweils)\s+[^.!?;]{0,40}?\s)?(?:geöffnet|offen)\b)",
    FLAGS,
)
_ONE_DAY = lazy_re.compile(_DAY, FLAGS)
_HOURS_WORDS = ("zeiten", "sprechstunde")
_LABELLED_DAYS = lazy_re.compile(
    r"(?:\b(?:büro|öffnungs|sprech|geschäfts|service|besuchs|beratungs)zeiten"
    r"|\bsprechstunden?\b"
    # (the label's colon or bracket before the days: "VVK: … Öffnungszeiten Mo und Do 14 – 18 Uhr"
    # in an event's text, a box office's hours run into the sentence, are no rule of its own)
    r")\s*(?::|\()\s*(?P<days>" + _DAY + r"(?:" + _JOIN + _DAY + r")+)"
    # the hours right after the days
    r"(?=,?\s+(?:von\s+|ab\s+|jeweils\s+)?\d)",
    FLAGS,
)


def opening_days_rule(text: str) -> RecurrenceMention | None:
    """The weekly rule of the opening days a sentence names (see the module docstring)."""
    lowered = text.lower()
    labelled = _LABELLED_DAYS.search(text) if any(map(lowered.__contains__, _HOURS_WORDS)) else None
    if labelled is not None:
        days = [
            WEEKDAY_ABBREVIATIONS[d.rstrip(".").lower()] for d in _ONE_DAY.findall(labelled["days"])
        ]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *labelled.span("days"))
    if "geöffnet" not in text and "offen" not in text:
        return None
    found = _OPEN_DAYS.search(text)
    if found is None:
        return None
    days = _days_through(found["days"])
    if len(days) == 1 and found["am"]:
        return None  # „ist am Dienstag … geöffnet“: that one day
    return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *found.span("days"))


_THROUGH_RE = lazy_re.compile(_THROUGH, FLAGS)


def _days_through(written: str) -> list[int]:
    """The weekdays a written row names, a range „Montag bis Sonntag“ as every day in it."""
    days: list[int] = []
    through = False
    for day in _ONE_DAY.finditer(written):
        number = WEEKDAY_ABBREVIATIONS[day.group().rstrip(".").lower()]
        if through and days:
            # the days after the range's first up to its last (a range over the week's end wraps)
            first = days[-1]
            days.extend((first + step) % 7 for step in range(1, (number - first) % 7 + 1))
        else:
            days.append(number)
        through = _THROUGH_RE.match(written, day.end()) is not None
    return days
