"""A line of a day's stops: „11am Peascod Street by Caffe Nero; 12:05 Bachelor’s Acre; 14:00
Prince Harry/Guildhall; 15:00 Boatman, Thameside.“

A dance side's or a walking group's programme gives a day's event in one line („Home tour,
dancing in Windsor with our guests …“) and its route in the next: stops, each opening with its
clock, closed by semicolons. The stops are where the one event goes through the day, not a
programme of events of their own; their links (a venue map) name no event either.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE

_OPENING_TIME = lazy_re.compile(
    rf"^(?:{TIME_LIKE.pattern})\s*(?:[-–—:|]\s*)?(?=\w)", TIME_LIKE.flags
)
#: A route names at least this many clocked stops.
_ITINERARY_STOPS = 3


def is_itinerary(text: str) -> bool:
    """Whether ``text`` is a route of clocked stops closed by semicolons (see the module
    docstring): three stops or more, the first and two in three of them opening with a clock
    („12noon Two Brewers“: a stop may say its hour in words)."""
    stops = [part.strip() for part in text.split(";")]
    if len(stops) < _ITINERARY_STOPS or _OPENING_TIME.match(stops[0]) is None:
        return False
    clocked = sum(1 for stop in stops if _OPENING_TIME.match(stop))
    return clocked * 3 >= len(stops) * 2
