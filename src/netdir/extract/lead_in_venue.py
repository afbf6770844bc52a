"""An event page's venue on the lines after the sentence that leads in to it.

A workshop's page announces „Am Samstag, den 2015-08-01, veranstaltet die Troisdorfer Linux User
Group … den **Gentoo Workshop Troisdorf 2015** Veranstaltungsort sind die“ and sets the venue as
an address block below: „Seminarräume der AWO Troisdorf-Mitte / Agnes-Klein-Zentrum/
Begegnungsstätte / Wilhelm-Hamacher-Platz 12 / 53840 Troisdorf“. The sentence breaks off where a
label's colon would stand — „Veranstaltungsort ist/sind (der/die/das)“, „Treffpunkt ist“ — and the
lines after it are its value: a reader takes the venue from them as from „Veranstaltungsort:“.
The place is those short lines, up to and with the one of postcode and town, at most four; only
when one of them is an address (a postcode or a street with its number), so a sentence that goes
on in prose below gives none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# The sentence's last words say that the venue follows: „Veranstaltungsort sind die“, „Der
# Tagungsort ist das“, „Treffpunkt ist der“, „Austragungsort ist“.
_LEAD_IN = lazy_re.compile(
    r"\b(?:veranstaltungsort|tagungsort|austragungsort|treffpunkt|ort\s+der\s+veranstaltung)"
    r"\s+(?:ist|sind|wird\s+sein)(?:\s+(?:der|die|das|im|in\s+der|in\s+den|in\s+dem))?\s*:?$",
    re.IGNORECASE,
)
_POSTCODE_TOWN = lazy_re.compile(r"^(?:D-|A-|CH-)?\d{4,5}\s+\S")
_STREET_NUMBER = lazy_re.compile(r"\S\s+\d{1,4}\s?[a-zA-Z]?$")
_MAX_LINES = 4  # a venue's name, its house, its street, its town
_MAX_LINE_WORDS = 8  # an address line is short; a longer line is prose


def venue_after_its_lead_in(
    lines: Sequence[tuple[str, LexborNode | None]],
) -> tuple[str, int] | None:
    """The venue on the lines after the first line that ends by leading in to it, joined with
    commas, and the index of that line; None when no line leads in or no address follows."""
    for index, (text, _) in enumerate(lines):
        if not _LEAD_IN.search(" ".join(text.split())):
            continue
        venue: list[str] = []
        for line, _ in lines[index + 1 : index + 1 + _MAX_LINES]:
            line = " ".join(line.split())
            if not line or len(line.split()) > _MAX_LINE_WORDS:
                break
            venue.append(line)
            if _POSTCODE_TOWN.match(line):
                break
        if any(_POSTCODE_TOWN.match(line) or _STREET_NUMBER.search(line) for line in venue):
            return ", ".join(venue), index
        return None
    return None
