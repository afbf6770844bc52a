"""The year a list's weekdays name.

„Samstag 13.09.“ and „Sonntag 14.09.“ on the programme of an exhibition, saved two and a half
years after it: each day alone goes to the year nearest the page's day (``when.infer_year``),
where 13 September is a Wednesday, and the weekday beside a day moves it only to a neighbouring
year (``when_value.year_matching_weekday``: further off, a lone weekday is as likely a typo).
Across a list it is no typo: when the list's yearless days written with a weekday — two or
more, on different days — do not all fall on their weekdays as read, and one year within
``_YEARS_BACK`` years back or ``_YEARS_AHEAD`` ahead fits every one of them, the nearest such
year is the list's. Each yearless row carries it for the normalizer (``extra["page_year"]``, as
``neighbour_years`` does) and its date's provenance says so.

When no year fits every weekday, one row's weekday may be the slip: „<b>11. November</b> (Sa)“
over „<b>23. November</b> (Mi)“ on a museum's list saved on 1 November 2016 — 23 November 2016
was a Wednesday, 11 November a Friday. Alone, the Saturday would move 11 November to 2017
(``year_matching_weekday``), a year after the row below it. When every other weekday of the list
falls on its day in the day's nearest year, and the one that does not keeps the list's page
order only in its nearest year, that row keeps its nearest year too (``_slipped_weekday``).
"""

from __future__ import annotations

from datetime import date

from netdir.extract.neighbour_years import give_year, yearless
from netdir.extract.start_days import day_of_text
from netdir.normalize.when import parse_when
from netdir.normalize.when_mentions import first_day_and_weekday
from netdir.normalize.when_value import infer_year, safe_date
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from the list's weekdays.
FROM_WEEKDAYS = " + year:weekdays of the list"
#: Provenance suffix of a row whose lone wrong weekday the list's other rows outweigh.
FROM_SLIP = " + year:nearest, its weekday a slip beside the list's"
_YEARS_BACK = 6
_YEARS_AHEAD = 2
_MIN_DAYS = 2


def years_the_weekdays_name(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` (one listing's rows), the yearless ones given the year their weekdays name."""
    rows = [record for record in records if yearless(record)]
    days: list[tuple[int, int, int]] = []  # month, day, weekday
    written: list[RawRecord] = []  # the rows of ``days``
    misread = False
    for record in rows:
        assert record.date_text is not None
        beside = first_day_and_weekday(record.date_text, today)
        if beside is None or beside[0].feast is not None:
            continue
        first, weekday = beside
        days.append((first.month, first.day, weekday))
        written.append(record)
        start = parse_when(record.date_text, today=today).start
        misread = misread or start is None or date.fromisoformat(start[:10]).weekday() != weekday
    if len({(month, day) for month, day, _ in days}) < _MIN_DAYS:
        return records
    # Rows read on their weekdays may still hold one weekday moved a year off alone.
    year = _nearest_fitting_year(days, today) if misread else None
    if year is None:
        _slipped_weekday(written, days, today)
        return records
    for record in rows:
        give_year(record, year, FROM_WEEKDAYS)
    return records


def _nearest_fitting_year(days: list[tuple[int, int, int]], today: date) -> int | None:
    """The year nearest ``today`` (by the list's first day) in which every day is its weekday."""
    month, day, _ = days[0]
    candidates = range(today.year - _YEARS_BACK, today.year + _YEARS_AHEAD + 1)

    def distance(year: int) -> int:
        first = safe_date(year, month, day)
        return abs((first - today).days) if first is not None else 10**6

    for year in sorted(candidates, key=distance):
        fits = (safe_date(year, m, d) for m, d, _ in days)
        if all(
            found is not None and found.weekday() == weekday
            for found, (_, _, weekday) in zip(fits, days, strict=True)
        ):
            return year
    return None


def _slipped_weekday(rows: list[RawRecord], days: list[tuple[int, int, int]], today: date) -> None:
    """The one row of ``rows`` (their ``days`` in page order) whose weekday misses its day in the
    day's nearest year, while every other row's weekday fits, keeps that nearest year when it
    keeps the list running forward there and the year its weekday names would break the run."""
    nearest = [safe_date(infer_year(m, d, today), m, d) for m, d, _ in days]
    misses = [
        index
        for index, (found, (_, _, weekday)) in enumerate(zip(nearest, days, strict=True))
        if found is None or found.weekday() != weekday
    ]
    if len(misses) != 1 or len(days) < _MIN_DAYS:
        return
    index = misses[0]
    near = nearest[index]
    date_text = rows[index].date_text
    day = day_of_text(date_text, today)
    if near is None or day is None:
        return
    moved = date.fromisoformat(day)
    before = [found for found in nearest[:index] if found is not None]
    after = [found for found in nearest[index + 1 :] if found is not None]

    def in_order(day: date) -> bool:
        return (not before or before[-1] <= day) and (not after or day <= after[0])

    if moved != near and in_order(near) and not in_order(moved):
        give_year(rows[index], near.year, FROM_SLIP)
