"""A row that opens with a remark on its day in brackets, then the clock, the venue and the name:
„(Christi Himmelfahrt), 09.00 Uhr, Pfarrkirche Barwies - Erstkommunion“.

A regional calendar writes each row as its day and one free text; on a feast day the text opens
with the feast in brackets — it says why the day is special, not what is held. Read as „name,
clock, place“ the bracket became the row's name and „Pfarrkirche Barwies - Erstkommunion“ its
place. When the name so read is nothing but a bracket and the place is a venue, a dash and a name
that is no venue, the part after the dash names the row and the venue is where.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word

_ONLY_A_BRACKET = lazy_re.compile(r"^\(\s*[^()]{2,40}\)[\s,.;:]*$")
_VENUE_DASH_NAME = lazy_re.compile(
    r"^(?P<venue>[^()\-–—]{3,60}?)\s+[-–—]\s+(?P<name>[A-ZÄÖÜ„\"][^()]{2,80}?)[\s.]*$"
)


def name_after_the_venue(title: str, place: str) -> tuple[str, str] | None:
    """(name, venue) of a row named by a bracketed remark and placed at „<venue> - <name>“;
    None for any other row."""
    if _ONLY_A_BRACKET.match(title.strip()) is None:
        return None
    match = _VENUE_DASH_NAME.match(" ".join(place.split()))
    if match is None:
        return None
    venue, name = match["venue"].strip(), match["name"].strip()
    if not names_a_venue_word(venue) or names_a_venue_word(name):
        return None
    return name, venue
