"""Rows that say only whether one can come are named by the heading of their table.

An astronomy society's open-night calendar heads its table „<h2>Open Night Calendar</h2>“ and
fills it „<a>2015-07-04</a> | Open for individuals and small groups | KidsFest | No“: the day,
who may come, who booked the night, whether the moon is up. The first words after the day say
whether the night is open, not what it is; every row says the same. A reader names each row by
the heading — an open night — without its list word („Calendar“, „Schedule“, „Dates“).

Only when every dated row of the list (two or more) is named by such a phrase („Open for …“,
„Open to the public“, „Closed“, „Fully booked“, „Sold out“, „Places available“) and the heading
names something once its list word is gone; a heading that only says what kind of list it is
(„Upcoming dates“) names nothing.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

# „Open for individuals and small groups“, „Open to all“, „Open“, „Closed“, „Booked“, „Fully
# booked“, „Sold out“, „Places available“, „Available“: whether one can come, not what happens.
_AVAILABILITY = lazy_re.compile(
    r"^(?:open(?:\s+(?:for|to)\b.*)?|closed(?:\s+(?:for|to)\b.*)?|(?:fully\s+)?booked(?:\s+out)?"
    r"|full|sold\s+out|(?:no\s+)?(?:places|spaces|seats|tickets)\s+(?:still\s+)?available"
    r"|(?:still\s+)?available|waiting\s+list)\W*$",
    re.I,
)
# „Open Night Calendar“, „Open Day Dates“, „Ride Schedule“: the list word after the name.
_LIST_WORD = lazy_re.compile(
    r"\s*(?:calendar|schedule|dates|programme|program|list|listing|timetable|overview)\s*:?$",
    re.I,
)
# „Upcoming“, „Future“, „Next“: what is left of „Upcoming Dates“ names no offering.
_KIND_ONLY = lazy_re.compile(
    r"^(?:upcoming|future|next|past|previous|coming|current|our|the|this\s+year'?s?|\d{4})$", re.I
)
_MIN_ROWS = 2
#: Provenance of the title a row that only says whether one can come takes from its heading.
SOURCE = "listing:heading above (rows say only whether one can come)"


def says_only_availability(title: str | None) -> bool:
    """Whether ``title`` only says whether one can come („Open for individuals and small
    groups“, „Fully booked“)."""
    return bool(title) and _AVAILABILITY.match(" ".join((title or "").split())) is not None


def name_rows_by_their_heading(records: list[RawRecord], heading: str | None) -> None:
    """Name the dated rows of ``records`` by ``heading`` without its list word when every one
    of them (two or more) only says whether one can come."""
    dated = [record for record in records if record.date_text]
    if len(dated) < _MIN_ROWS or not all(says_only_availability(r.title) for r in dated):
        return
    name = _LIST_WORD.sub("", " ".join((heading or "").split())).strip(" :–-")
    if not name or _KIND_ONLY.match(name) or not any(ch.isalpha() for ch in name):
        return
    for record in dated:
        record.title = name
        record.field_sources["title"] = SOURCE
