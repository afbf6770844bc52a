"""The place a group's rule names right after its clock.

An association describes its regular meeting in one sentence above the days it lists:
„Regelmäßig trifft sich eine Geschichtsgruppe, in der Regel am 2. Donnerstag im Monat um 18:30
Uhr, in der Bücherhalle Neugraben zu einem Arbeitstreffen …“. The rule's clock is each listed
day's (``prose_times``); the place that follows the clock after „im“, „in der“, „auf dem“ … is
where each of those meetings is held — a capitalised name of up to four words.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.prose_times import RULE_AT

#: Provenance of a place read after a rule's clock.
SOURCE = "listing:the place after its rule's clock"

_PLACE_AFTER = lazy_re.compile(
    rf"\s*,?\s*{PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){{0,3}})",
)


def place_of_the_rule(lines: list[str]) -> str | None:
    """The place right after the clock of the first rule the lines state; None without."""
    for line in lines:
        rule = RULE_AT.search(line)
        if rule is None:
            continue
        place = _PLACE_AFTER.match(line, rule.end())
        return place["place"] if place is not None else None
    return None
