"""„Am Wochenende vom 9.8.2014 hatten wir … Jugendliche bei uns zu Gast“ (a hackspace's holiday
workshop, round 275): a weekend named by the day it begins is that Saturday and the Sunday after
it, not the Saturday alone. Only a bare single day found on a Friday or a Saturday counts; a
weekend written with both days („des 01. und 02. August“) is read as a span already."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When

# „Wochenende vom 9.8.2014“, „Wochenende des 9. August“, „am Wochenende vom Samstag, 9.8.“
_WEEKEND_OF = lazy_re.compile(
    r"\bwochenende\s+(?:vom|des)\s+(?:[^\W\d]+,?\s+)?(?:den\s+)?\d{1,2}\.", FLAGS
)
_FRIDAY, _SATURDAY, _SUNDAY = 4, 5, 6


def weekend_from_its_day(text: str, found: When) -> When:
    """``found`` through the weekend's Sunday when the text names a weekend by its first day."""
    if found.start is None or found.end is not None or not found.all_day:
        return found
    if "ochenende" not in text or len(found.start) != 10:
        return found
    first = date.fromisoformat(found.start)
    if first.weekday() not in (_FRIDAY, _SATURDAY) or _WEEKEND_OF.search(text) is None:
        return found
    sunday = first + timedelta(days=_SUNDAY - first.weekday())
    return replace(found, end=sunday.isoformat())
