"""The next meeting a report names at its end, under the report's own heading.

A blog post headed „PyGraz-Stammtisch im Juni 2011“ reports yesterday's meeting and closes with
the next one: „… sollte der nächste Python-Graz-Stammtisch im Juli wie gewohnt am ersten
Dienstag – also dem 5. Juli 2011 – im Gösserbräu in der Neutorgasse stattfinden“. The page's
one announced day is July's; its heading names June's meeting, so the record named by the
heading was an event the reader cannot find. When the heading dates a span („im Juni 2011“)
that the announced day lies outside of, and the announcing sentence names „der nächste …“, that
name is the event's.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

# „der nächste Python-Graz-Stammtisch“, „unser nächstes Treffen“: the article, „nächste“ and the
# one (compound) noun that names what comes next.
_NEXT = lazy_re.compile(
    r"\b(?:der|die|das|den|dem|unser|unsere|unseren|unserem)\s+nächsten?s?\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*\w)"
)


def next_one_named(heading: str, sentence: str, today: date) -> str | None:
    """The name the announcing ``sentence`` gives „the next“ event, when the page's ``heading``
    dates a span its day lies outside of (the heading's is another, earlier occurrence)."""
    found = _NEXT.search(sentence)
    if found is None:
        return None
    headed = parse_when(heading, today=today)
    told = parse_when(sentence, today=today)
    if headed.start is None or told.start is None:
        return None
    first, last = str(headed.start)[:10], str(headed.end or headed.start)[:10]
    if first <= str(told.start)[:10] <= last:
        return None
    return found["name"]
