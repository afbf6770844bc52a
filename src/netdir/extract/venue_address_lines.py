"""A venue's name over its street and town is where a block is held, not what is held.

A history archive's Termine give the open afternoon a day heading („Sonnabend, 7. April 2018,
10:00 bis 12:00 Uhr“) under the section „Offener Treffpunkt“, then the address in three lines:
„Archiv-Ecke in der Bücherhalle Neugraben“ / „Am Neugrabener Markt 7“ / „21149 Hamburg.“. The
first line names the venue (a word of a venue, „Bücherhalle“), the two below give its street and
its postcode with the town: the three lines are one address, as on an envelope. A reader takes
the venue's line as part of where, and the section above as the name of what is held there.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_lines import (
    is_postcode_and_town,
    names_a_place,
    names_a_venue_word,
    only_an_address,
)

#: Provenance of a place whose venue line stands above its street.
SOURCE = "listing:text (a venue's line over its street and town)"

_MAX_VENUE = 80
# „… Markt 7“, „… Weg 12a“: a street line ends with its house number.
_HOUSE_NUMBER = lazy_re.compile(r"\s\d{1,4}\s?[a-zA-Z]?$")


def venue_over_its_address(chunks: list[str], index: int) -> bool:
    """Whether line ``index`` of a block names a venue and the next two lines are its street and
    its postcode with the town (see the module's docstring)."""
    if index + 2 >= len(chunks):
        return False
    venue, street, town = (chunk.strip() for chunk in chunks[index : index + 3])
    if len(venue) > _MAX_VENUE or ":" in venue or not names_a_venue_word(venue):
        return False  # „Ort: Zum Alten Markt“: a labelled place line is the labels' readers'
    if not (only_an_address(street) or (names_a_place(street) and _HOUSE_NUMBER.search(street))):
        return False  # „Am Neugrabener Markt 7“: a street („Markt“) with its house number
    return is_postcode_and_town(town.rstrip("."))


def venue_and_address(chunks: list[str]) -> str | None:
    """The first venue over its street and town among a block's lines, as one place („Archiv-
    Ecke in der Bücherhalle Neugraben, Am Neugrabener Markt 7, 21149 Hamburg“); None without."""
    for index in range(len(chunks)):
        if venue_over_its_address(chunks, index):
            return ", ".join(chunk.strip(" .") for chunk in chunks[index : index + 3])
    return None
