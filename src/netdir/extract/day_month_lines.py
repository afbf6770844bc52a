"""Bare day/month lines under a year heading: „2012 Meeting Dates“ over „17/1“, „28/2“, … „23/10 (AGM)“.

An association's page lists the year's meeting days as paragraphs of nothing but a day and a
month, slashed in the order of the country (Australia, Britain: day first), the year only in the
heading above them, a bracketed note naming the special ones::

    <h2>2010 - 2011 Meeting Dates</h2>
    <p><strong>25/1</strong> (Special General Meeting)</p> <p><strong>1/3</strong></p> …

A slashed pair alone is no date anywhere else (a fraction, a score, a ratio), and its order is
open; under a heading that gives the year and names what the days are, with three lines or
more, one of them a day above 12 (so the day comes first) and none a month above 12, a reader
sees one meeting per line:

- the year is the heading's; a season heading of two years („2010 - 2011“) gives each day the
  one of its years nearest the day the page was read;
- a line's bracketed note names its meeting („Special General Meeting“, „AGM“); the others are
  named by the heading without its year and list word („Meeting“), after the organisation the
  page's title names („ACT Volunteer Brigades Association - Meeting Dates“ → „ACT Volunteer
  Brigades Association meeting“).
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.bold_sections import br_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.lead_sentence import page_name
from netdir.normalize.when_this_month import MONTH_NAMES
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:day/month line's note or its year heading"
DATE_SOURCE = "listing:day/month line under a year heading"
_MIN_LINES = 3
_MAX_MONTH = 12

_DAY_MONTH = lazy_re.compile(
    r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:\s*\((?P<note>[^()]{2,60})\))?$"
)
# „2012 Meeting Dates“, „2010 - 2011 Meeting Dates“, „Meeting Dates 2012“.
_YEARS = lazy_re.compile(r"\b(?P<first>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<second>(?:19|20)\d{2}))?\b")
_LIST_WORD = lazy_re.compile(r"\s+(?:dates|schedule|calendar|list|programme|program)$", re.I)


def day_month_lines(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per day/month line under the first year heading that has ``_MIN_LINES`` of
    them (see the module docstring); [] when none has."""
    body = tree.body
    if body is None:
        return []
    heading: str | None = None
    found: dict[str, list[re.Match[str]]] = {}
    for line in br_lines(body):
        if line.heading:
            heading = line.text if _YEARS.search(line.text) else None
        elif heading is not None and (match := _DAY_MONTH.match(line.text)):
            found.setdefault(heading, []).append(match)
    title = tree.css_first("title")
    page_title = title.text(strip=True) if title is not None else None
    for head, lines in found.items():
        if _day_first(lines):
            return _records(head, lines, context, page_title)
    return []


def _day_first(lines: list[re.Match[str]]) -> bool:
    """Enough lines, the order certain: a day above 12 and no month above 12."""
    return (
        len(lines) >= _MIN_LINES
        and any(int(line["day"]) > _MAX_MONTH for line in lines)
        and all(1 <= int(line["month"]) <= _MAX_MONTH for line in lines)
    )


def _records(
    heading: str, lines: list[re.Match[str]], context: PageContext, page_title: str | None
) -> list[RawRecord]:
    years = _YEARS.search(heading)
    assert years is not None  # only year headings collect lines
    candidates = [int(years["first"])] + ([int(years["second"])] if years["second"] else [])
    today = context.fetched_at.date()
    kind = _kind(heading, page_title)
    records: list[RawRecord] = []
    for line in lines:
        day, month = int(line["day"]), int(line["month"])
        on = _nearest(day, month, candidates, today)
        if on is None:
            continue
        record = context.new_record(EXTRACTOR, (line["note"] or kind).strip(), confidence=0.5)
        record.field_sources["title"] = TITLE_SOURCE
        set_field(
            record, "date_text", f"{on.day} {MONTH_NAMES[on.month - 1]} {on.year}", DATE_SOURCE
        )
        records.append(record)
    return records


def _nearest(day: int, month: int, years: list[int], today: date) -> date | None:
    """The day in the one of ``years`` nearest ``today``; None when no year has it."""
    days = []
    for year in years:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda on: abs((on - today).days), default=None)


def _kind(heading: str, page_title: str | None) -> str:
    """„2012 Meeting Dates“ → „Meeting“, after the organisation the page's title names."""
    bare = _YEARS.sub("", heading).strip(" -–:")
    kind = _LIST_WORD.sub("", bare).strip() or bare
    owner = page_name(page_title)
    return f"{owner} {kind.lower()}" if owner else kind
