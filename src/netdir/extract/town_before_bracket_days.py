"""The town a list's rows write between the linked name and the days in brackets.

A digital-epigraphy community lists its workshops as „<a>Workshop I</a>: Heidelberg (21st - 23rd
March 2018)“, „<a>Workshop III</a>: Vienna (30th May - 1st June, 2019)“, „<a>Workshop V</a>: Leuven
(3rd - 6th November 2020, online)“: the name, a colon, where the workshop met, and its days in
brackets closing the line. The days were read and the name was the link; the word between them
was left. One row alone cannot say that word is a town („Talk: Introduction (5 May)“), so the
evidence is the list's: two or more rows written so, each part between the colon and the bracket
one to three capitalised words without a figure. That part is the place of a record that has
none.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

WHY = "listing: the town between the linked name and the bracketed days"
_LEAST_ROWS = 2
# „: Heidelberg (21st - 23rd March 2018)“, „: Bad Homburg (3.–5. Mai 2019)“ after the name
_TOWN_THEN_DAYS = lazy_re.compile(
    r"^\s*:\s*(?P<town>[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+){0,2})\s*"
    r"\((?P<days>[^()]*\d[^()]*)\)\W*$"
)


def _town(record: RawRecord) -> str | None:
    if not record.title or not record.field_sources.get("title", "").endswith(">a"):
        return None  # (the name is the row's link: the rest of its line is the row's own)
    for text in (record.description, record.date_text):
        if not text or "(" not in text or ":" not in text:
            continue
        line = " ".join(text.split())
        at = line.find(record.title)
        if at < 0:
            continue
        found = _TOWN_THEN_DAYS.match(line[at + len(record.title) :])
        if found is not None:
            return found["town"]
    return None


def towns_before_bracketed_days(group: list[RawRecord]) -> None:
    """Give each record of ``group`` without a place the town its row writes between the linked
    name and the bracketed days, when two or more rows are written so (see module)."""
    towns = [(record, _town(record)) for record in group if record.location_text is None]
    if sum(town is not None for _, town in towns) < _LEAST_ROWS:
        return
    for record, town in towns:
        if town is not None:
            record.location_text = town
            record.field_sources["location_text"] = WHY
