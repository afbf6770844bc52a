"""A place open every day, no hours and no day given: „A place of remembrance and encounter, open
every day.“, „Die Kapelle ist täglich geöffnet.“ — a standing fact about a place, no schedule an
offering keeps (its hours, when written, make one: „Täglich geöffnet 8.00 – 20.00 Uhr“)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_OPEN_DAILY = lazy_re.compile(
    r"\b(?:open|opened|accessible)\s+(?:every\s+day|daily|all\s+year(?:\s+round)?|year[\s-]round)\b"
    r"|\b(?:täglich|jeden\s+tag|ganzjährig)\s+(?:geöffnet|offen|zugänglich)\b"
    r"|\b(?:geöffnet|offen|zugänglich)\s+(?:täglich|jeden\s+tag|ganzjährig)\b",
    FLAGS,
)
_DIGIT = lazy_re.compile(r"\d")


def is_always_open(text: str) -> bool:
    """Whether the (cleaned) text says only that a place is open every day (see the module)."""
    return _DIGIT.search(text) is None and _OPEN_DAILY.search(text) is not None
