"""Rows named only by their place under a heading that names the series: „LUG-Camps:“ over
„Alpsee (21.-24. Mai 2009)“, „Karlshof II (25.-27. Mai 2001)“.

A user group's page lists its camps under „LUG-Camps (zusammen mit der LUGAL):“ and names each
by where it was held; a reader calls each „LUG-Camp Alpsee“. When every dated row under one
heading is a bare proper name (one or two capitalised words, maybe a numeral: „Karlshof II“) and
the heading is one plural word, each row is titled by the heading's singular and its own name,
and the name (without its numeral) is its place.
Rows that name themselves („22. Augsburger Linux-Infotag“ under „Augsburger Linux-Infotage:“)
have more words or share the heading's word, and keep their titles.
"""

from __future__ import annotations

import re
from collections import defaultdict

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.heading_item_name import one_of_series
from netdir.normalize.when_words import MONTHS, alternation
from netdir.records import RawRecord

# „Alpsee“, „Karlshof II“, „Bad Tölz“: capitalised words, the second maybe a Roman numeral.
_BARE_NAME = lazy_re.compile(r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]+|[IVX]{1,4}))?$")
# „LUG-Camps (zusammen mit der LUGAL):“ → „LUG-Camps“: a bracketed remark and the closing colon.
_REMARK = lazy_re.compile(r"\s*\([^()]*\)|\s*[:：]\s*$")
# A plural of one word that ends in a loanword's „-s“ („Camps“, „Workshops“), not „-ss“/„-us“.
_S_PLURAL = lazy_re.compile(r"^(?P<stem>[A-ZÄÖÜ][\w-]*[^\Wsu])s$")
# The row's day in brackets after its name, not yet taken out of the title here.
_DATE_BRACKET = lazy_re.compile(r"\s*\([^()]*\d[^()]*\)$")
_NUMERAL = lazy_re.compile(r"\s+[IVX]{1,4}$")
_MIN_ROWS = 2
_BARE_DAY_CHARS = 25  # „07. Mai“, „Samstag, 24. September 2022“: a row that is only its day
_SOURCE = " + the series of its heading"
_ONE_OF_SOURCE = " (one of the series)"


def name_rows_by_their_series(readings: list[BlockReading], headings: list[str | None]) -> None:
    """Title each bare-named dated row under a one-word plural heading „<series> <name>“."""
    groups: dict[str, list[BlockReading]] = defaultdict(list)
    for reading, heading in zip(readings, headings, strict=True):
        if heading and reading.date_text and reading.title and not reading.title_from_heading:
            groups[heading].append(reading)
    for heading, rows in groups.items():
        series = _series(heading)
        if series is None or len(rows) < _MIN_ROWS:
            continue
        if all(row.title == heading and row.text_length <= _BARE_DAY_CHARS for row in rows):
            # „<h1>Arbeitseinsätze</h1>“ over „07. Mai“, „28. Mai“ …: bare days named by the
            # heading itself are each one of the series („Arbeitseinsatz“), not a place of it
            # (rows that say more — „1. September 2016 - 19:00 im Liebknecht-Haus“ — keep it).
            for row in rows:
                row.title = series
                row.sources["title"] = row.sources.get("title", "listing:") + _ONE_OF_SOURCE
            continue
        folded = series.casefold()
        if not all(_bare(row.title or "", folded) for row in rows):
            continue
        for row in rows:
            if row.location_text is None:
                # The row is named by where it is held: its name without a numeral is the place.
                row.location_text = _NUMERAL.sub("", _DATE_BRACKET.sub("", row.title or ""))
                row.sources["location_text"] = "listing:the row's name under its series"
            row.title = f"{series} {row.title}"
            row.sources["title"] = row.sources.get("title", "listing:") + _SOURCE


def _series(heading: str) -> str | None:
    """The singular of a heading that is one plural word, None for any other heading."""
    name = _REMARK.sub("", heading).strip()
    if not name or " " in name:
        return None
    singular = one_of_series(name)
    if singular != name:
        return singular
    plural = _S_PLURAL.match(name)
    return plural["stem"] if plural else None


def _bare(title: str, series: str) -> bool:
    """A bare proper name that does not already say the series."""
    title = _DATE_BRACKET.sub("", title).strip()  # „Karlshof II (25.-27. Mai 2001)“
    words = {word.casefold() for word in re.findall(r"[\w-]+", title)}
    return _BARE_NAME.match(title) is not None and not any(
        series in word or word in series for word in words
    )


_MONTH = alternation(MONTHS)
# „Altbau-Workcamps im Februar und März 🛠️“: a plural name, then the months it runs in (and
# whatever marks follow).
_SERIES_IN_MONTHS = lazy_re.compile(
    rf"^(?P<series>\S+)\s+(?:im|in)\s+(?:{_MONTH})(?:\s*(?:und|&|,|bis|-|–)\s*(?:{_MONTH}))*"
    r"(?:\s+(?:19|20)\d{2})?[^\w]*$",
    re.I,
)
_HEADING_BEFORE = "heading-before"


def name_rows_by_a_heading_of_months(records: list[RawRecord]) -> None:
    """„Altbau-Workcamps im Februar und März“ over two runs of days, one a week in February, one
    in March: the heading names the series and its months; each run is one „Altbau-Workcamp“.
    (Read after the runs of daily rows are folded: those rows are told by their shared title.)"""
    named: dict[str, list[RawRecord]] = defaultdict(list)
    for record in records:
        source = record.field_sources.get("title", "")
        if record.title and record.date_text and source.endswith(_HEADING_BEFORE):
            named[record.title].append(record)
    for title, rows in named.items():
        found = _SERIES_IN_MONTHS.match(title)
        if found is None or len({row.date_text for row in rows}) < _MIN_ROWS:
            continue
        series = _series(found["series"])
        if series is None:
            continue
        for row in rows:
            row.title = series
            row.field_sources["title"] += " (one of the series)"
