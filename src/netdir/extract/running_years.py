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
March) once, its days in both stretches running the list's way and the second stretch ending
before the first began (a year's calendar from December to April, an archive from March back to
the October before), crosses New Year there: the stretch after the turn lies one year on (back,
for an archive), and the first stretch's year is the one that most rows' nearest-year guesses
agree with — a Metropolie's cards „25 DEZ“ … „20 APR“, „25 APR“ saved in October: 2025, then
2026 for all of January to April, although „25 APR“ alone is nearer as last April.

A list that turns twice or more spans more than a year, and nobody plans years ahead in days
without a year: it is a log kept as the days came — a reading group's table of papers, „3rd
December“ … „14th December“, „3rd February“ … „30rd June“, saved in July: its newest row (the last
of a list running forward, the first of an archive) is the one nearest the page's day and keeps
its own nearest-year guess, and each turn towards the older end is one New Year further back
(2019, 2020, 2021, not all of it in 2021 with December ahead). Every turn must fall in a gap that
can hold New Year, as with one turn.
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
_MAX_NEW_YEAR_GAP = 120  # days between the last row before New Year and the first after it


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
    """Every row's year when the months run in ``step``'s direction, turning at most once (at
    New Year); None otherwise. Without a turn every row takes the first row's guessed year. One
    day of a month out of order (a roster's „24.“ before its „22.“ October) does not turn the
    list — no year can begin between two days of one month — as long as more days of the list's
    months run its way than against it."""
    along = against = 0
    turns: list[int] = []  # index of the first row after each of the list's turns
    for index, ((_, before), (_, here)) in enumerate(itertools.pairwise(days), start=1):
        if here.month != before.month:
            if (here.month > before.month) != (step == 1):
                turns.append(index)
        elif here.day != before.day:
            if (here.day > before.day) == (step == 1):
                along += 1
            else:
                against += 1
    if against > _SLIPS or (against and against >= along):
        return None
    if not turns:
        return [days[0][1].year] * len(days)
    if len(turns) == 1:
        return _years_across_new_year(days, turns[0], step)
    return _years_of_a_log(days, turns, step)


def _years_of_a_log(
    days: list[tuple[RawRecord, date]], turns: list[int], step: int
) -> list[int] | None:
    """The years of a list that turns at each of ``turns`` (two or more): the newest row keeps its
    own guessed year, each stretch before it one year older. Every turn must lie in a gap that can
    hold New Year (as ``_years_across_new_year`` asks); otherwise the order is not a calendar's."""
    for turn in turns:
        if not 0 < _new_year_gap(days[turn - 1][1], days[turn][1], step) <= _MAX_NEW_YEAR_GAP:
            return None
    # The stretch of each row: 0 before the first turn, len(turns) after the last.
    stretch = [sum(index >= turn for turn in turns) for index in range(len(days))]
    if step == 1:  # running forward: the last row is the newest
        newest = days[-1][1].year
        return [newest - (len(turns) - k) for k in stretch]
    newest = days[0][1].year  # an archive: the first row is the newest
    return [newest - k for k in stretch]


def _new_year_gap(before: date, after: date, step: int) -> int:
    """Days from ``before`` to ``after`` taken one year on (``step``); 0 when the day does not
    exist that year (a 29 February)."""
    try:
        return (date(before.year + step, after.month, after.day) - before).days * step
    except ValueError:
        return 0


def _years_across_new_year(
    days: list[tuple[RawRecord, date]], turn: int, step: int
) -> list[int] | None:
    """The years of a list that turns once, at row ``turn``: the rows after the turn lie one year
    on (``step``), the first stretch in the year most rows' own guesses agree with. The second
    stretch must end before the first begins (within one year's span: a list running past its
    own start again is two years' worth, or no year's order at all)."""
    first = (days[0][1].month, days[0][1].day)
    last = (days[-1][1].month, days[-1][1].day)
    if (last >= first) if step == 1 else (last <= first):
        return None
    # New Year lies in the gap: „25 DEZ“ then „15 JAN“. A list that jumps from May back to
    # April, or from September to March, has a row out of its order (a featured or a past
    # offering), not a year's turn.
    before, after = days[turn - 1][1], days[turn][1]
    try:
        across = (date(before.year + step, after.month, after.day) - before).days * step
    except ValueError:  # a 29 February that the other year lacks
        return None
    if not 0 < across <= _MAX_NEW_YEAR_GAP:
        return None
    guessed = [day.year for _, day in days]

    def agreeing(anchor: int) -> int:
        years = _stretches(anchor, turn, step, len(days))
        return sum(a == b for a, b in zip(years, guessed, strict=True))

    best = max((guessed[0], guessed[0] - 1, guessed[0] + 1), key=agreeing)
    # The order mends a minority of guesses; it does not overrule most rows' own years.
    if 2 * agreeing(best) <= len(days):
        return None
    return _stretches(best, turn, step, len(days))


def _stretches(anchor: int, turn: int, step: int, count: int) -> list[int]:
    """``anchor`` for the rows before the turn, the year ``step`` on for the rest."""
    return [anchor] * turn + [anchor + step] * (count - turn)
