"""A section heading that names its offering and the venue, closed by a colon over its dates.

A parish lists its smaller services under headings like labels: „<h3>Andacht im
Katharina-von-Bora-Haus, Wiesenstr. 18:</h3><p>Donnerstag, 20. September und 22. November, um
10:00 Uhr</p>“, „<h3>Ökumenische Marktandacht in der Reformierten Kirche am Markt:</h3><p>jeden
Samstag um 11:00 Uhr.</p>“. The heading names each dated line below it, with the colon and the
street — and the record had no place. A reader takes the heading without its colon as the name,
the venue after „im“/„in der“ (with the street after its comma) as the place, and the street as
no part of the name. Only a heading that ends in a colon and whose words after „im“, „in der“,
„am“, „beim“ start with a capital: the label shape, not a sentence.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

SOURCE_NOTE = " (the venue of the heading's label)"
_HEADING_SOURCES = ("h1", "h2", "h3", "h4", "h5", "h6", "heading")
# „Andacht im Katharina-von-Bora-Haus, Wiesenstr. 18:“: the name up to the venue, the venue,
# maybe a street with its number after a comma, the colon.
_LABEL = lazy_re.compile(
    r"^(?P<name>\S.*?\s(?:im|in\s+der|in\s+dem|am|beim)\s+"
    r"(?P<venue>(?-i:[A-ZÄÖÜ])[^,:;]{2,60}))"
    r"(?:,\s*(?P<street>[^,:;\d]{3,40}\s\d{1,4}\s?[a-z]?))?\s*:$",
    re.IGNORECASE,
)


def venue_of_the_heading_label(reading: BlockReading) -> None:
    """Name the reading by its heading without the colon and the street, and hold it at the
    heading's venue (see the module docstring); changes ``reading`` in place."""
    title = " ".join((reading.title or "").split())
    source = reading.sources.get("title", "")
    if not title.endswith(":") or not source.endswith(_HEADING_SOURCES):
        return
    label = _LABEL.match(title)
    if label is None:
        return
    reading.title = label["name"].strip()
    reading.sources["title"] = source + SOURCE_NOTE
    if reading.location_text is None:
        venue = label["venue"].strip()
        reading.location_text = f"{venue}, {label['street'].strip()}" if label["street"] else venue
        reading.sources["location_text"] = source + SOURCE_NOTE
