"""A title that gives its day and hour between the event's name and its place.

A village association titles its posts „Sitzung des Ortsrates Bissendorf-Wietze am 16.01.2023 um
19:30 Uhr in der Christophoruskirche“, „Weihnachtsmarkt am 16. Dezember 2023 in
Bissendorf-Wietze“. The day and the clock are when (the record's date), not part of the name; the
title's edges are cleaned of dates already, but here the place follows the day, so the date stayed
inside. „am <day>“ with its „um/ab <clock> Uhr“, right before a place phrase that ends the title
(„in der Christophoruskirche“, „an der Kirche“, „in Bissendorf-Wietze“), is cut out; the name
keeps its place, as a title that names its venue does („Festakt in der Nydeggkirche“). A date
inside a sentence that goes on after the place, or a place phrase with digits or many words, is
left.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import iter_date_phrases

# „ um 19:30 Uhr“, „ ab 15:00 Uhr“: the clock after the day.
_CLOCK = lazy_re.compile(r"^\s*(?:,\s*)?(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*Uhr")
# „ in der Christophoruskirche“, „ an der Kirche“, „ in Bissendorf-Wietze“: the place that ends
# the title (a few capitalised or joining words, no digits).
_PLACE_END = lazy_re.compile(
    r"^\s+(?P<place>(?:im|in|in\s+der|in\s+dem|an\s+der|am|auf\s+dem|auf\s+der|beim)\s+"
    r"[A-ZÄÖÜ][^\d,;:!?()]{1,60})$"
)
_MAX_PLACE_WORDS = 6
# The small words a place's name may hold between its capitalised ones („Haus der Vereine“).
_JOINING = frozenset({"der", "des", "dem", "den", "von", "vom", "zum", "zur", "am", "im", "an"})
_PREPOSITIONS = 2  # „in der“, „an der“: the words before the place's name


def without_the_day_before_the_place(title: str) -> str:
    """``title`` without „am <day> [um <clock> Uhr]“ when a place phrase ends the title right
    after it; ``title`` itself otherwise."""
    cut = day_before_the_place(title)
    return cut[0] if cut is not None else title


def day_before_the_place(title: str) -> tuple[str, str] | None:
    """(the title without its day, the place's name without its preposition) when a place phrase
    ends the title right after „am <day> [um <clock> Uhr]“; None otherwise."""
    if not any(ch.isdigit() for ch in title):
        return None
    for match in iter_date_phrases(title):
        before = title[: match.start()]
        if not re.search(r"\S\s+am\s+$", before) or not names_a_day(match.group(0)):
            continue
        after = title[match.end() :]
        clock = _CLOCK.match(after)
        if clock is not None:
            after = after[clock.end() :]
        place = _PLACE_END.match(after)
        if place is None or not _a_place_phrase(place["place"]):
            continue
        name = re.sub(r"\s+am\s+$", "", before)
        return f"{name} {place['place']}", _PREPOSITION.sub("", place["place"])
    return None


# „in der “, „an der “, „im “: the preposition before the place's name.
_PREPOSITION = lazy_re.compile(
    r"^(?:im|in\s+der|in\s+dem|in|an\s+der|am|auf\s+dem|auf\s+der|beim)\s+"
)


def _a_place_phrase(phrase: str) -> bool:
    """A preposition and a name of a few capitalised words („in der Christophoruskirche“, „in
    Bissendorf-Wietze“), not a clause going on („in der Stadthalle und danach Grillen“)."""
    words = phrase.split()
    if len(words) > _MAX_PLACE_WORDS:
        return False
    name = words[1:] if words[1:2] and words[1][:1].isupper() else words[_PREPOSITIONS:]
    return bool(name) and all(w[:1].isupper() or w in _JOINING for w in name)
