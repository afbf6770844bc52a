"""Swiss German weekday names read as the standard ones.

Swiss clubs write their posts in dialect: „Mir sind am Donnstig 30.11.2023 ab 18:00 bir Platte
14 vor Ort“, „Leider gseht z Wetter de Donnstig nid so super uus“ (the coming Thursday, with the
dialect's article „de“ where standard German says „am“). The dialect's weekday names (Mäntig,
Zischtig, Mittwuch, Donnstig, Fritig, Samschtig, Sunntig and their spellings) become the standard
ones, so that the weekday grammar reads them; „de“ before one of them becomes „am“ („de“ is no
standard German word, so no standard text changes).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_DIALECT_WEEKDAYS = {
    "mäntig": "Montag",
    "määntig": "Montag",
    "zischtig": "Dienstag",
    "ziischtig": "Dienstag",
    "dienschtig": "Dienstag",
    "mittwuch": "Mittwoch",
    "mittwuuch": "Mittwoch",
    "donnstig": "Donnerstag",
    "donnschtig": "Donnerstag",
    "dunnstig": "Donnerstag",
    "dunnschtig": "Donnerstag",
    "dunstig": "Donnerstag",
    "fritig": "Freitag",
    "friitig": "Freitag",
    "freitig": "Freitag",
    "samschtig": "Samstag",
    "samstig": "Samstag",
    "sunntig": "Sonntag",
    "sonntig": "Sonntag",
}
_DIALECT_WEEKDAY = lazy_re.compile(
    r"\b(?P<de>[Dd]e\s+)?(?P<wd>"
    + "|".join(sorted(_DIALECT_WEEKDAYS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_GATE = ("tig", "ittwu")  # one of them is in every dialect weekday


def standard_weekdays(text: str) -> str:
    """``text`` with Swiss German weekday names as the standard ones ("de Donnstig" → "am
    Donnerstag")."""
    lowered = text.lower()
    if not any(piece in lowered for piece in _GATE):
        return text
    return _DIALECT_WEEKDAY.sub(_standard, text)


def _standard(match: re.Match[str]) -> str:
    weekday = _DIALECT_WEEKDAYS[match["wd"].lower()]
    return f"am {weekday}" if match["de"] else weekday
