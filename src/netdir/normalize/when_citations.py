"""Dates that say when something was sent, stood, appeared or stays online, not when an event is.

- "Nach Einladung am 01.11.2023 per Email.", "Einladung vom 3. Mai": the day an invitation went out;
- "Es gibt aktuell (17.3.2025) 127 Artikel …": a count's stand date in brackets;
- "Christian Alternative Books (26. Mai 2023), ISBN-13: …": a book's publication date in a citation;
- "Der Beitrag war bis 16. Oktober 2025 in der ARD Mediathek abrufbar.": how long a broadcast or a
  file can be fetched.

Each cue is a short anchored pattern on the text just before or just after the date (no
backtracking over long spans); ``role_of_date`` reads a match as a stamp (the date is no event's).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_FLAGS = re.IGNORECASE

# Lower-case substrings one of the cues needs (most texts have none; may_hold_roles reads them).
CITATION_HINTS = ("einladung", "aktuell", "derzeit", "zurzeit", "momentan", "isbn", "abrufbar")

_INVITATION_SENT_BEFORE = lazy_re.compile(
    r"(?:\beinladung\s+vom|\bnach\s+(?:der\s+)?einladung\s+am)\s+$", _FLAGS
)
_INVITATION_AM_BEFORE = lazy_re.compile(r"\beinladung\s+am\s+$", _FLAGS)
_SENT_BY_AFTER = lazy_re.compile(r"^\s*(?:per|via|als|mit\s+der)\s+(?:e-?mail|post|brief)", _FLAGS)
_NOW_BRACKET_BEFORE = lazy_re.compile(r"\b(?:aktuell|derzeit|zurzeit|momentan)\s*\(\s*$", _FLAGS)
_ISBN_AFTER = lazy_re.compile(r"^\s*\)?\s*[,;.]?\s*ISBN\b")
_UNTIL_BEFORE = lazy_re.compile(r"\bbis\s+(?:zum\s+|einschließlich\s+)?$", _FLAGS)
_FETCHABLE_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,60}?\b(?:abrufbar|herunterladbar|downloadbar|nachzuhören|nachzusehen)\b", _FLAGS
)


def cited_not_held(before: str, after: str) -> bool:
    """Whether the date between these texts is when an invitation was sent, a count stood, a book
    appeared or a recording stays online (no event's day)."""
    tail = before[-40:]
    if "inladung" in tail and (
        _INVITATION_SENT_BEFORE.search(tail)
        or (_INVITATION_AM_BEFORE.search(tail) and _SENT_BY_AFTER.match(after))
    ):
        return True
    if after.lstrip().startswith(")") and _NOW_BRACKET_BEFORE.search(tail):
        return True
    if "ISBN" in after[:12] and _ISBN_AFTER.match(after):
        return True
    return _UNTIL_BEFORE.search(tail) is not None and _FETCHABLE_AFTER.match(after) is not None
