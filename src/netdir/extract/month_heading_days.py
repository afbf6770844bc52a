"""A block dated only by a month („Juli 2023: Sommerfest“) whose text names the day.

A club's news headings lead with the day („15. November 2025: Ranking-Event“) or, for some
posts, only with the month („Juli 2023: Sommerfest“); the paragraph below then gives the day
(„Am Samstag, den 29. Juli 2023, treffen wir uns ab 15 Uhr …“). Read as the heading says, the
event falls on the first of the month. The day of that month and year that the block's text
names is the day — with the clock stated after it, before the next day the text names. When
the text names several days of the month, the one followed by a clock is the event's
(„Am 22. Januar 2023 beginnt in China das Jahr des Hasen. Am Dienstag, den 24. Januar, wollen
wir … Treffpunkt ist ab 20 Uhr …“); if that is not one day, the month stays. Days listed before
the month word share it („am 10., 11. und 17. November 2018“): the list is the block's days, one
record per day as for any list of days (``when_lists.occurrences``), not the last day alone.
"""

from __future__ import annotations

import re
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.normalize.when_words import MONTHS

# „Juli 2023“, „Okt. 2022“: a month word and a year, nothing else.
_MONTH_YEAR = lazy_re.compile(r"(?P<month>[^\W\d_]{3,})\.?\s+(?P<year>(?:19|20)\d\d)")
# „29. Juli 2023“, „24. Januar“: a day before a month word (the year may follow); days listed
# before it share its month („10., 11. und 17. November 2018“).
_DAY = r"(?:0?[1-9]|[12]\d|3[01])\."
_DAY_MONTH = lazy_re.compile(
    r"(?<![\d.])(?P<listed>(?:" + _DAY + r",?\s+(?:und\s+|&\s+)?)*)"
    r"(?P<day>0?[1-9]|[12]\d|3[01])\.\s*(?P<month>[^\W\d_]{3,})\.?"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?"
)

# „… das Jahr des Hasen. Am Dienstag …“: a sentence ends (a dot after a day's number does not).
# Unlike sentence_ends.SENTENCE_END a stop after an abbreviation („Dr.“) or a bracket ends one
# too: a day and a clock count as one sentence's only when nothing like an end stands between.
_SENTENCE_END = lazy_re.compile(r"(?<![\d\s])[.!?]\s+(?=[A-ZÄÖÜ])")


def day_of_the_month(segment: list[LexborNode], reading: BlockReading) -> None:
    """Replace a month-only ``date_text`` by the one day of that month the block names."""
    heading = _MONTH_YEAR.fullmatch((reading.date_text or "").strip())
    if heading is None or _month(heading["month"]) is None:
        return
    month, year = _month(heading["month"]), heading["year"]
    text = " ".join(visible_text(node) for node in segment)
    days = [
        match
        for match in _DAY_MONTH.finditer(text)
        if _month(match["month"]) == month and match["year"] in (None, year)
    ]
    clocks = {match.start(): _clock_after(text, match, days) for match in days}
    if len({_days_of(match) for match in days}) > 1:
        if any(_one_sentence(text, a, b) for a, b in pairwise(days)):
            return  # „am 4. Mai und am 11. Mai, jeweils 10 Uhr“: the days of one sentence
        days = [match for match in days if clocks[match.start()]]
    if not days or len({_days_of(match) for match in days}) != 1:
        return
    chosen = days[0]
    clock = clocks[chosen.start()]
    reading.date_text = f"{chosen['listed']}{int(chosen['day'])}. {heading['month']} {year}" + (
        f", {clock}" if clock else ""
    )
    source = reading.sources.get("date_text", "listing")
    reading.sources["date_text"] = f"{source} + day:text"


def _days_of(match: re.Match[str]) -> tuple[int, ...]:
    """The days a match names: its listed days („10., 11. und“) and the one before the month."""
    listed = re.findall(r"\d+", match["listed"])
    return (*(int(day) for day in listed), int(match["day"]))


def _one_sentence(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return _SENTENCE_END.search(text, first.end(), second.start()) is None


def _month(word: str) -> int | None:
    try:
        return MONTHS[word.casefold()]
    except KeyError:
        return None


def _clock_after(text: str, day: re.Match[str], days: list[re.Match[str]]) -> str | None:
    """The first clock after the day, before the next day of the month the text names."""
    later = [match.start() for match in days if match.start() > day.start()]
    stop = min(later) if later else len(text)
    clock = TIME_LIKE.search(text, day.end(), stop)
    return clock.group(0) if clock else None
