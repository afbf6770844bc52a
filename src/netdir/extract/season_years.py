"""The rows of a season's list lie in its first year until the list turns, then in its second.

A repair café lists its next Saturdays as boxes „29.11“, „17.01“, „21.02“ under „Nächste Termine
2025/2026“. The heading names a season of two years (``heading_year_above`` gives its first year,
marked as a season's): the list opens the season in 2025, and once its months turn from a later
one to an earlier one (November, then January) New Year lies between — the rows from the turn on
lie in 2026. The turn must fall in a gap that can hold New Year (at most four months from the
last row before it to the first after it, one year on): „17 Nov“, then „8 Sep“ under „Schuljahr
2025/2026“ is an archive running back, not September 2026. A row whose day cannot be read, or a
second turn (a season spans one New Year), leaves the rows as the heading gave them.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.heading_year_above import SEASON
from netdir.extract.neighbour_years import give_year
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord

FROM_SEASON = " + year:the season's second year"
_MAX_NEW_YEAR_GAP = 120  # days from the last row before New Year to the first after it


def years_across_the_season(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` (one listing's rows in page order) with the rows after the season's turn in
    its second year."""
    seasonal = [
        record
        for record in records
        if record.date_text
        and PAGE_YEAR in record.extra
        and record.field_sources.get("date_text", "").endswith(SEASON)
    ]
    if len(seasonal) < 2 or len({record.extra[PAGE_YEAR] for record in seasonal}) != 1:
        return records
    first = int(seasonal[0].extra[PAGE_YEAR])
    days: list[date] = []
    for record in seasonal:
        start = parse_when(record.date_text, today=today, year=first).start
        if start is None:
            return records
        days.append(date.fromisoformat(start[:10]))
    turns = [index for index in range(1, len(days)) if days[index].month < days[index - 1].month]
    if len(turns) != 1:
        return records
    before, after = days[turns[0] - 1], days[turns[0]]
    try:
        gap = (after.replace(year=after.year + 1) - before).days
    except ValueError:  # a 29 February that the next year lacks
        return records
    if not 0 < gap <= _MAX_NEW_YEAR_GAP:
        return records
    for record in seasonal[turns[0] :]:
        give_year(record, first + 1, FROM_SEASON)
    return records
