"""A heading that sets the event's name, day, hours and venue apart with middots or bars.

„OpenCityCamp 2014 · Samstag, 29. November 2014 · 10.00–21.00 Uhr · Literaturhaus Stuttgart“:
a page's heading gives all the facts of its one event in a row of parts set apart by „·“, „•“ or
„|“. A reader names the event by the parts before the day; the day, the hours and the venue after
it are what the page's other readers take from the same line.

Only a heading of three parts or more whose first part names no day and a later part does is
cut: „Kaffee · Kuchen · Musik“ (no day) and „Sa 12.03. · Konzert · Köln“ (the day first) stay.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import search_date_phrase

_SEPARATOR = lazy_re.compile(r"\s+[·•|]\s+")
_MIN_PARTS = 3
_MIN_LETTERS = 3


def name_before_the_day_part(title: str) -> str | None:
    """The name the parts before the day give, or None when ``title`` is not such a row."""
    parts = _SEPARATOR.split(title.strip())
    if len(parts) < _MIN_PARTS:
        return None
    day = next((i for i, part in enumerate(parts) if search_date_phrase(part)), None)
    if not day:  # none, or the day opens the row
        return None
    name = " · ".join(parts[:day]).strip()
    return name if sum(ch.isalpha() for ch in name) >= _MIN_LETTERS else None
