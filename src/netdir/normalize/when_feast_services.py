"""A service on a feast of several days: „Der nächste Gottesdienst findet an Pfingsten statt“,
„An Ostern wird … kein eigener Gottesdienst … stattfinden“ (round 218).

A bare "Ostern" or "Pfingsten" names several days and gives no day of its own (``when_feasts``),
but a parish's service held "an Ostern" or "zu Pfingsten" is held on the feast's Sunday: the
sentence names a service (Gottesdienst, Messe, Andacht, Mette), the preposition stands right
before the feast. A museum's "an Ostern geschlossen" names no service and stays without a day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re

_FLAGS = re.IGNORECASE

# "an Pfingsten", "zu Ostern", "über Ostern" is a stretch and stays out; a compound
# ("Osterferien", "Pfingst-Gottesdienst") and a year after it are no bare feast here.
_SERVICE_FEAST = lazy_re.compile(r"(?<!\w)(?:an|zu)\s+(?P<feast>ostern|pfingsten)(?![\w-])", _FLAGS)
_SERVICE = lazy_re.compile(
    r"gottesdienst|messe\b|andacht|\bmette\b|hochamt|eucharistiefeier", _FLAGS
)

_SUNDAYS: dict[str, Callable[[int], date]] = {
    "ostern": easter,
    "pfingsten": lambda year: easter(year) + timedelta(days=49),
}


def service_feasts(text: str) -> list[tuple[int, int, Callable[[int], date]]]:
    """The spans of "an Pfingsten"/"zu Ostern" in a sentence naming a service, with the
    feast's Sunday in any year; none when the text names no service."""
    lowered = text.lower()
    if ("ostern" not in lowered and "pfingsten" not in lowered) or _SERVICE.search(text) is None:
        return []
    return [
        (found.start("feast"), found.end("feast"), _SUNDAYS[found["feast"].lower()])
        for found in _SERVICE_FEAST.finditer(text)
    ]
