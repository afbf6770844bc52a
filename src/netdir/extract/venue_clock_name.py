"""A dated row that says where, then when, then what: „Gemeindesaal Mieming, 19 Uhr,
Abschlusskonzert der Musikschule Telfs“.

A regional magazine's calendar writes each row as its day in bold and one free sentence, and
some rows open with the venue: „<b>06.07.2007:</b> Barwies-Sozialzentrum, 20.15 Uhr,
Platzkonzert der Musikkapelle Mieming.“, „<b>07.06.2007:</b> Pfarrkirche Untermieming, 9.00 Uhr.
Festgottesdienst mit anschließender Fronleichnamsprozession.“. Read as „name, clock, place“ (the
order of most such rows) the venue became the name and the concert the place; read as a name
with a comma list of conditions („19 Uhr“ opens with a figure as „4 gegen 4“ does) the venue was
the name alone.

The row is read so only when the part before the clock is one short place holding a venue word
(„…saal“, „…zentrum“, „…kirche“, „Haus …“) and the part after it opens a capitalised name that
does not itself open with a venue: „Konzert, 20 Uhr, Stadthalle“ keeps its order. The name is
the first sentence after the clock; the clock joins the row's day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word, opens_with_a_venue
from netdir.extract.sentence_ends import first_full_stop

# „Gemeindesaal Mieming, 19 Uhr, Abschlusskonzert …“, „Pfarrkirche Untermieming, 9.00 Uhr.
# Festgottesdienst …“: the place, a comma, the clock (a whole hour with „Uhr“ or hours and
# minutes), a comma or a full stop, then the capitalised name.
_VENUE_CLOCK_NAME = lazy_re.compile(
    r"^[\s:–-]*(?P<venue>[^,.;:()\d]{3,60}?)\s*,\s*"
    r"(?P<clock>(?:(?:um|ab)\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr)\s*[,.]\s+"
    r"(?P<name>[A-ZÄÖÜ„\"].{3,})$"
)
_QUOTES = '„“"”'


def venue_clock_name(line: str) -> tuple[str, str, str] | None:
    """(venue, clock, name) of a row's text „<venue>, <clock>, <name …>“ (see the module
    docstring); None when the first part names no venue or the rest opens with one."""
    match = _VENUE_CLOCK_NAME.match(line.strip())
    if match is None:
        return None
    venue = " ".join(match["venue"].replace("„", " ").replace("“", " ").replace('"', " ").split())
    if not names_a_venue_word(venue):
        return None
    rest = match["name"].strip()
    stop = first_full_stop(rest)
    name = (rest[:stop] if stop > 0 else rest).strip(" .,;").strip()
    if len(name.split()) < 2 or opens_with_a_venue(name.strip(_QUOTES)):
        return None
    return venue, match["clock"].strip(), name
