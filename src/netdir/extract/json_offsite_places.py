"""A location that only says an event is held away from the organiser's own venues.

A public library's events list names the branch each event is at („"location": "Holgate
Library"“) and, for the few held elsewhere, only ``"location": "Offsite"`` — the park where an
outdoor storytime meets stands in its title instead: „Outdoor Storytime - Holly Farm Park“,
„Outdoor Storytime in English and Spanish - St. Johns Park“. „Offsite“ is no place anyone can go
to; the place is the one the title names after its dash, when that part is a name ending in a
word for a place (Park, Garden, Library, Hall, …); else the event has no place the answer says.
"""

from __future__ import annotations

from netdir import lazy_re

_AWAY = frozenset(
    {"offsite", "off-site", "off site", "off campus", "off-campus", "offsite location"}
)
# „… - Holly Farm Park“: capitalised words (or „St.“) ending in a word for a place, after a
# spaced dash at the title's end.
_TITLE_PLACE = lazy_re.compile(
    r"\s[-–—]\s+((?:[A-Z][\w'’]*\.?\s+){0,4}"
    r"(?:Park|Gardens?|Square|Plaza|Beach|Farm|Library|Hall|Center|Centre|School|Church|Museum))\s*$"
)


def is_away(location: str | None) -> bool:
    """Whether ``location`` only says the event is away from the organiser's venues."""
    return location is not None and location.strip().casefold() in _AWAY


def titled_place(title: str | None) -> str | None:
    """The place an away event's title names after its dash („Outdoor Storytime - Holly Farm
    Park“ → „Holly Farm Park“); None if it names none."""
    if title is None or (found := _TITLE_PLACE.search(title)) is None:
        return None
    return found.group(1)
