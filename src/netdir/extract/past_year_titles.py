"""An undated record whose title names only years before today's: a past thing, no offering.

News pages and archives keep their old posts beside the dated announcements: „Bericht
Mitgliederversammlung 2022“ on a club's page of 2023, „Sommerkonzert 2019 – Paul Gerhardt
Kirche“ in a feed read in 2022, „Jahresprogramm 2018“. Such a block gives no day, and the year
it names is over, so it can be neither an upcoming offering nor a past one with a day a reader
could be told. A title naming this year or a later one („Einladung Schützenfest 2023“ in 2023),
a season reaching into this year („Saison 2022/23“ in 2023) or no year at all stays: an undated
course „Wann: Auf Anfrage“ is still an offering.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, MONTH_YEAR
from netdir.records import RawRecord

# A year, or a season or run of years whose last year counts („2022/23“, „2018–2019“).
_YEAR = lazy_re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s?[/–-]\s?((?:19|20)?\d\d))?(?![\d.:])")


def last_year_named(title: str) -> int | None:
    """The latest year ``title`` names, a season counting by its last year; None without one."""
    years: list[int] = []
    for match in _YEAR.finditer(title):
        first, last = match.group(1), match.group(2)
        if last is None:
            years.append(int(first))
        elif len(last) == 2:
            years.append(int(first[:2] + last))
        else:
            years.append(int(last))
    return max(years) if years else None


def undated_of_a_past_year(record: RawRecord, today: date) -> bool:
    """``record`` has no day at all (nor its description) and its title names only years
    before ``today``'s."""
    if record.start or record.date_text or record.recurrence:
        return False
    if record.description and _names_a_day(record.description):
        return False  # „Yang Jun kommt 2025 nach Berlin“ over „Vom 24.4. bis 29.4. …“: dated later
    year = last_year_named(record.title or "")
    return year is not None and year < today.year


def _names_a_day(text: str) -> bool:
    """Some date of ``text`` names a day, not only a month („Ende April 2025 … Vom 24.4.“)."""
    return any(MONTH_YEAR.fullmatch(found.group(0)) is None for found in DATE_LIKE.finditer(text))
