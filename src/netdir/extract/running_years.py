"""The years of a list of days that writes none, from the order the list runs in.

A village club's cards „30 Mai“, „7 Juni“, „11 Sep“, „12 Sep“, „28 Dez“ name no year. Each day
alone goes to the year nearest the page's day (``when.infer_year``): saved on 18 May 2026, „28
Dez“ is nearer as last December than as next. A reader sees a list running forward from May and
reads December after September, in the same year. When every dated row of one list is yearless
and its months in page order run one way (forward, or backward for an archive) without turning —
one day of a month out of order, a roster's „24.“ before its „22.“ October, is a slip, no turn,
while more of the list's days in a month run its way — the first row's nearest year holds for
the whole list; a row whose year this changes carries it for the normalizer (``extra["page_year"]``,
as ``neighbour_years`` does) and its date's provenance says so. A list that turns (December, then
March) is left to the nearest-year guess: whether it runs on into the next year or back into the
last is not told by the order alone.
"""

from __future__ import annotations

import itertools
from datetime import date

from netdir.extract.block_text import names_a_day
from netdir.extract.neighbour_years import give_year, yearless
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from the order of the list.
FROM_ORDER = " + year:order of the list"
#: A list shows its direction in at least this many yearless days.
_MIN_DAYS = 3
_SLIPS = 1  # days of one month out of order that a list running one way may hold


def years_along_the_list(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` (one listing's rows in page order) with the years their order implies."""
    # Rows that name a day; a monthly offer („Monatlich · 15:30 Uhr“) has no place in the order.
    dated = [
        record
        for record in records
        if record.start or (record.date_text and names_a_day(record.date_text))
    ]
    if len(dated) < _MIN_DAYS or not all(yearless(record) for record in dated):
        return records
    days: list[tuple[RawRecord, date]] = []
    for record in dated:
        start = parse_when(record.date_text, today=today).start
        if start is None:
            return records  # a row this reading cannot date: the order is not known
        days.append((record, date.fromisoformat(start[:10])))
    # A list running forward, or an archive running backward, within one year.
    years = _years(days, 1) or _years(days, -1)
    if years is None:
        return records
    for (record, guessed), year in zip(days, years, strict=True):
        if year != guessed.year:
            give_year(record, year, FROM_ORDER)
    return records


def _years(days: list[tuple[RawRecord, date]], step: int) -> list[int] | None:
    """The first row's guessed year for every row when the months run in ``step``'s direction
    without turning; None otherwise. One day of a month out of order (a roster's „24.“ before its
    „22.“ October) does not turn the list — no year can begin between two days of one month —
    as long as more days of the list's months run its way than against it."""
    along = against = 0
    for (_, before), (_, here) in itertools.pairwise(days):
        if here.month != before.month:
            if (here.month > before.month) != (step == 1):
                return None
        elif here.day != before.day:
            if (here.day > before.day) == (step == 1):
                along += 1
            else:
                against += 1
    if against > _SLIPS or (against and against >= along):
        return None
    return [days[0][1].year] * len(days)
