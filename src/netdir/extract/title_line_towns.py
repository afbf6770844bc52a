"""The town a timetable's title line names: „Niederrhein-Meisterschaften 2007 in Kamp-Lintfort“.

A championship's timetable is headed by one line that names the event and where it is held — the
event's name, its year, „in“ and the town — and lists the disciplines' days and hours below
without naming the place again. A reader takes that town for every row. The line must be short,
a name and not a sentence (no lower-case word longer than an article before „in“), and the words
after „in“ must be a town the gazetteer knows („Einführung in Python“ names a subject).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.lead_times import lead_texts
from netdir.normalize.place import known_town

#: Provenance of the town the list's title line names.
SOURCE = "listing: town the title line above the list names („… 2007 in <town>“)"
_TITLE_IN_TOWN = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ][^.!?:;,]{3,80}?)\s+in\s+"
    r"(?P<town>[A-ZÄÖÜ][\w-]+(?:\s+(?:am|an\s+der|im|bei)\s+[A-ZÄÖÜ][\w-]+)?)$"
)
# „wir treffen uns“, „findet … statt“: a lower-case word longer than an article is a sentence's.
_PROSE_WORD = lazy_re.compile(r"(?<![\w-])[a-zäöüß]{4,}\b")
_SIBLINGS = 6
_LINE_CHARS = 100


def town_of_the_title_line(first: LexborNode) -> str | None:
    """The town a short title line above the list (``first`` its first row's node) ends in
    („… in Kamp-Lintfort“); None when no line above is one."""
    for text in lead_texts(first, _SIBLINGS, _LINE_CHARS):
        line = " ".join(text.split())
        match = _TITLE_IN_TOWN.match(line)
        if match is None or _PROSE_WORD.search(match["name"]):
            continue
        if known_town(match["town"]) is not None:
            return match["town"]
    return None
