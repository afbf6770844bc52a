"""Where a hybrid event meets in person: „live in Hamburg-Barmbek oder online über Teams“.

A clinic's monthly lecture afternoon invites „Das sechste Barmbeker Nephrologie Gespräch 2024
findet am 19.09.2024 ab 16:00 Uhr live in Hamburg-Barmbek oder online über Microsoft Teams
statt.“ The meeting tool is how to join from afar; a reader notes where the event is held: the
place named after „live in“ / „vor Ort in“ / „in Präsenz in“, before „oder online …“.
"""

from __future__ import annotations

from netdir import lazy_re

_HYBRID = lazy_re.compile(
    r"\b(?i:live|vor\s+Ort|in\s+Präsenz|präsent)\s+(?:in|im|bei)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w.-]*(?:\s+(?:[A-ZÄÖÜ][\w.-]*|am|an\s+der|im))*?)\s+"
    r"(?i:oder|und|sowie|bzw\.)\s+(?:(?i:auch\s+)?(?i:online|digital|virtuell|per|via|über)\b)"
)
# „findet … statt“, „stattfinden“: the sentence says the event takes place.
_TAKES_PLACE = lazy_re.compile(r"\bfinde[nt]\b.*\bstatt\b|\bstatt(?:finden|findet)\b")


def in_person_place(sentence: str) -> str | None:
    """The place a sentence says a hybrid event is held at in person („… findet … live in
    Hamburg-Barmbek oder online über Microsoft Teams statt“ → „Hamburg-Barmbek“); None when it
    names none so."""
    text = " ".join(sentence.split())
    if _TAKES_PLACE.search(text) is None:
        return None
    found = _HYBRID.search(text)
    return found["place"] if found is not None else None
