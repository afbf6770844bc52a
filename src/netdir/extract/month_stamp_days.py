"""A card dated only by its post's month whose text names the day: „<h2>December 2025 Broomhill
Community Council meeting</h2><p>The December meeting will be held on 10/12 at Broomhill Primary
School.</p><footer><span>November 2025</span> · Broomhill Community Council</footer>“.

A blog theme stamps each post with the month it went up; a council's meeting posts say the
meeting's day in their summary as a day and month without a year („10/12“, „on 14/05“). A reader
takes the day from the summary — which of the two numbers is the month the card's heading settles
when it names a month („December 2025 …“), else the reading nearest the stamp — and its year from
the stamp, the nearest one to the month the post went up. The stamp is when the post was
published, not the meeting.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.calendar_days import month_number
from netdir.normalize.when_this_month import MONTH_NAMES

# „November 2025“: a month and its year, nothing else.
_MONTH_STAMP = lazy_re.compile(r"^\s*(?P<m>[^\W\d_]{3,}\.?)\s+(?P<y>(?:19|20)\d\d)\s*$")
# „10/12“, „14/05“: a day and a month without a year (no third number after a slash or a dot,
# no digit glued on either side).
_DAY_SLASH_MONTH = lazy_re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)")
# „ at Broomhill Primary School.“: the place the sentence names right after the day.
_AT_PLACE = lazy_re.compile(r"\s+at\s+(?:the\s+)?(?P<place>[A-Z][^.;!?]{2,80}?)\s*(?:[.;!?]|$)")
# The month names a heading may hold („December 2025 … meeting“).
_MONTH_WORD = lazy_re.compile(r"\b[^\W\d_]{3,}\b")
#: Months of the year: a reading further than half a year from the stamp lies in the next or the
#: previous year.
_HALF_YEAR = 6


def day_beside_a_month_stamp(reading: BlockReading, text: str) -> None:
    """Date the card by the one slashed day and month its text names when its only date is a
    month stamp; the stamp becomes ``published``."""
    if reading.date_text is None:
        return
    stamp = _MONTH_STAMP.match(reading.date_text)
    stamp_month = month_number(stamp["m"]) if stamp is not None else None
    if stamp is None or stamp_month is None:
        return
    found = list(_DAY_SLASH_MONTH.finditer(text))
    pairs = {(m["a"], m["b"]) for m in found}
    if len(pairs) != 1:
        return  # none, or several days: not one meeting's day
    first, second = (int(n) for n in pairs.pop())
    day = _reading(first, second, stamp_month, _title_months(reading.title))
    if day is None:
        return
    year = int(stamp["y"])
    if day[1] - stamp_month > _HALF_YEAR:
        year -= 1
    elif stamp_month - day[1] > _HALF_YEAR:
        year += 1
    try:
        date(year, day[1], day[0])
    except ValueError:
        return
    reading.published = reading.date_text
    reading.sources["published"] = reading.sources.get("date_text", "listing:")
    reading.date_text = f"{day[0]} {MONTH_NAMES[day[1] - 1]} {year}"
    reading.sources["date_text"] = "listing:day and month in the text + year of the month stamp"
    place = _AT_PLACE.match(text, found[0].end())
    if place is not None and not reading.location_text:
        # „… will be held on 10/12 at Broomhill Primary School.“
        reading.location_text = " ".join(place["place"].split())
        reading.sources["location_text"] = "listing:place after the day in the text"


def _title_months(title: str | None) -> set[int]:
    """The months the heading names by their full English name („Marching Band“ names none)."""
    return {
        _FULL_NAMES[word.lower()]
        for word in _MONTH_WORD.findall(title or "")
        if word.lower() in _FULL_NAMES
    }


_FULL_NAMES = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}


def _reading(first: int, second: int, stamp_month: int, named: set[int]) -> tuple[int, int] | None:
    """(day, month): the day-first reading unless only the month-first one is a date, or the
    heading names the month-first reading's month and not the other's; with both possible and
    no month named, the reading nearest the stamp's month."""
    readings = [(d, m) for d, m in ((first, second), (second, first)) if 1 <= m <= 12 and d <= 31]
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    named_readings = [r for r in readings if r[1] in named]
    if len(named_readings) == 1:
        return named_readings[0]
    return min(readings, key=lambda r: (_months_apart(r[1], stamp_month), readings.index(r)))


def _months_apart(month: int, other: int) -> int:
    gap = abs(month - other) % 12
    return min(gap, 12 - gap)
