"""The year of a listing row that writes none, from the rows around it.

A club's list "05.03.2026 | 12.03. | 20.03.2026" writes the year on some rows only. A row without
a year between two rows of the same list that both state one and the same year lies in that year,
whichever way the list is sorted (a list running across New Year, "28.12.2025 | 03.01. |
10.01.2026", has different years around the row and is left to the nearest-year guess). The row
carries the year for the normalizer (``extra["page_year"]``, read by ``parse_when(year=…)``) and
its date's provenance says so; its date text stays as the page writes it.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import has_year
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord

# "05.03.2026", "2. Oktober 2026", "Feb 4–Mar 1 2026": a four-digit year inside a date (the
# page-level YEAR pattern leaves out "….2026", a date's own year).
_DATE_YEAR = lazy_re.compile(r"(?<![\d:])(?:19[89]\d|20[0-4]\d)(?![\d:])")
#: Provenance suffix of a date text whose year came from the rows around it.
FROM_ROWS = " + year:rows around"


def years_from_neighbours(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` (one listing's rows in page order), yearless rows given the year that the
    nearest dated rows before and after them agree on."""
    stated = [stated_year(record) for record in records]
    if sum(year is not None for year in stated) < 2:
        return records
    before: list[str | None] = []
    last: str | None = None
    for year in stated:
        before.append(last)
        last = year if year is not None else last
    after: list[str | None] = [None] * len(records)
    last = None
    for index in range(len(records) - 1, -1, -1):
        after[index] = last
        last = stated[index] if stated[index] is not None else last
    for index, record in enumerate(records):
        year = before[index]
        if stated[index] is None and year is not None and year == after[index] and yearless(record):
            give_year(record, year, FROM_ROWS)
    return records


def give_year(record: RawRecord, year: int | str, why: str, replaces: str = "") -> None:
    """``record``'s date lies in ``year``: the normalizer reads it so (``extra["page_year"]``,
    ``parse_when(year=…)``), and the date's provenance ends in ``why`` (instead of ``replaces``,
    the suffix of an earlier guess this year overrules)."""
    record.extra[PAGE_YEAR] = str(year)
    source = record.field_sources.get("date_text", "listing:")
    record.field_sources["date_text"] = (
        source.removesuffix(replaces) if replaces else source
    ) + why


def yearless(record: RawRecord) -> bool:
    """A dated row whose date text names no year and that no page context has given one."""
    return (
        record.date_text is not None
        and record.start is None
        and PAGE_YEAR not in record.extra
        and not has_year(record.date_text)
    )


def stated_year(record: RawRecord) -> str | None:
    """The one year a row states: its machine start's, its date text's, or its page year."""
    if record.start:
        return record.start[:4]
    if record.date_text:
        years = set(_DATE_YEAR.findall(record.date_text))
        if len(years) == 1:
            return years.pop()
        if years:
            return None  # "28.12.2025 – 03.01.2026": a row across New Year states two
    return record.extra.get(PAGE_YEAR)


#: Provenance suffix of a date text whose year came from the page's own event.
FROM_EVENT = " + year:the page's event"


def years_from_the_event(event: RawRecord, records: list[RawRecord]) -> None:
    """An event's own page lists days without a year: „14. Juli: How to be an Awesome social
    dancer“ on the post of a summer's workshops whose date reads „14. 07. 2012 – 29. 07. 2012“.
    They lie in the year the page's event states (its programme, or the site's other events
    beside it), not in the year nearest to the day the page was read: an archived page keeps
    its year."""
    year = stated_year(event)
    if year is None:
        return
    for record in records:
        if yearless(record):
            give_year(record, year, FROM_EVENT)
