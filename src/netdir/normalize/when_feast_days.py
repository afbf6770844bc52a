"""Holidays named instead of days („Ostermontag bis 31. Oktober“, „Heiligabend, 16 Uhr“) among a
text's dated mentions, and the Advent weekends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_context import stated_year
from netdir.normalize.when_feasts import (
    FeastMention,
    advent_weekend,
)
from netdir.normalize.when_former_customs import is_standing_custom
from netdir.normalize.when_grammar import CONNECTOR, FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_value import YEAR_WINDOW, When, infer_year, safe_date, whole_day


def with_feasts(
    text: str, mentions: list[Mention], reference: date, feasts: list[FeastMention]
) -> list[Mention]:
    """The date mentions with the holidays named among them: every holiday when the text names
    no other day ("Heiligabend, 16 Uhr"), else only one joined to a date as a range's other end
    ("Ostermontag bis 31.Oktober"; "Ostermontag, 10. April" is that date's name, not a second
    day)."""
    relative = [f for f in feasts if f.relative]
    if relative and mentions:
        # "der Freitag nach dem St.Martinsfest (11.November)": the date in brackets is the
        # holiday's own, explained; the day meant is the Friday after it.
        # "am Sonntag nach dem 6. Dezember": the date is the anchor, inside the name.
        mentions = [
            m
            for m in mentions
            if not any(_explains(text, f, m) or f.start <= m.start < f.end for f in relative)
        ]
    if mentions:
        named = [f for f in feasts if _names_a_date(text, f, mentions)]
        if named:
            # "May 23 through Labor Day, Monday, September 7": the name belongs to the date after
            # it, so "through" joins the two dates
            mentions = [_named_from(text, m, named) if i else m for i, m in enumerate(mentions)]
        feasts = [f for f in feasts if f not in named and _joins_a_date(text, f, mentions)]
        if not feasts:
            return mentions
    runs = [f for f in feasts if f.days > 1]
    if runs and mentions:
        # „am 1. und 2. Weihnachtsfeiertag“: the ordinals inside the name are no dates
        mentions = [m for m in mentions if not any(f.start <= m.start < f.end for f in runs)]
    taken = [(m.start, m.end) for m in mentions]
    added = [
        _feast_mention(feast, reference)
        for feast in feasts
        if not any(begin < feast.end and feast.start < finish for begin, finish in taken)
    ]
    ordered = sorted([*mentions, *added], key=lambda m: m.start)
    return [m for i, m in enumerate(ordered) if not i or not _same_feast_day(ordered[i - 1], m)]


def _same_feast_day(before: Mention, mention: Mention) -> bool:
    """„am vierten Sonntag im Advent, der in diesem Jahr gleichzeitig Heiligabend ist“ (round
    325): a second holiday on the first one's day names that day again, no day of its own."""
    return (
        before.feast is not None
        and mention.feast is not None
        and before.end_day is None
        and mention.end_day is None
        and (before.month, before.day) == (mention.month, mention.day)
    )


_AND = lazy_re.compile(r"\b(?:und|and|sowie)\b|&", FLAGS)


def separate_feasts(text: str, first: Mention, second: Mention) -> bool:
    """ "an Heiligabend und Silvester": two holidays (or a holiday and a date) joined by "und"
    are two days, not a period."""
    if first.feast is None and second.feast is None:
        return False
    if second.feast is not None and second.end_day is not None and _next_day(first, second):
        # „am vierten Sonntag im Advent, der … Heiligabend ist, und an den beiden
        # Weihnachtsfeiertagen“ (round 325): Christmas Eve and the two holidays after it follow
        # each other, one run as two following days joined by „und“ are
        return False
    return _AND.search(text[first.end : second.start]) is not None


# „am vierten Sonntag im Advent, der in diesem Jahr gleichzeitig Heiligabend ist, und an den
# beiden Weihnachtsfeiertagen“ (round 325): a relative clause saying what the first holiday is.
_ASIDE = lazy_re.compile(
    r"^\s*,\s*(?:der|die|das)\s[^,.;!?]{0,80}?\b(?:ist|sind|war|waren)\s*(?=,)", FLAGS
)


def feast_gap(text: str, first: Mention, second: Mention) -> str:
    """The text between two holidays, less a relative clause on the first right after it
    (``_ASIDE``), which parts no run the connector after it makes."""
    gap = text[first.end : second.start]
    if first.feast is None or second.feast is None:
        return gap
    aside = _ASIDE.match(gap)
    return gap[aside.end() :] if aside is not None else gap


def _next_day(first: Mention, second: Mention) -> bool:
    """Whether ``second`` starts the day after ``first`` ends (month and day; a leap year's)."""
    last = safe_date(2000, first.month, first.end_day or first.day)
    following = safe_date(2000, second.month, second.day)
    return last is not None and following is not None and following - last == timedelta(days=1)


def _joins_a_date(text: str, feast: FeastMention, mentions: list[Mention]) -> bool:
    for mention in mentions:
        if mention.start >= feast.end and CONNECTOR.match(text[feast.end : mention.start]):
            return True
        if mention.end <= feast.start and CONNECTOR.match(text[mention.end : feast.start]):
            return True
    return False


# "through Labor Day, Monday, September 1, 2025": the holiday is the name of the date after it.
_NAMING_GAP = lazy_re.compile(r"[\s,(]*(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|the\s+)?$", FLAGS)
_BRACKET_GAP = lazy_re.compile(r"\s*\(\s*$")


def _explains(text: str, feast: FeastMention, mention: Mention) -> bool:
    return (
        mention.start >= feast.end
        and _BRACKET_GAP.match(text[feast.end : mention.start]) is not None
    )


def _names_a_date(text: str, feast: FeastMention, mentions: list[Mention]) -> bool:
    return any(
        mention.start >= feast.end and _NAMING_GAP.match(text[feast.end : mention.start])
        for mention in mentions
    )


def _named_from(text: str, mention: Mention, named: list[FeastMention]) -> Mention:
    for feast in named:
        if mention.start >= feast.end and _NAMING_GAP.match(text[feast.end : mention.start]):
            return replace(mention, start=feast.start)
    return mention


def _feast_mention(feast: FeastMention, reference: date) -> Mention:
    """The holiday as a yearless mention on its nearest day (the year is settled later), or on
    its day in the year written after it ("Pfingstsonntag 2018")."""
    if feast.days > 1:
        # both Christmas holidays: a run inside the one mention, as "March 12–14" is
        mention = _feast_mention(replace(feast, days=1), reference)
        return replace(mention, end_day=mention.day + feast.days - 1)
    if feast.year is not None:
        named = feast.day_in(feast.year)
        return Mention(
            feast.start, feast.end, named.day, named.month, feast.year, feast=feast.day_in
        )
    stated = stated_year(reference)
    if stated is not None:
        named = feast.day_in(stated)
        return Mention(feast.start, feast.end, named.day, named.month, None, feast=feast.day_in)
    candidates = [feast.day_in(year) for year in range(reference.year - 1, reference.year + 2)]
    near = [day for day in candidates if abs(day - reference) <= YEAR_WINDOW]
    day = min(near, key=lambda d: (abs((d - reference).days), d < reference)) if near else None
    if day is None:
        day = next(d for d in candidates if d >= reference)
    return Mention(feast.start, feast.end, day.day, day.month, None, feast=feast.day_in)


def advent_weekend_when(text: str, reference: date) -> When | None:
    """ "nicht am zweiten Adventswochenende": the Saturday and Sunday of that Advent weekend."""
    named = advent_weekend(text)
    if named is None:
        return None
    day_in, one_day = named
    nearest = _feast_mention(FeastMention(0, 0, day_in), reference)
    day = day_in(infer_year(nearest.month, nearest.day, reference))
    if day < reference and is_standing_custom(text):
        # „Jedes Jahr am 1. Adventswochenende verkaufen wir …“ read in February (round 324): a
        # yearly custom's coming weekend, not last December's
        day = day_in(day.year + 1)
    if one_day:  # "Montag vor dem 1.Adventwochenende"
        return whole_day(day)
    return When((day - timedelta(days=1)).isoformat(), day.isoformat(), True, "day")


def year_of_feast(feasts: list[FeastMention], year: int, month: int, day: int) -> int:
    for candidate in (year, year + 1, year - 1):
        if any(feast.day_in(candidate) == safe_date(candidate, month, day) for feast in feasts):
            return candidate
    return year
