"""An all-day calendar entry whose description opens with the day's hours and its place.

A town's events calendar enters a late-night shopping evening as an all-day entry on one day
and writes when and where in the first line of its description: „Do 17–22 Uhr, Dr.-Walter-
Lübcke-Platz / Egenberger Parkplatz“. The entry's day stays the calendar's; the hours are the
day's clock (the record's date text, which the normalizer gives a day-only start), and what
follows the hours after a comma or dash is the place when the entry names none. Only a
one-day entry, only a first line that is hours (a weekday may open it) and at most a place.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.context import clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE
from netdir.normalize.when_grammar import WD_ALT
from netdir.records import RawRecord

WHERE = "ical:DESCRIPTION first line (hours)"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
_HOURS_LINE = lazy_re.compile(
    rf"^(?:(?:{WD_ALT})\.?,?\s+)?"
    rf"(?P<hours>(?:{_CLOCK}\s*(?:[-–]|bis)\s*{_CLOCK}|(?:ab|um)\s+{_CLOCK})\s*Uhr)"
    r"(?:\s*[,;–-]\s*(?P<place>[^,;]\S.{1,78}))?\s*$",
    re.IGNORECASE,
)


def hours_in_the_description(record: RawRecord, description: object) -> None:
    """Give a one-day all-day ``record`` the hours (and place) of its description's first line."""
    if not record.all_day or not record.start or (record.end or record.start) != record.start:
        return
    first = clean_text(str(description or "").split("\n", 1)[0])
    match = _HOURS_LINE.match(first or "")
    if match is None:
        return
    day = date.fromisoformat(record.start[:10])
    set_field(record, "date_text", f"{day:%d.%m.%Y}, {match['hours']}", WHERE)
    place = (match["place"] or "").strip()
    if place and record.location_text is None and not DATE_LIKE.search(place):
        set_field(record, "location_text", place, WHERE)
