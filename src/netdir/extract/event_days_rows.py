"""The rows an event's own page lists within the event's days, read as parts of it.

A post about a summer's workshops states its run and place under labels („Date/Time“ /
„Date(s) - 14. 07. 2012 – 29. 07. 2012“, „Location“ / „B-Swingt Berlin“) and names each workshop
in its prose without a year („14. Juli: How to be an Awesome social dancer“). The workshops take
the event's year (``years_from_the_event``); lying within its days, they are held where it is,
unless they name a place of their own. A sidebar of the site's other events may take the year
too, but lies outside the run (or reaches beyond it). The labels' own words („Date/Time“ over
the run's first day) name a fact of the event, not an offering: no row of the list.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.event_page_labels import EXTRACTOR as EVENT_PAGE
from netdir.extract.neighbour_years import FROM_EVENT
from netdir.extract.start_days import day_of_record
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord


def rows_in_the_events_days(
    event: RawRecord, listing: list[RawRecord], today: date
) -> list[RawRecord]:
    """The rows that took their year from the event and all lie within its run of days (none
    when one falls outside: then the list is the site's, not the event's)."""
    if not event.date_text:
        return []
    run = parse_when(event.date_text, today=today)
    first, last = (run.start or "")[:10], (run.end or "")[:10]
    if not first or not last or last <= first:
        return []
    rows = [row for row in listing if FROM_EVENT in row.field_sources.get("date_text", "")]
    days = [day_of_record(row, today, _year(row)) for row in rows]
    if not rows or not all(day and first <= day <= last for day in days):
        return []
    return rows


def without_the_events_labels(event: RawRecord, listing: list[RawRecord]) -> list[RawRecord]:
    """The list without rows named by a label the event's facts stand under („Date/Time“)."""
    labels = {
        source.removeprefix(f"{EVENT_PAGE}:").removesuffix(":").casefold()
        for source in event.field_sources.values()
        if source.startswith(f"{EVENT_PAGE}:") and source.endswith(":")
    }
    return [row for row in listing if (row.title or "").strip().casefold() not in labels]


def _year(row: RawRecord) -> int | None:
    year = row.extra.get(PAGE_YEAR)
    return int(year) if isinstance(year, str) and year.isdigit() else None
