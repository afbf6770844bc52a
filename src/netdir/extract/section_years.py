"""The year of a yearless list, from a full date written beside it in the same section.

A farm's events page: a table „28.5. 15 Uhr | Die biologisch-dynamischen Präparate …“ …
„27.11. 16 Uhr | Lichtgang …“ and, in the paragraph after it, „Wir feiern am 21.Juni 2016 …
die Sommersonnenwende“. Saved in January 2017, each yearless row alone goes to the year nearest
the page's day (``when.infer_year``): May to November 2017. A reader sees one season: the one
date of the section that states its year falls among the list's days, and the list is that
year's. When every dated row of a list is yearless and the section around the list (the nearest
ancestor holding more than the list) writes full dates of one year only, one of them between the
list's first and last day, that year is the list's; each row whose guessed year differs carries
it for the normalizer (``extra["page_year"]``, as ``neighbour_years`` does) and its date's
provenance says so. A section that names two years, or a date outside the list's run (last
season's report above next season's list), says nothing about the list.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import has_year
from netdir.extract.neighbour_years import give_year, yearless
from netdir.extract.running_years import FROM_ORDER
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import record_year
from netdir.normalize.when_mentions import find_mentions
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from a full date beside the list.
FROM_SECTION = " + year:a date beside the list"
_MIN_DAYS = 3
_LEVELS = 4  # ancestors looked at above the list's container
_MORE = 100  # characters of text beyond the list's own that make an ancestor its section
_YEARS_BACK = 6
_YEARS_AHEAD = 1
_SECTION_TAGS = frozenset({"body", "html", "header", "footer", "nav", "aside"})


def years_from_the_section(
    records: list[RawRecord], container: LexborNode, today: date
) -> list[RawRecord]:
    """``records`` (one listing's rows, read from ``container``) with the year that the full
    dates beside the list agree on, when one of them lies within the list's run."""
    dated = [r for r in records if r.start or (r.date_text and names_a_day(r.date_text))]
    if len(dated) < _MIN_DAYS or not all(_guessed_year(record) for record in dated):
        return records
    days: list[tuple[RawRecord, date]] = []
    for record in dated:
        start = parse_when(record.date_text, today=today, year=record_year(record.extra)).start
        if start is None:
            return records
        days.append((record, date.fromisoformat(start[:10])))
    if len({day.year for _, day in days}) != 1:
        return records  # a list read across New Year: its run is not one span of one year
    section = _section_of(container)
    if section is None:
        return records
    year = _beside_year(section.text(separator=" "), days, today)
    if year is None:
        return records
    for record, guessed in days:
        if guessed.year != year:
            give_year(record, year, FROM_SECTION, replaces=FROM_ORDER)
    return records


def _guessed_year(record: RawRecord) -> bool:
    """A yearless row, or one whose year only the order of its list gave (``running_years``:
    a guess carried along the list, not a year the page states)."""
    if yearless(record):
        return True
    return (
        record.start is None
        and record.date_text is not None
        and not has_year(record.date_text)
        and record.field_sources.get("date_text", "").endswith(FROM_ORDER)
    )


def _section_of(container: LexborNode) -> LexborNode | None:
    """The nearest ancestor of the list that holds text beyond the list's own."""
    own = len(container.text(separator=" "))
    node = container.parent
    for _ in range(_LEVELS):
        if node is None or node.tag in _SECTION_TAGS:
            return None
        if len(node.text(separator=" ")) > own + _MORE:
            return node
        node = node.parent
    return None


def _beside_year(text: str, days: list[tuple[RawRecord, date]], today: date) -> int | None:
    """The one year the text's full dates state, when one of them lies in the list's run."""
    mentions, _ = find_mentions(text, True, today)
    stated = [m for m in mentions if m.year is not None and m.feast is None]
    years = {m.year for m in stated}
    if len(years) != 1:
        return None
    year = years.pop()
    assert year is not None
    if not today.year - _YEARS_BACK <= year <= today.year + _YEARS_AHEAD:
        return None
    run = sorted((day.month, day.day) for _, day in days)
    if not any(run[0] <= (m.month, m.day) <= run[-1] for m in stated):
        return None
    return year
