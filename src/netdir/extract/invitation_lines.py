"""A post that invites to its event on a line of its own: the event is on that line's day.

A tennis club's news rows are a badge with the day of posting („08“ / „März 26“), a heading and a
paragraph: „<h3>Einladung zur Mitgliederversammlung 2026</h3><p>Wir laden alle Mitglieder
herzlich ein: Dienstag, 24.03.2026 um 19:00 Uhr in unserer Vereinsgaststätte „Zum
Netzroller“.</p>“. The words before the colon invite, they name nothing; read as a titled date
line they gave a second record „Wir laden alle Mitglieder herzlich ein“ beside the row's own on
the badge's day. The invitation's day is the event's, the heading names it, the badge only says
when the post went up: one record, the row's name at the invitation's day, at the place the line
names after its hour („… um 19:00 Uhr in unserer Vereinsgaststätte „Zum Netzroller““).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, text_lines
from netdir.extract.invitation_words import is_an_invitation
from netdir.extract.sub_items import part_of

# „… um 19:00 Uhr in unserer Vereinsgaststätte „Zum Netzroller“.“: the place right after the hour,
# up to the sentence's end.
_PLACE_AFTER_THE_HOUR = lazy_re.compile(
    r"\bUhr\s+(?:in\s+(?:unserer|unserem|der|dem)|im|auf\s+der|auf\s+dem)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.,;:!?]{2,80})",
    re.I,
)


def invited_day(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """The block's reading at the day its one invitation line gives („Wir laden … ein: Dienstag,
    24.03.2026 um 19:00 Uhr …“), named by the block; [] unless the block has a name and exactly one
    line invites so to a day."""
    if reading.title is None:
        return []
    found: list[tuple[str, LexborNode | None]] = []
    for line, owner in text_lines(segment):
        label, colon, rest = line.partition(":")
        if colon and is_an_invitation(label) and names_a_day(rest):
            found.append((rest.strip(), owner))
    if len(found) != 1:
        return []
    when, owner = found[0]
    where = f"listing:{owner.tag if owner is not None else ''} invitation line"
    place = _PLACE_AFTER_THE_HOUR.search(when)
    if place is None:
        return [part_of(reading, reading.title, when, None, where, own_place=False)]
    return [part_of(reading, reading.title, when, place["place"].strip(), where)]
