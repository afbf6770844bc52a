"""A heading that names the hall, with its street right below it: where, not what.

A volunteer bazaar's start page opens its info list with the hall it is held in — „<h2
class="venue-name">Fritz-Ahrberg-Halle</h2>“, „(Turnhalle Ernst-Reuter-Schule)“, „Nienstedter
Str. 15<br>Barsinghausen / Egestorf“ — and below it „nächster Termin: Samstag, 26.09.2026“. The
first heading was taken for the event's name. A heading that names a venue („…halle“, „…saal“,
„…haus“) and is followed within two lines by a street and its number says where the event is; the
site's name in the document title („Basar in Egestorf - Home“) names it.

A heading that looks towards a place — „Blick/Klick auf die Hinterbühne“ (a Fachtag on culture
and data, its street in the „Zeit und Ort“ line below) — is a theme, not the venue's name: a hall
is not called after a movement „auf die“, „hinter die“, „in den“ something.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word

_LINES_BELOW = 3  # the heading's subtitle, the street, the town
# „Nienstedter Str. 15“, „Hauptstraße 3a“, „Am Markt 2“ is not looked for: a street word and
# its number
_STREET = lazy_re.compile(
    r"\b[\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|damm)\s*\d{1,4}\s?[a-z]?\b",
    re.IGNORECASE,
)


# „auf die Hinterbühne“, „hinter die Kulissen“, „in den Saal“: where to, not a venue's name
_TOWARDS = lazy_re.compile(r"\b(?:auf|hinter|in|über|unter|vor)\s+(?:die|den|das)\s", re.IGNORECASE)


def heading_is_the_venue(heading: str, lines_below: list[str]) -> bool:
    """Whether ``heading`` names a venue whose street stands in the lines right below it."""
    if not names_a_venue_word(heading) or _STREET.search(heading) or _TOWARDS.search(heading):
        return False
    return any(_STREET.search(line) for line in lines_below[:_LINES_BELOW])
