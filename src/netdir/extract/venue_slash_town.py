"""A place line written „venue / town“: „Aarepark / Interlaken“, „Markuskirche / Bern“.

A group's list of shows puts under each show's name one line of where it played, the venue (or
the occasion) and the town set apart by slashes: „Lerchenfeld / Thun“, „150 Jahr Jubiläum
Friedenskirche / Olten“, „New Life Bern / Kulturhalle 12 / Bern“. Without a venue word
(„Kirche“, „Aula“) such a line was no place. A reader knows it by its last part, a town: a line
of two or three short capitalised parts set apart by „ / “ whose last part is a town the
gazetteer knows is where. „Rock / Pop“, „Kinder / Familie“ end in no town and stay what they
are.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.gazetteer import load_gazetteer

_SLASH = lazy_re.compile(r"\s+/\s+")
_MAX_PARTS = 3
_MAX_PART_WORDS = 5


def venue_slash_town(line: str) -> bool:
    """Whether ``line`` is „venue / town“ (see the module docstring)."""
    parts = _SLASH.split(line.strip())
    if not 2 <= len(parts) <= _MAX_PARTS:
        return False
    for part in parts:
        words = part.split()
        if (
            not words
            or len(words) > _MAX_PART_WORDS
            or not (words[0][:1].isupper() or words[0][:1].isdigit())
        ):
            return False
    return load_gazetteer().lookup(parts[-1]) is not None
