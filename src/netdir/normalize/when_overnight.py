"""„in der Nacht vom 31. Oktober auf den 1. November“: a night or weekend over two following days,
each written with its month, is a period (the bare first day, „vom 30. auf den 31.“, is
when_days' ``_OVERNIGHT_BEFORE``)."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_pairs import following_days

# Only a night's or a weekend's "vom … auf den …" is a span: "vom 12. Mai auf den 19. Mai
# verschoben" is a move, and its days do not follow each other anyway.
_NIGHT_OR_WEEKEND_FROM = lazy_re.compile(r"\b(?:nacht|wochenende)\s+vo[mn]\s*$", FLAGS)
_ONTO = lazy_re.compile(r"\s*auf\s+den\s*", FLAGS)


def overnight_pair(text: str, first: Mention, second: Mention, reference: date) -> bool:
    """True when ``first`` and ``second`` are a night's or weekend's two following days."""
    return (
        _ONTO.fullmatch(text, first.end, second.start) is not None
        and _NIGHT_OR_WEEKEND_FROM.search(text, 0, first.start) is not None
        and following_days(first, second, reference)
    )
