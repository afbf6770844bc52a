"""An event put off without a new day (round 290, a Freifunk Twitter archive): „Programmänderung:
Leider müssen wir den Talk mit @netzpolitik heute um 19:00 verschieben #34c3“ — the day and clock
named are the ones given up, and no other is set: no event's day.

Only „müssen (muss) wir … verschieben“ closing its sentence counts, with no „auf“ or „in“ naming
where to (as „… auf den 5. Mai verschieben“ does), and no later sentence naming a day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_PUT_OFF = lazy_re.compile(
    r"\b(?:müssen|muss|mussten|musste)\s+wir\b(?P<between>[^.!?]{0,100}?)\bverschieben\b"
    r"(?:\s*#\w+)*\s*(?:[.!]|$)",
    FLAGS,
)
_WHERE_TO = lazy_re.compile(r"\b(?:auf|in|nach|bis)\b", FLAGS)


def is_put_off_unset(text: str) -> bool:
    """Whether the text puts off its event without a new day („Leider müssen wir den Talk … heute
    um 19:00 verschieben“)."""
    found = _PUT_OFF.search(text)
    if found is None or _WHERE_TO.search(found["between"]) is not None:
        return False
    return not any(character.isdigit() for character in text[found.end() :])
