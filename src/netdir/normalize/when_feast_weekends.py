"""A feast's long weekend named alone: „trafen sich am Himmelfahrtswochenende mehr als 50000
Turnbegeisterte in Leipzig“, „wurden die … Rollsporttage über das Pfingstwochenende zu einem
echten Highlight“ (round 233, a gymnastics club's reports).

Before, such a weekend gave nothing (only a weekday of it, „Sonntag am Pfingstwochenende“, was
read, ``when_feasts``). A reader takes the days the feast makes free: Ascension Thursday to the
Sunday after („das verlängerte Wochenende“ the report goes on), Whit Saturday to Whit Monday
(round 76's „am Pfingstwochenende. Von Samstag bis Montag“), Good Friday to Easter Monday. The year
is the one whose weekend lies nearest the page's day.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When

#: A feast's weekend: its first and last day as days after Easter Sunday.
_WEEKENDS = {
    "himmelfahrt": (39, 42),
    "pfingst": (48, 50),
    "oster": (-2, 1),
}
# "am Himmelfahrtswochenende", "über das Pfingstwochenende", "Oster-Wochenende" — not after a
# weekday („Sonntag am Pfingstwochenende“ is that one day, ``when_feasts``).
_FEAST_WEEKEND = lazy_re.compile(
    r"(?<!tag\sam\s)(?<!tag\sdes\s)(?<![\w-])(?P<stem>himmelfahrt|pfingst|oster)s?-?wochenendes?\b",
    FLAGS,
)


def feast_weekend(text: str, reference: date) -> When | None:
    """The days of the one feast weekend ``text`` names, in the year nearest ``reference``."""
    if "ochenende" not in text:
        return None
    found = list(_FEAST_WEEKEND.finditer(text))
    if len(found) != 1:
        return None
    first, last = _WEEKENDS[found[0]["stem"].lower()]
    nearest: tuple[int, date, date] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        sunday = easter(year)
        start, end = sunday + timedelta(days=first), sunday + timedelta(days=last)
        distance = min(abs((start - reference).days), abs((end - reference).days))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, start, end)
    if nearest is None:
        return None
    return When(nearest[1].isoformat(), nearest[2].isoformat(), True, "day")
