"""The bold name of the sentence that announces the labelled day, when the heading names
something else.

A club's home page opens with its banner heading, „<h1>Schützenfest? Können wir!</h1>“, and below
it announces one party: „Am <strong>4. April 2026</strong> findet unsere legendäre
<strong>Osterdisco</strong> statt! …“, then „Hier die Eckdaten:“ and a list „Datum: 4. April 2026“ /
„Uhrzeit: 20:00 Uhr“ / „Ort: Saal Wissing-Flinzenberg“. The labels date the one event; the banner
shares no word with the sentence and names the club's motto, not the party. A sentence a few lines
above the labelled date that states the same day, „findet … <strong>Name</strong> … statt“, with one
short bold run in that frame (not the day), names the event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE, iter_date_phrases
from netdir.extract.inline_text import visible_text
from netdir.normalize.when import parse_when

_LINES_BACK = 4  # the announcement, „Hier die Eckdaten:“, then the labelled list
_NAME_WORDS = 6
# „… findet unsere legendäre Osterdisco statt“: what takes place stands between the two.
_TAKES_PLACE = lazy_re.compile(r"\bfindet\b(?P<frame>[^.!?]{1,200}?)\bstatt\b", re.I)
_WORD = lazy_re.compile(r"[^\W\d_]{4,}")


def bold_name_announcing(
    lines: Sequence[tuple[str, LexborNode | None]],
    day_text: str,
    day_index: int,
    heading: str,
    today: date,
) -> tuple[str, int] | None:
    """(name, line index) of the bold name a sentence above ``day_index`` gives the day
    ``day_text`` states, when ``heading`` shares no word with that sentence; else None."""
    day = parse_when(day_text, today=today).start
    if day is None:
        return None
    heading_words = {word.lower() for word in _WORD.findall(heading)}
    for index in range(max(0, day_index - _LINES_BACK), day_index):
        text, node = lines[index]
        frame = _TAKES_PLACE.search(text)
        if frame is None or node is None or not _states_the_day(text, day[:10], today):
            continue
        if heading_words & {word.lower() for word in _WORD.findall(text)}:
            return None  # the heading is said again in the sentence: it names the event
        names = [
            name
            for bold in node.css("strong, b")
            if (name := clean_text(visible_text(bold)))
            and not DATE_LIKE.search(name)
            and len(name.split()) <= _NAME_WORDS
            and name in frame.group("frame")
        ]
        if len(names) == 1:
            return names[0], index
    return None


def _states_the_day(text: str, day: str, today: date) -> bool:
    """Whether a date phrase of ``text`` falls on ``day`` (YYYY-MM-DD)."""
    for match in iter_date_phrases(text):
        start = parse_when(match.group(), today=today).start
        if start is not None and start[:10] == day:
            return True
    return False
