"""The year of a yearless row in a list of coming offerings.

A church's cards „So bis So ab 15.01.2023.“, „Montag 13.02.2023.“, „16 - 20. August“, „Samstag
25.02.“, saved on 13 January 2023: alone, „16 - 20. August“ goes to the year nearest the page's day
(``when.infer_year``), last August, five months back rather than seven ahead. A reader of a list
whose every row that states its year lies ahead reads the yearless row as coming too: next August.
Only when at least two rows state a year and none of them is past; a list that states a past day
(an archive, a season under way) is left to the nearest-year guess, and so is a row whose run
reaches the page's day or whose weekday („Sat 19th November“) does not fit next year. The row
carries the year for the normalizer (``extra["page_year"]``, as ``neighbour_years`` does) and its
date's provenance says so; its date text stays as the page writes it. A list whose order gave
some rows their year (``running_years``) is one year's run and is left as the order reads it.
A row whose sentence tells its day in the past tense looks back („Am 8. September waren wir mit
dem Bus an der Ostsee unterwegs.“, a centre's card „Rückblick“ beside its coming dinner): that
day has passed, and the nearest-year guess keeps it this year.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.block_text import names_a_day
from netdir.extract.neighbour_years import give_year, stated_year, yearless
from netdir.extract.running_years import FROM_ORDER
from netdir.extract.sentence_ends import sentences
from netdir.extract.start_days import day_of_record
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import record_year
from netdir.normalize.when_grammar import PAST_TENSE
from netdir.normalize.when_weekday_check import weekday_refuses
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from a list of coming offerings.
FROM_COMING = " + year:a list of coming offerings"
_MIN_STATED = 2


def years_of_a_coming_list(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` (one listing's rows) with the next year for a yearless row read into the past
    when every row that states its year lies ahead of ``today`` (a row whose run reaches
    ``today`` is under way and stays)."""
    if any(FROM_ORDER in record.field_sources.get("date_text", "") for record in records):
        # A roster „Januar“ … „Dezember“ read in March: the order put its autumn in this year;
        # those rows state no year of their own that would send its January to the next.
        return records
    stated = [record for record in records if stated_year(record) is not None]
    if len(stated) < _MIN_STATED or any(_day_of(record, today) is None for record in stated):
        return records
    if any(day < today for record in stated if (day := _day_of(record, today)) is not None):
        return records
    for record in records:
        if not yearless(record) or not names_a_day(record.date_text or ""):
            continue
        if _told_as_past(record):
            continue  # „Am 8. September waren wir … unterwegs“: a look back, not a coming day
        when = parse_when(record.date_text, today=today)
        # („Sat 19th November - Sun 29th January“ read in December runs on: it stays.)
        last = when.end or when.start
        if not when.start or not last or date.fromisoformat(last[:10]) >= today:
            continue
        day = date.fromisoformat(when.start[:10])
        if weekday_refuses(record.date_text or "", day.year + 1, today):
            continue  # „Sat 19th November“ was a Saturday last year, not next year
        give_year(record, day.year + 1, FROM_COMING)
    return records


def _day_of(record: RawRecord, today: date) -> date | None:
    """The row's start day (``day_of_record``: its machine start, or its date text read as of
    ``today`` in the year its context states), as a date to compare with ``today``."""
    day = day_of_record(record, today, year=record_year(record.extra))
    return date.fromisoformat(day) if day else None


def _told_as_past(record: RawRecord) -> bool:
    """Whether a sentence of the row's text that holds its date text is told in the past tense."""
    date_text = record.date_text or ""
    text = record.description or ""
    return bool(date_text) and any(
        date_text in sentence and PAST_TENSE.search(sentence) is not None
        for sentence in sentences(text)
    )
