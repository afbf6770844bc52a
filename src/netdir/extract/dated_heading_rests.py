"""What is left of a dated heading once its day is read: sometimes no name at all.

An edition's page sets its day as a heading of its own over (or under) the heading that names
it: „<h2>Save the Date: 08. - 10.09.2023</h2>“ under „<h1>Hacks on the Harbour 2023</h1>“, the
intro card's „<h3>17.-19. Mai 2019 im Kliemannsland</h3>“ over „<h1>Willkomen bei den 2. 23.
Rüspeler Tüfteltage!</h1>“. Read as a dated heading that names its event, the first gave the
title „Save the Date: 08.“ and the second „im Kliemannsland“. A reader takes „Save the Date“ for
a call to note the day and „im Kliemannsland“ for where: neither names the event, the heading
that does stands beside it; the second says the place.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import DATE_PHRASE

# „Save the Date: …“, „Save-the-Date!“, „Vormerken: …“: a call to note the day.
_NOTE_THE_DAY = lazy_re.compile(
    r"^\s*(?:save[\s-]+the[\s-]+date|vormerken|termin\s+vormerken)\b", re.I
)
# „im Kliemannsland“, „in der Stadthalle Kassel“, „auf dem Marktplatz“: a place after „in“/„im“/
# „auf“, capitalised words only (one small joining word allowed).
_ONLY_A_PLACE = lazy_re.compile(
    r"^(?:im|in(?:\s+de[rnm])?|auf\s+de[mr]|am)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:der|des|am|im|an|zum|zur)\s+)?[A-ZÄÖÜ][\w.'’&-]*){0,3})$"
)


def names_no_event(heading: str, rest: str) -> bool:
    """Whether the dated ``heading`` (whose words besides its day are ``rest``) only calls to
    note the day or only says where."""
    return _NOTE_THE_DAY.match(heading) is not None or _ONLY_A_PLACE.match(rest.strip()) is not None


def place_after_the_day(heading: str, rest: str) -> str | None:
    """„Kliemannsland“ of „17.-19. Mai 2019 im Kliemannsland“: the place a dated heading names
    after its day when that is all it names; None otherwise."""
    if DATE_PHRASE.search(heading) is None:
        return None
    found = _ONLY_A_PLACE.match(rest.strip())
    return found["place"] if found else None
