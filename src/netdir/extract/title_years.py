"""The year of a yearless row, from the one year its own name states.

An association's archive of meetings: a cell titled „Landesverbandstagung Herbst 2017“ over the
line „Einladung zur Landesverbandstagung am 30.Oktober in Konstanz“. Saved in 2025, the yearless
day alone goes to the year nearest the page's day (October 2025); a reader takes the year the
meeting's name states: October 2017. A row whose date text names no year (and that no page
context has given one) takes the single year its title names after a season — „Herbst 2017“,
„Frühjahrstagung 2012“ — as its page year (``extra["page_year"]``, as ``neighbour_years``
does); its date's provenance says so. A year that is the topic („Stammtisch mit
Jahresrückblick 2025“ in February 2026) names no season and says nothing; a title naming two
years („Saison 2024/25“, „1974–2024“) says nothing, nor one that is
no recent year (a founding year „seit 1950“): only years from ``_YEARS_BACK`` before the page's
year to ``_YEARS_AHEAD`` after it count.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.extract.neighbour_years import give_year, yearless
from netdir.records import RawRecord

#: Provenance suffix of a date text whose year came from the row's own title.
FROM_TITLE = " + year:its title"
# Every four-digit year of a title („2017“ in „Herbst 2017“, in „30.10.2017“, in „2017-2018“).
_ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A season with its year says when: „Herbst 2017“, „Frühjahrstagung 2012“, „Sommerfest 2025“ —
# not a year that is the topic („Jahresrückblick 2025“, „2025 Nomination of Officers“), nor a
# span („Sommer 2024–2025“); winter, which runs across New Year, is left out.
_SEASON_YEAR = lazy_re.compile(
    r"\b(?:Frühjahr|Frühling|Sommer|Herbst|Spring|Summer|Autumn|Fall)\w*\s+(?:19|20)\d\d"
    r"(?![\d/\-–]|:\d)"
)
_YEARS_BACK = 20
_YEARS_AHEAD = 2


def years_named_by_the_titles(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` with each yearless row given the one recent year its title names."""
    for record in records:
        if not yearless(record) or not record.title:
            continue
        years = set(_ANY_YEAR.findall(record.title))
        if len(years) != 1 or not _SEASON_YEAR.search(record.title):
            continue
        year = int(years.pop())
        if today.year - _YEARS_BACK <= year <= today.year + _YEARS_AHEAD:
            give_year(record, year, FROM_TITLE)
    return records
