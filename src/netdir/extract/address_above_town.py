"""The address a block's town line closes: the venue, its street and its postcode above it.

An event page's hero writes the place as a schema.org address, one part a line: „Die
Wohngemeinschaft - Theater“ / „Richard-Wagner-Straße 39“ / „50674“ / „Cologne“ / „Germany“. The
block's town line („Cologne“) alone was taken for the place — a reader reads the lines above it
with it: the street with its number right above the town (or above a line of only the
postcode), and a short plain line above the street naming the venue. Without a street line
above, the town stays the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from netdir import lazy_re
from netdir.extract.place_lines import plain_line
from netdir.extract.title_text import known_town

# „Richard-Wagner-Straße 39“, „Ubierring 58“, „Am Markt 3“ is no such line (no street word).
_STREET_LINE = lazy_re.compile(
    r"[A-ZÄÖÜ][\w.-]*(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
    r"\s*\d{1,4}\s?[a-zA-Z]?"
)
_POSTCODE_LINE = lazy_re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}")
_MOST_VENUE_WORDS = 8


def address_above_town(lines: Sequence[str], town_at: int, title: str | None) -> str | None:
    """„Venue, Street 39, 50674 Town“ when the line ``town_at`` closes such an address (see the
    module docstring); None when no street line stands right above the town (or its postcode)."""
    town = lines[town_at].strip()
    index = town_at - 1
    postcode = None
    if index >= 0 and _POSTCODE_LINE.fullmatch(lines[index].strip()):
        postcode = lines[index].strip()
        index -= 1
    if index < 0 or not _STREET_LINE.fullmatch(lines[index].strip()):
        return None
    parts = [lines[index].strip(), f"{postcode} {town}" if postcode else town]
    venue = lines[index - 1].strip() if index >= 1 else ""
    if _names_the_venue(venue, title):
        parts.insert(0, venue)
    return ", ".join(parts)


def _names_the_venue(line: str, title: str | None) -> bool:
    """A short plain line without digits that is neither the block's title nor a town."""
    return (
        bool(line)
        and line != title
        and plain_line(line)
        and not any(ch.isdigit() for ch in line)
        and len(line.split()) <= _MOST_VENUE_WORDS
        and known_town(line) is None
    )
