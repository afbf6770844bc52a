"""An event object whose place key names only its town, its street under "address".

A Munich event search keeps each event as ``{"location": "Munich", "address": "Residenzstr. 1",
…}``: "location" is the same town for every event, the street that says where is beside it. Read
from "location" alone every event was „Munich“. A place that is a known town (the gazetteer's,
in German or English: „Munich“ is München) with a street address apart is that address in that
town — „Residenzstr. 1, Munich“ — or the address alone where it names the town itself
(„Lilienthalallee 35, 80939 München“). A place that is a venue's name keeps its own reading.

An object without a place key may state its town and its street apart: a wine-events file's
``"city": "Weinstadt-Schnait", "address": "Schillerstraße 4, 71384 Weinstadt-Schnait"``. Its place
is the address — it says where in the town — followed by the town where the address leaves it
out (:func:`town_address`); the town alone only without an address.
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


def town_address(town: tuple[str, str], address: tuple[str, str] | None) -> tuple[str, str]:
    """(place, keys) of an object's town and its street address stated apart (each a text and
    its key): the address, with the town after it unless the address names it (the town itself
    or a postcode and town in its last part); the town alone without an address."""
    if address is None:
        return town
    (place, town_key), (street, street_key) = town, address
    last = street.rsplit(",", 1)[-1].strip()
    if place.casefold() in street.casefold() or _POSTCODE.match(last):
        return street, street_key
    return f"{street}, {place}", f"{street_key}+{town_key}"
