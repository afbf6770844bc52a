"""The year a row's name states, where its weekday confirms it and the year it was given does not.

A choir's timeline of performances, newest on top: each panel an ``<h4>`` name with the year —
„Choir Worldwide 2019“, „Weihnachtsfeier der Begegnungsstätte 2018“ — over a yearless day with
its weekday, „Dienstag, 12. Februar“, „Samstag, 8. Dezember“. Read alone, a yearless day goes
to a year the page suggests: the year of the heading above the block (on this page the name of
the panel before, „Teufelsberg 2023“, as its own heading sits inside the block) or the year
nearest the page's day. A reader takes the year the name states, and the weekday agrees: 12
February 2019 was a Tuesday, 12 February 2023 a Sunday.

A row whose date text names no year, whose name states one recent year (``_YEARS_BACK`` before
the page's year to ``_YEARS_AHEAD`` after it) other than the year it was given (its page year,
else the nearest), and whose weekday falls on its day in the name's year takes the name's year —
also where the weekday would fit the other year as well („Kiezfest 2017 — Samstag, 13. Mai“
saved in 2023: a Saturday in both years; the name says which). A year the weekday does not
confirm changes nothing: a name's year may be the topic („Jahresrückblick 2025“), and
``title_years`` reads only a season's year without that check.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.extract.date_cues import has_year
from netdir.extract.neighbour_years import give_year
from netdir.normalize.when_context import PAGE_YEAR
from netdir.normalize.when_mentions import first_day_and_weekday
from netdir.normalize.when_value import infer_year, safe_date
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from the row's name, its weekday agreeing.
FROM_NAME = " + year:its name, where its weekday falls"
_ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEARS_BACK = 20
_YEARS_AHEAD = 2


def years_the_names_and_weekdays_state(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` with each yearless row moved to the year its name states where its weekday
    confirms that year (see the module docstring)."""
    for record in records:
        if (
            record.start is not None
            or not record.title
            or not record.date_text
            or has_year(record.date_text)
        ):
            continue
        years = set(_ANY_YEAR.findall(record.title))
        if len(years) != 1:
            continue
        named = int(years.pop())
        if not today.year - _YEARS_BACK <= named <= today.year + _YEARS_AHEAD:
            continue
        beside = first_day_and_weekday(record.date_text, today)
        if beside is None or beside[0].feast is not None:
            continue
        first, weekday = beside
        given = record.extra.get(PAGE_YEAR)
        had = int(given) if given else infer_year(first.month, first.day, today)
        if had == named:
            continue
        in_named = safe_date(named, first.month, first.day)
        if in_named is None or in_named.weekday() != weekday:
            continue
        give_year(record, named, FROM_NAME)
    return records
