"""The ISO day a record or a date text starts on, as the extractors compare rows by their day.

A listing's step that pairs rows by day (the lead's „Scheduled for 7.00pm Tuesday 18 August“ and
the row „18 August 2026“, a council's agenda and minutes of one meeting, the next meeting a line
announces and the schedule's row of that day) reads each row's day the same way: its machine
start when it has one, else its date text read as of the page's day.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from netdir.normalize.when import parse_when


class Dated(Protocol):
    """A record or a block's reading: its machine start and its date text."""

    @property
    def start(self) -> str | None: ...

    @property
    def date_text(self) -> str | None: ...


def day_of_text(text: str | None, today: date, year: int | None = None) -> str | None:
    """„2026-08-18“ for the date text „Tuesday 18 August“ read on a day of 2026; None when the
    text names no start. ``year``: the year the page's context states for the text
    (``parse_when``'s, e.g. ``record_year(record.extra)``)."""
    start = parse_when(text, today=today, year=year).start if text else None
    return start[:10] if start else None


def day_of_record(record: Dated, today: date, year: int | None = None) -> str | None:
    """The day ``record`` starts on: its machine start's, else its date text's
    (``day_of_text``, with ``year``)."""
    return record.start[:10] if record.start else day_of_text(record.date_text, today, year)
