"""An event object whose place key names only its town, its street under "address".

A Munich event search keeps each event as ``{"location": "Munich", "address": "Residenzstr. 1",
…}``: "location" is the same town for every event, the street that says where is beside it. Read
from "location" alone every event was „Munich“. A place that is a known town (the gazetteer's,
in German or English: „Munich“ is München) with a street address apart is that address in that
town — „Residenzstr. 1, Munich“ — or the address alone where it names the town itself
(„Lilienthalallee 35, 80939 München“). A place that is a venue's name keeps its own reading.
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re
from netdir.extract.json_untitled import address_of
from netdir.normalize.place import known_town

# „80939 München“: the postcode before the town in an address's last part.
_POSTCODE = lazy_re.compile(r"^\d{4,5}\s+")


def address_in_town(place: str, place_key: str, node: dict[str, Any]) -> tuple[str, str] | None:
    """(place, keys) when ``place`` is a known town and ``node`` states a street address apart;
    None otherwise."""
    town = known_town(place)
    found = address_of(node)
    if town is None or found is None:
        return None
    address, address_key = found
    if place.casefold() in address.casefold():
        return address, address_key
    for part in address.split(","):
        named = known_town(_POSTCODE.sub("", part.strip()))
        if named is not None and named.city == town.city:
            return address, address_key
    return f"{address}, {place}", f"{address_key}+{place_key}"
