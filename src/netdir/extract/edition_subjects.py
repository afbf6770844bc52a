"""The event a sentence names as one edition of a series: „Das neunte Barmbeker Nephrologie
Gespräch des Jahres 2023 findet … statt“.

A monthly series invites on its home page with the count of this year's session before the name
and the year after it („Das sechste Barmbeker Nephrologie Gespräch 2024 findet am 19.09.2024 ab
16:00 Uhr live in Hamburg-Barmbek … statt“). The event is the series' session: its name is the
words between the ordinal and the year — not the greeting above it, not the whole sentence.
"""

from __future__ import annotations

from netdir import lazy_re

_ORDINAL = (
    r"(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte|elfte|"
    r"zwölfte|nächste|kommende|diesjährige|\d{1,3}\.)"
)
_EDITION_SUBJECT = lazy_re.compile(
    rf"^(?i:der|die|das|unser|unsere)\s+{_ORDINAL}\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,5})"
    r"(?:\s+(?:des\s+Jahres\s+|im\s+Jahr\s+)?(?:19|20)\d\d)?"
    r"\s+(?:findet|finden)\s"
)


def edition_subject(sentence: str) -> str | None:
    """The series' name of a sentence that says its numbered session takes place („Das neunte
    Barmbeker Nephrologie Gespräch des Jahres 2023 findet …“ → „Barmbeker Nephrologie
    Gespräch“); None for any other sentence."""
    found = _EDITION_SUBJECT.match(" ".join(sentence.split()))
    if found is None or not found["name"][0].isupper():
        return None
    return found["name"]
