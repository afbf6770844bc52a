"""A labelled line that gives the event's day, its hours and its place in one value.

„**Veranstaltung: 11. April 2024, 18:00 Uhr, Mehrzweckhalle Grone Backhausstrasse 14**“: the
label is a word that elsewhere names the event („Veranstaltung:“ / „Sommerfest“), but here its
value opens with a day; what follows the day and its hours is where, not what. Read as a name,
the line titled the record by its venue and left the page's heading unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.place_prepositions import PLACE_PREPOSITION

# „…, 17:00 Uhr, Im Holbornschen Haus Rote Strasse 34“: the preposition is the sentence's, not the
# venue's name.
_PREPOSITION = lazy_re.compile(rf"^(?:{PLACE_PREPOSITION}|am)\s+(?=[A-ZÄÖÜ])", re.I)


@dataclass(frozen=True, slots=True)
class DayHoursPlace:
    when: str  # the day with its hours („11. April 2024, 18:00 Uhr“)
    place: str | None  # the venue or address after them, None when the value ends with the hours


def day_hours_place(value: str) -> DayHoursPlace | None:
    """The day, hours and place of a value „<day>[, <hours>][, <place>]“; None when the value
    does not open with a day or its rest is no place („12.03.2026, Hauptausschuss“ names the
    meeting, „…, danach Grillen“ what follows)."""
    text = value.strip()
    match = DATE_PHRASE.match(text)
    if match is None or not names_a_day(match.group(0)):
        return None
    rest = text[match.end() :].strip()
    if not rest:
        return DayHoursPlace(match.group(0).strip(), None)
    if not rest.startswith(","):
        return None
    place = rest.lstrip(", ").strip()
    if not place or not names_a_venue_or_address(place):
        return None
    return DayHoursPlace(match.group(0).strip(), _PREPOSITION.sub("", place, count=1))
