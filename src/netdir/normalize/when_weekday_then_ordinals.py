"""A monthly rule written weekday first, its ordinals after a colon, as a boards guide lists it
("Select Board | Tuesdays: Second and Fourth at 07:15 PM", "Mondays: First and Third"): turned into
the usual order ("Second and Fourth Tuesdays") that the n-th weekday rules read."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_weekday_rules import AND, ORD, WD

_WEEKDAY_COLON_ORDINALS = lazy_re.compile(
    rf"\b(?P<wd>{WD})s?:\s*(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))*)\b", FLAGS
)


def ordinals_before_weekday(text: str) -> str:
    """``text`` with "Tuesdays: Second and Fourth" written "Second and Fourth Tuesdays"."""
    if ":" not in text:
        return text
    return _WEEKDAY_COLON_ORDINALS.sub(r"\g<ords> \g<wd>s", text)
