"""A body's line of when and where it meets: „trifft sich … — Montag, 19:30 Uhr, Aula …“.

A school parents' council heads its list of sessions with one line: „Der ERL trifft sich viermal
jährlich — Montag, 19:30 Uhr, Aula Schulhaus Laubegg.“ No „jeden“ makes it a weekly rule (it
meets four times a year), yet it says the weekday, the hour and the room of every session: the
sessions listed below, each on a Monday, start at 19:30 in the Aula. A line that says a body
meets („trifft sich“, „treffen sich“, „tagt“) and names a weekday followed by a clock gives
that hour to rows on that weekday, and the comma field after the clock names the place when it
holds a venue word („Aula …“, „… Saal“), as the standing rule's place is read
(``rule_times``).
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import GERMAN_WEEKDAYS, alternation

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# „trifft sich“, „treffen sich“, „treffen uns“, „tagt“: the body meets.
_MEETS = lazy_re.compile(r"\b(?:trifft\s+sich|treffen\s+(?:sich|uns)|tag(?:t|en))\b", re.I)
# „Montag, 19:30 Uhr, Aula Schulhaus Laubegg“: the weekday, its clock, then maybe where.
_WEEKDAY_CLOCK = lazy_re.compile(
    rf"\b(?P<weekday>{alternation(GERMAN_WEEKDAYS)})s?\s*,?\s*(?:um\s+)?"
    r"(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d)\s*(?:Uhr)?"
    r"(?:\s*,\s*(?P<place>[^,.;:!?]{3,60}))?",
    re.I,
)


def habit_hour_and_place(text: str, weekday: str, today: date) -> tuple[str, str | None] | None:
    """The hour („19:30“) and maybe the place a line saying when a body meets gives rows on
    ``weekday`` (a code, „MO“), or None when it says nothing of that weekday."""
    if _MEETS.search(text) is None:
        return None
    for match in _WEEKDAY_CLOCK.finditer(text):
        day = GERMAN_WEEKDAYS.get(match["weekday"].capitalize())
        if day is None or _WEEKDAY_CODES[day] != weekday:
            continue
        when = parse_when(f"{match['weekday']}, {match['clock']} Uhr", today=today)
        if when is None or when.start is None or len(when.start) < 16:
            continue
        place = (match["place"] or "").strip() or None
        if place is not None and not names_a_venue_word(place):
            place = None
        return when.start[11:16], place
    return None
