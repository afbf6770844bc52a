"""„In der Karwoche im Krenwald trainieren“: Holy Week, Palm Sunday to Holy Saturday, a period.

Single feast days are ``when_feasts``' (Palmsonntag, Gründonnerstag, Karfreitag, Karsamstag);
the week they make up was no day and no period and got lost. It is the week before Easter Sunday
in the year the text names („Karwoche 2023“), else the nearest one whose Saturday is not yet past
(a text read in the week itself still means it).
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_HOLY_WEEK = lazy_re.compile(r"\b(?:karwoche|holy\s+week)(?:\s+(?P<y>(?:19|20)\d{2}))?\b", FLAGS)


def holy_week(text: str, reference: date) -> tuple[date, date, str] | None:
    """Palm Sunday and Holy Saturday of the Holy Week ``text`` names, precision ``week``."""
    match = _HOLY_WEEK.search(text)
    if match is None:
        return None
    year = int(match["y"]) if match["y"] else reference.year
    sunday = easter(year)
    if match["y"] is None and sunday - timedelta(days=1) < reference:
        sunday = easter(year + 1)
    return sunday - timedelta(days=7), sunday - timedelta(days=1), "week"
