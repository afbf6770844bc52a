"""A data file's date kept as arrays of numbers: ``[[15, 12, 2022], [20, 0]]``.

A music magazine's app (Leipzig's „Lautsprecher“) keeps each event's start and end as a pair of
arrays, the day ``[day, month, year]`` and the clock ``[hour, minute]``, the way its form's
date and time pickers hand them over; a clock not known yet is an empty array (``[[26, 12,
2022], []]``), a date not known yet two (``[[], []]``). No date reader knew numbers in arrays,
so the file gave no record at all. The pair reads as the ISO day and clock it states. The
year's place tells the order: last for day, month, year (as the app writes it), first for
year, month, day. A flat array or one of numbers alone is no such date — JavaScript's
``[2022, 11, 15]`` counts months from 0, a coordinate pair ``[51.3, 12.4]`` is no day.
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when_value import safe_date


def array_stamp(value: object) -> str | None:
    """``[[day, month, year], [hour, minute]]`` (or ``[[year, month, day], …]``) as
    ``YYYY-MM-DDTHH:MM``; the day alone where the clock array is empty; None for anything
    else, an empty day array among it."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    day_part, clock_part = value
    day = _day(day_part)
    if day is None or not isinstance(clock_part, list):
        return None
    if not clock_part:
        return day.isoformat()
    clock = _numbers(clock_part)
    if clock is None or len(clock) not in (2, 3):
        return None
    hour, minute = clock[0], clock[1]
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _day(part: object) -> date | None:
    numbers = _numbers(part)
    if numbers is None or len(numbers) != 3:
        return None
    first, month, last = numbers
    if 1000 <= last <= 9999 and 1 <= first <= 31:
        return safe_date(last, month, first)
    if 1000 <= first <= 9999 and 1 <= last <= 31:
        return safe_date(first, month, last)
    return None


def _numbers(part: object) -> list[int] | None:
    """The whole numbers of an array (never bools), None if any member is something else."""
    if not isinstance(part, list):
        return None
    numbers: list[int] = []
    for member in part:
        if isinstance(member, bool) or not isinstance(member, int):
            return None
        numbers.append(member)
    return numbers
