"""The next meeting a report names at its end, under the report's own heading.

A blog post headed „PyGraz-Stammtisch im Juni 2011“ reports yesterday's meeting and closes with
the next one: „… sollte der nächste Python-Graz-Stammtisch im Juli wie gewohnt am ersten
Dienstag – also dem 5. Juli 2011 – im Gösserbräu in der Neutorgasse stattfinden“. The page's
one announced day is July's; its heading names June's meeting, so the record named by the
heading was an event the reader cannot find. When the heading dates a span („im Juni 2011“)
that the announced day lies outside of, and the announcing sentence names „der nächste …“, that
name is the event's. A report's heading without a day does the same when the next one is a
meeting of another kind than the heading names: „<h1>Auftaktveranstaltung Lebendige Dörfer
e.V.</h1>“ over the kick-off of „letzten Samstag“ and „Unser nächstes Vereinstreffen findet am
21. Juli um 18 Uhr auf der Wiese in Würchhausen statt“ (jekyll-ledoewi-auftakt-2021-07): the
day is the members' meeting's, not the kick-off's.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

# „der nächste Python-Graz-Stammtisch“, „unser nächstes Treffen“: the article, „nächste“ and the
# one (compound) noun that names what comes next.
_NEXT = lazy_re.compile(
    # („Unser nächstes Vereinstreffen findet …“ opens its sentence)
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Uu]nser|[Uu]nsere|[Uu]nseren|[Uu]nserem)\s+nächsten?s?\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*\w)"
)


# The kinds of a group's recurring meeting a report announces next („Vereinstreffen“,
# „Stammtisch“, „Mitgliederversammlung“, „Plenum“): only such a name replaces an undated heading.
_MEETING_KIND = lazy_re.compile(
    r"(?:treffen|stammtisch|versammlung|sitzung|plenum|meeting|abend)$", re.I
)


def next_one_named(heading: str, sentence: str, today: date) -> str | None:
    """The name the announcing ``sentence`` gives „the next“ event, when the page's ``heading``
    dates a span its day lies outside of (the heading's is another, earlier occurrence)."""
    found = _NEXT.search(sentence)
    if found is None:
        return None
    headed = parse_when(heading, today=today)
    told = parse_when(sentence, today=today)
    if told.start is None:
        return None
    if headed.start is None:
        name = found["name"]
        kind = _MEETING_KIND.search(name)
        # (a heading naming that kind of meeting itself names the one announced; a bare
        # „das nächste Treffen“ under a talk's title is that talk's meeting, the heading names it
        # — jekyll-dddotnet-einladung-2013-09 — only a compound names a kind of its own)
        if kind is None or kind.start() == 0 or kind.group(0).lower() in heading.lower():
            return None
        return name
    first, last = str(headed.start)[:10], str(headed.end or headed.start)[:10]
    if first <= str(told.start)[:10] <= last:
        return None
    return found["name"]
