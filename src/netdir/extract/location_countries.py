"""The time zone of a calendar's places, where their last part names a country of one zone.

A calendar may state every time as a UTC instant and name no reader's zone: the WordPress
plugin GigPress writes ``X-WR-TIMEZONE:Etc/GMT`` and ``DTSTART;TZID=GMT:20260427T160000Z`` for a
concert in Helsinki — the 19:00 gig its readers in Finland see as „klo 19“. What it does name
is each event's place, written the way address forms end: „Koko Jazz Club, Hämeentie 3,
Helsinki, FI“, „Hakasalmen huvila, Mannerheimintie 13 B, 00100 Helsinki, Suomi“. When the
places that end in a country's ISO code or name all name one country, and that country keeps
one clock, its readers see the calendar's UTC times at that clock.

Only the last comma-separated part counts (a town named like a country inside an address is
no country), only countries of one zone are listed, and two-letter codes that are also US
state or Canadian province codes (DE Delaware, NL Newfoundland and Labrador, SK Saskatchewan)
count only as written-out names. Berlin is this project's default clock: Germany changes
nothing and is not looked for.
"""

from __future__ import annotations

from collections.abc import Iterable

# country → its one zone; codes (upper case, as address forms write them) and names (any case)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Europe/Helsinki": (("FI",), ("finland", "suomi")),
    "Europe/Tallinn": (("EE",), ("estonia", "eesti")),
    "Europe/Riga": (("LV",), ("latvia", "latvija")),
    "Europe/Vilnius": (("LT",), ("lithuania", "lietuva")),
    "Europe/Stockholm": (("SE",), ("sweden", "sverige")),
    "Europe/Oslo": (("NO",), ("norway", "norge", "noreg")),
    "Europe/Copenhagen": (("DK",), ("denmark", "danmark")),
    "Atlantic/Reykjavik": (("IS",), ("iceland", "ísland")),
    "Europe/London": (
        ("GB", "UK"),
        ("united kingdom", "great britain", "england", "scotland", "wales"),
    ),
    "Europe/Dublin": (("IE",), ("ireland", "éire")),
    "Europe/Amsterdam": ((), ("netherlands", "the netherlands", "nederland")),
    "Europe/Brussels": (("BE",), ("belgium", "belgië", "belgique", "belgien")),
    "Europe/Luxembourg": (("LU",), ("luxembourg", "luxemburg", "lëtzebuerg")),
    "Europe/Paris": (("FR",), ("france", "frankreich")),
    "Europe/Zurich": (("CH",), ("switzerland", "schweiz", "suisse", "svizzera")),
    "Europe/Vienna": (("AT",), ("austria", "österreich")),
    "Europe/Rome": (("IT",), ("italy", "italia", "italien")),
    "Europe/Warsaw": (("PL",), ("poland", "polska", "polen")),
    "Europe/Prague": (("CZ",), ("czechia", "czech republic", "česko", "česká republika")),
    "Europe/Bratislava": ((), ("slovakia", "slovensko", "slowakei")),
    "Europe/Budapest": (("HU",), ("hungary", "magyarország", "ungarn")),
    "Europe/Ljubljana": (("SI",), ("slovenia", "slovenija", "slowenien")),
    "Europe/Zagreb": (("HR",), ("croatia", "hrvatska", "kroatien")),
    "Europe/Athens": (("GR",), ("greece", "ελλάδα", "griechenland")),
    "Asia/Tokyo": (("JP",), ("japan", "日本")),
}
_BY_CODE = {code: zone for zone, (codes, _) in _COUNTRIES.items() for code in codes}
_BY_NAME = {name: zone for zone, (_, names) in _COUNTRIES.items() for name in names}
_DEFAULT_ZONE = "Europe/Berlin"
_DEFAULT_NAMES = frozenset({"germany", "deutschland"})


def country_zone(place: str) -> str | None:
    """The zone of the country ``place`` ends in („…, Helsinki, FI“, „…, Helsinki, Suomi“);
    None when its last part names no listed country."""
    last = place.rsplit(",", 1)[-1].strip().rstrip(".")
    if len(last) == 2 and last.isupper():
        return _BY_CODE.get(last)
    return _BY_NAME.get(last.casefold())


def zone_of_countries(places: Iterable[str]) -> str | None:
    """The one zone of the countries these places end in; None when none ends in a listed
    country, when they name countries of different clocks, or when one names Germany."""
    zones: set[str] = set()
    for place in places:
        last = place.rsplit(",", 1)[-1].strip().rstrip(".").casefold()
        if last in _DEFAULT_NAMES:
            zones.add(_DEFAULT_ZONE)
        elif (zone := country_zone(place)) is not None:
            zones.add(zone)
    if len(zones) != 1 or _DEFAULT_ZONE in zones:
        return None
    return zones.pop()
