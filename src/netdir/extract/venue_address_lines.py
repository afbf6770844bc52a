"""A venue's name over its street and town is where a block is held, not what is held.

A history archive's Termine give the open afternoon a day heading („Sonnabend, 7. April 2018,
10:00 bis 12:00 Uhr“) under the section „Offener Treffpunkt“, then the address in three lines:
„Archiv-Ecke in der Bücherhalle Neugraben“ / „Am Neugrabener Markt 7“ / „21149 Hamburg.“. The
first line names the venue (a word of a venue, „Bücherhalle“), the two below give its street and
its postcode with the town: the three lines are one address, as on an envelope. A reader takes
the venue's line as part of where, and the section above as the name of what is held there.

A Landfrauen association's cards write the street and the town on one line under the hall:
„Bürgersaal/Bürgerhaus Grunbach“ / „Schillerstraße 30, 73630 Remshalden“. The two lines are the
same address, the hall's line the part a reader looks for; read alone, the address line was the
place (``venue_over_its_street_and_town``). The venue's line is then no name of the block
(``part_of_the_place``).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.place_lines import (
    is_postcode_and_town,
    names_a_place,
    names_a_venue_word,
    only_an_address,
)

#: Provenance of a place whose venue line stands above its street.
SOURCE = "listing:text (a venue's line over its street and town)"
#: Provenance of a place whose venue line stands above one line of its street and town.
LINE_SOURCE = "listing:text (a venue's line over its address line)"

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


def venue_over_its_street_and_town(chunks: list[str], index: int) -> bool:
    """Whether line ``index`` of a block names a venue and the next line is its street with the
    house number and its postcode with the town, one address („Schillerstraße 30, 73630
    Remshalden“) — below a line that may name the block (not only its day or its hours): a row
    of a day, then a venue and its address („29. Mai 2021, 19.30“ / „Kosmos, Hochschule Luzern –
    Musik“ / „Arsenalstrasse 28a, 6010 Kriens“) names nothing but its place, which the list's
    readers of such rows give the page's name (``address_rows``)."""
    if index < 1 or index + 1 >= len(chunks):
        return False
    if all(search_date_like(line) or TIME_LIKE.search(line) for line in chunks[:index]):
        return False
    venue, address = chunks[index].strip(), chunks[index + 1].strip().rstrip(".")
    if len(venue) > _MAX_VENUE or ":" in venue or not names_a_venue_word(venue):
        return False
    parts = [part.strip() for part in address.split(",")]
    return len(parts) == 2 and only_an_address(address) and is_postcode_and_town(parts[-1])


def venue_and_address(chunks: list[str]) -> str | None:
    """The first venue over its street and town among a block's lines, as one place („Archiv-
    Ecke in der Bücherhalle Neugraben, Am Neugrabener Markt 7, 21149 Hamburg“); None without."""
    for index in range(len(chunks)):
        if venue_over_its_address(chunks, index):
            return ", ".join(chunk.strip(" .") for chunk in chunks[index : index + 3])
    return None


def venue_and_address_line(chunks: list[str]) -> str | None:
    """The first venue over one line of its street and town among a block's lines, as one place
    („Bürgersaal/Bürgerhaus Grunbach, Schillerstraße 30, 73630 Remshalden“); None without."""
    for index in range(len(chunks)):
        if venue_over_its_street_and_town(chunks, index):
            return ", ".join(chunk.strip(" .") for chunk in chunks[index : index + 2])
    return None


def part_of_the_place(chunk: str, reading: BlockReading) -> bool:
    """Whether ``chunk`` is the venue's line of the place ``venue_and_address_line`` read for the
    block („Bürgersaal/Bürgerhaus Grunbach“ of „Bürgersaal/Bürgerhaus Grunbach, Schillerstraße
    30, 73630 Remshalden“). Only that reader's: other readers that join a venue and its address
    leave the venue's line to name the row when nothing else does."""
    place = reading.location_text
    if place is None or reading.sources.get("location_text") != LINE_SOURCE:
        return False
    line = chunk.strip(" .")
    return line != place and place.startswith(f"{line}, ")
