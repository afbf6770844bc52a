"""A piece's own page names its performances in one line: each day it lists is one performance.

A student theatre group's page about one production::

    <h1>Macbeth</h1> … <p>Aufführungen am 9. / 10. / 12. / 13. Juni um 19 Uhr im BrechtbauTheater
    Tübingen, Wilhelmstraße 50</p>

    <h1>Hase Hase</h1> … <h2>Eckdaten</h2><ul><li>Autorin: Coline Serreau</li>
    <li>Termine: 19., 20., 21., 23. und 24. Januar 2025</li></ul>

The line's label („Aufführungen“, „Termine:“, „Vorstellungen“, „Spieltermine“) says its days are
the run's separate evenings — also when they follow each other („Termine: 25., 26., 27., 28.
Juni 2024“, which as a bare run of days would be one period) — and the page's own h1 names what
is performed; as a paragraph among the play's text the line was no list, or the list of the
text's paragraphs, each titled by its own words. One record per listed day, titled by the
nearest h1 above the line, at the hour and place the line gives. Only a page with one such line:
a season's page of several pieces, each with its line, is a list the listing reader reads.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.innermost_blocks import h1_above, innermost_blocks
from netdir.normalize.when_grammar import MONTH_ALT
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
_BLOCKS = "p, li, dd, td, div"
_MIN_DAYS = 2
_MAX_LINE = 200  # a line, not the play's description that mentions its performances
# „Aufführungen am“, „Termine:“, „Vorstellungen:“, „Aufführungstermine:“, „Spieltermine“: the
# label opening the line, handing over to the days by a colon, „am“ or the first day itself.
_LABEL = lazy_re.compile(
    r"^(?:(?:die|unsere|nächste|weitere)\s+)?"
    r"(?:aufführungs(?:termine|daten)|aufführungen|vorstellungen|vorstellungstermine"
    r"|spieltermine|spieltage|termine)"
    r"\s*(?::\s*(?:am\s+)?|am\s+|(?=\d))",
    re.IGNORECASE,
)
# „9. / 10. / 12. / 13. Juni“, „19., 20., 21., 23. und 24. Januar 2025“, „3. / 4. / 6. / 7. Dez.“:
# days with their dots under one month word (and its year), then what the days share.
_DAYS = lazy_re.compile(
    r"^(?P<days>\d{1,2}\.(?:\s*(?:,|/|und|&)\s*\d{1,2}\.)+)\s*"
    rf"(?P<month>(?:{MONTH_ALT}))\.?(?:\s+(?P<year>\d{{4}}))?\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_DAY = lazy_re.compile(r"\d{1,2}")
# „um 19 Uhr“, „um  19 Uhr“, „um 19:00“, „ab 19.30 Uhr“: the clock all the days share.
_CLOCK = lazy_re.compile(r"\b(?:um|ab)\s+(?P<clock>\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr\b)?", re.I)
# „im BrechtbauTheater Tübingen, Wilhelmstraße 50“, „in der Stadthalle“: where, to the line's end.
_PLACE = lazy_re.compile(
    r"\b(?:im|in\s+der|in\s+dem|in|auf\s+der|am)\s+(?P<place>[^\W\d].*?)\.?$", re.I
)
DATE_SOURCE = "listing:performances line (one listed day)"
TITLE_SOURCE = "listing:performances line (the page's h1 above it)"
PLACE_SOURCE = "listing:performances line (the place it ends on)"


def performance_day_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per day of a page's one performances line, titled by the h1 above it; []
    when the page has no such line, or several."""
    found = [
        (node, parsed)
        for node in innermost_blocks(tree, _BLOCKS)
        if (parsed := _performances(node)) is not None
    ]
    if len(found) != 1:
        return []
    node, (days, month, year, rest) = found[0]
    title = h1_above(tree, node, _BLOCKS)
    if title is None:
        return []
    clock = _CLOCK.search(rest)
    after = rest[clock.end() :] if clock is not None else rest
    place = _PLACE.search(after.strip(" ,;"))
    records: list[RawRecord] = []
    for day in days:
        record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
        record.field_sources["title"] = TITLE_SOURCE
        when = f"{day}. {month}" + (f" {year}" if year else "")
        if clock is not None:
            when += f", {clock['clock'].replace('.', ':')} Uhr"
        set_field(record, "date_text", when, DATE_SOURCE)
        if place is not None:
            set_field(record, "location_text", place["place"].strip(" ,;"), PLACE_SOURCE)
        records.append(record)
    return records


def _performances(node: LexborNode) -> tuple[list[str], str, str | None, str] | None:
    """(days, month word, year, the rest) of a block that is one labelled line of days under
    one month; None for any other block."""
    text = clean_text(node.text(separator=" ")) or ""
    if not text or len(text) > _MAX_LINE:
        return None
    label = _LABEL.match(text)
    if label is None:
        return None
    run = _DAYS.match(text[label.end() :])
    if run is None:
        return None
    days = _DAY.findall(run["days"])
    if len(days) < _MIN_DAYS or len(set(days)) != len(days):
        return None
    return days, run["month"], run["year"], run["rest"]
