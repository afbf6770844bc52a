"""Notes written after an event's name that say who may come or when, not what it is called.

An election timetable lists „Auslosung der Listennummern (Öffentlich)“ and „Auszählung der
Stimmzettel im Anschluss an die Wahl“: a reader names the first event „Auslosung der
Listennummern“ — the bracket only says the public may watch — and the second „Auszählung der
Stimmzettel“ — „im Anschluss an die Wahl“ says when it starts, after the other event. Both notes
end the line; a note inside a name („Öffentliche Führung“, „Sitzung des Beirates für Kunst im
öffentlichen Raum“) or a bracket that says more („(öffentlich / alle Räume)“) stays.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „(Öffentlich)“, „(nicht öffentlich)“, „(nichtöffentliche Sitzung)“, „(öffentlicher Teil)“:
# a closing bracket that holds only whether the public may come.
_ACCESS_BRACKET = lazy_re.compile(
    r"\s*\(\s*(?:nicht[\s-]*)?öffentlich(?:e[rs]?)?"
    r"(?:\s+(?:Sitzung|Teil|Veranstaltung|Termin))?\s*\)\s*$",
    re.I,
)
# „… im Anschluss an die Wahl“, „… direkt im Anschluss an den Gottesdienst“: the event it follows,
# in at most three words after the article, at the end of the line.
_AFTER_ANOTHER = lazy_re.compile(
    r"\s*[,–—-]?\s+(?:direkt\s+|gleich\s+|unmittelbar\s+)?im\s+Anschluss\s+an\s+"
    r"(?:die|den|das|dem|der|unsere[nmr]?)\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,2}\s*$",
    re.I,
)
# „Methodenblitz: Umgang mit Risiken (ca. 1,5 Stunden)“, „Basisschulung (4 Tage)“, „Führung
# (90 Min.)“: a closing bracket that only says how long the course or session lasts — the page
# tells it under the name, the name is what comes before.
_LENGTH_BRACKET = lazy_re.compile(
    r"\s*\(\s*(?:ca\.?\s*|etwa\s+|about\s+|approx\.?\s*)?\d{1,3}(?:[.,]\d{1,2})?\s*"
    r"(?:minuten|min\.?|mins?|minutes?|stunden|std\.?|hours?|h|tage?|days?|abende|wochen|weeks?)"
    r"\s*\)\s*$",
    re.I,
)
_MIN_NAME_LETTERS = 3


def without_name_notes(title: str) -> str:
    """The title without a closing note on who may come („(Öffentlich)“), on how long it lasts
    („(1,5 Stunden)“) or on the event it follows („im Anschluss an die Wahl“); unchanged when
    the note is all there is."""
    rest = _AFTER_ANOTHER.sub("", _ACCESS_BRACKET.sub("", title, count=1), count=1)
    rest = _LENGTH_BRACKET.sub("", rest, count=1)
    return rest if sum(ch.isalpha() for ch in rest) >= _MIN_NAME_LETTERS else title
