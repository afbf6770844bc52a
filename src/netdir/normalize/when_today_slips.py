"""„heute“ beside a written day that slipped: the post's own day is meant.

A city's blog post of Wednesday 20 May 2020 says „wählt euch heute (Mittwoch, 20.04.2020) um 19:00
… ein“: 20 April 2020 was a Monday, the post's day is a Wednesday, and „heute“ is the post's day.
The written date slipped in one figure (the month typed one too low); the weekday and the word
„heute“ both name the day the post went up. Only a slip in one figure of the day, the month or the
year is read so: a written day that differs more is another day the text names.

A bracketed day after „kommenden“ or „nächsten“ and a weekday is read so too when it lies before
the text was written and is not that weekday: a makerspace's minutes of Wednesday 26 February 2020
say „am kommenden Samstag (1.1.2020) ist Mitgliederversammlung … ab 11:00 Uhr“ (round 314) — New
Year's Day was weeks past and a Wednesday; the coming Saturday, 29 February, is the meeting's day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from netdir import lazy_re
from netdir.normalize.when_mentions import first_day_and_weekday
from netdir.normalize.when_value import BERLIN, When, safe_date
from netdir.normalize.when_words import GERMAN_WEEKDAYS

_TODAY = lazy_re.compile(r"\b(?:heute|today)\b", re.IGNORECASE)
_WEEKDAYS = {word.lower(): day for word, day in GERMAN_WEEKDAYS.items()}
# „am kommenden Samstag (1.1.2020)“: a coming weekday, then its written day in brackets
_COMING_WEEKDAY_DAY = lazy_re.compile(
    r"\b(?P<which>kommenden|nächsten|diesen)\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\s*"
    r"\(\s*(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>(?:19|20)?\d\d)\s*\)",
    re.IGNORECASE,
)


def today_over_a_slip(text: str, found: When, page_date: date | None) -> When:
    """``found`` moved to ``page_date`` when the text says „heute“, the weekday written beside
    its first day is not that day's but ``page_date``'s, and the written day differs from
    ``page_date`` in one figure only; else ``found`` unchanged."""
    if page_date is None or found.start is None or _TODAY.search(text) is None:
        return found
    written = first_day_and_weekday(text, page_date)
    if written is None:
        return found
    mention, weekday = written
    if mention.year is None:
        return found
    day = safe_date(mention.year, mention.month, mention.day)
    if day is None or day.weekday() == weekday or page_date.weekday() != weekday:
        return found
    if found.start[:10] != day.isoformat() or not _one_figure_apart(day, page_date):
        return found
    shift = page_date - day
    return replace(found, start=_moved(found.start, shift), end=_moved(found.end, shift))


def coming_weekday_over_a_slip(text: str, found: When, reference: date) -> When:
    """``found`` moved to the coming weekday the text names („am kommenden Samstag (1.1.2020)“)
    when its start is the bracketed day written beside it, that day lies before ``reference``
    (the day the text was written) and is not that weekday; else ``found`` unchanged."""
    if found.start is None or "(" not in text:
        return found
    match = _COMING_WEEKDAY_DAY.search(text)
    if match is None:
        return found
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    written = safe_date(year, int(match["m"]), int(match["d"]))
    weekday = _WEEKDAYS[match["weekday"].lower()]
    if written is None or found.start[:10] != written.isoformat():
        return found
    if written.weekday() == weekday or written >= reference:
        return found
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and match["which"].lower() != "diesen":
        ahead = 7  # „kommenden Samstag“ said on a Saturday: next week's
    shift = reference + timedelta(days=ahead) - written
    return replace(found, start=_moved(found.start, shift), end=_moved(found.end, shift))


def _one_figure_apart(written: date, meant: date) -> bool:
    differing = (
        written.day != meant.day,
        written.month != meant.month,
        written.year != meant.year,
    )
    return sum(differing) == 1


def _moved(stamp: str | None, shift: timedelta) -> str | None:
    """The stamp ``shift`` days later at the same wall clock (a Berlin offset follows the
    season: April's +02:00 stays, January's +01:00 would become +02:00 in May)."""
    if stamp is None:
        return None
    if len(stamp) == len("2020-05-20"):
        return (date.fromisoformat(stamp) + shift).isoformat()
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None and moment.utcoffset() == moment.astimezone(BERLIN).utcoffset():
        local = moment.replace(tzinfo=None) + shift
        return local.replace(tzinfo=BERLIN).isoformat()
    return (moment + shift).isoformat()
