"""A listing's title that ends in a bracket saying who may come: „3. Eltern- und Freundeball
(öffentlich)“.

A band's gig list marks the one school ball that anyone may attend („3. Eltern- und Freundeball
(öffentlich)“) among its private bookings; a club writes „Sommerfest (intern)“. The bracket
tells who is let in, as the label „Online“ after a dash tells
how one takes part (title_places.move_dashed_attendance): it is no part of the event's name. A
bracket that says more than that („(öffentlich / alle Räume)“, a council meeting's
„(öffentlich/nichtöffentlich)“ parts) is left as written, and so is a restriction that makes the
evening one of its own („Primelfest (nur für Mitglieder)“ beside the open one).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

# „(öffentlich)“, „(nicht öffentlich)“, „(intern)“, „(public)“: the whole
# bracket is one remark on who may come, at the end of the title.
_ACCESS_BRACKET = lazy_re.compile(
    r"\s*\(\s*(?:(?:nicht[\s-]?)?öffentlich|intern|geschlossene\s+(?:veranstaltung|gesellschaft)"
    r"|für\s+alle\s+offen|offen\s+für\s+alle"
    r"|public|private|members\s+only|open\s+to\s+(?:all|the\s+public))\s*\)\s*$",
    re.IGNORECASE,
)
_MIN_NAME_LETTERS = 3


def drop_access_brackets(records: list[RawRecord]) -> None:
    """End each record's title before a closing bracket that only says who may come."""
    for record in records:
        title = record.title
        if not title:
            continue
        match = _ACCESS_BRACKET.search(title)
        if match is None:
            continue
        name = title[: match.start()].rstrip()
        if sum(ch.isalpha() for ch in name) >= _MIN_NAME_LETTERS:
            record.title = name
