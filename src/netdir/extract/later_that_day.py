"""What a section tells of its event's day after the sentence that dated it: the hour the event
starts and the events that follow it that day.

„<h1>Start mit Radelfrühstück im Storchennest</h1><p>Die Städte … starten das Stadtradeln
gemeinsam am Sonntag, dem 26. Mai mit einem Radelfrühstück im Storchennest …</p><p>Wir starten um
09:00 Uhr am Rathaus … Gegen 11:15 Uhr geht es … weiter zum Hanomag-Gelände, wo um 12:30 Uhr die
Sternfahrt des regionalen ADFC zum Maschsee startet. Von 13 bis 18 Uhr feiern wir unter dem Motto
„Maschsee Autofrei“ am Rudolf-von-Bennigsen-Ufer mit einem großen Fahrradfest …</p>“: the day is
told once; the sentences after it give the start („Wir starten um 09:00 Uhr“) and two more events
of that day, each an event noun (``prose_day_sentences.SUFFIX``: „-fahrt“, „-fest“ …) with its
clock — right after the clock („um 12:30 Uhr die Sternfahrt des regionalen ADFC …“) or in a
sentence that opens with its hours („Von 13 bis 18 Uhr feiern wir … mit einem großen
Fahrradfest“, its motto with it). A sentence with a clock and no event noun („Gegen 11:15 Uhr geht
es weiter“) is a step of the outing, no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.extract.prose_day_sentences import SUFFIX
from netdir.extract.sentence_ends import sentences
from netdir.extract.stated_venues import first_named_place

_CLOCK = r"\d{1,2}[:.]\d{2}"
# „Wir starten um 09:00 Uhr am Rathaus“, „Los geht es um 10 Uhr“: the hour the outing starts.
_START = lazy_re.compile(
    rf"\b(?:starten|beginnen|startet|beginnt)\s+(?:wir\s+)?(?:um|ab)\s+(?P<clock>{_CLOCK})\s*Uhr\b"
)
_NOUN = rf"[A-ZÄÖÜ][a-zäöüß-]*{SUFFIX}"
# „wo um 12:30 Uhr die Sternfahrt des regionalen ADFC zum Maschsee startet“
_NOUN_AFTER_CLOCK = lazy_re.compile(
    rf"\b(?:um|ab)\s+(?P<clock>{_CLOCK})\s*Uhr\s+(?:die|der|das|ein|eine)\s+"
    rf"(?P<name>{_NOUN}\b(?:\s+[\w„“-]+){{0,8}})"
)
# „Von 13 bis 18 Uhr feiern wir … mit einem großen Fahrradfest“: hours opening the sentence.
_HOURS_FIRST = lazy_re.compile(
    r"^\s*(?:von|ab)\s+(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:bis\s+\d{1,2}(?:[:.]\d{2})?\s*)?Uhr)\b"
    rf".*?\b(?P<name>{_NOUN})\b",
    re.I,
)
_PLACE_RUN = r"[A-ZÄÖÜ][\w-]*(?:\s+(?:(?:des|der|am|im)\s+)?[A-ZÄÖÜ][\w-]*){0,5}"
# „… weiter zum Hanomag-Gelände, wo um 12:30 Uhr die Sternfahrt … startet“: where, then „wo“.
_WHERE_CLAUSE = lazy_re.compile(
    rf"\b(?:zum|zur|am|im|auf\s+dem|auf\s+der|in\s+der)\s+(?P<place>{_PLACE_RUN}),\s+wo\s"
)
# „… am Rudolf-von-Bennigsen-Ufer mit einem großen Fahrradfest“: a place phrase in the sentence.
_PLACE_PHRASE = lazy_re.compile(rf"\b{PLACE_OR_AM_PREPOSITION}\s+(?P<place>{_PLACE_RUN})")
_MOTTO = lazy_re.compile(r"\bMotto\s+(?P<motto>„[^“]{2,60}“)")
# Lower-case words a name runs on through („Sternfahrt des regionalen ADFC zum Maschsee“).
_JOINING = frozenset(
    ["des", "der", "dem", "den", "zum", "zur", "im", "am", "vom", "von", "für", "mit", "auf"]
)


@dataclass(frozen=True, slots=True)
class LaterEvent:
    """An event a later sentence of the section tells on the same day: its name and clock."""

    name: str
    clock: str
    place: str | None = None


def start_clock(text: str) -> str | None:
    """The hour „Wir starten um 09:00 Uhr“ in the sentences of ``text`` gives, if any."""
    found = _START.search(text)
    return f"um {found['clock']} Uhr" if found else None


def events_later_that_day(text: str) -> list[LaterEvent]:
    """The events the sentences of ``text`` tell with their clocks (see the module's doc)."""
    found: list[LaterEvent] = []
    for sentence in sentences(" ".join(text.split())):
        if (match := _NOUN_AFTER_CLOCK.search(sentence)) is not None:
            where = _WHERE_CLAUSE.search(sentence[: match.end()])
            place = where["place"] if where else None
            found.append(LaterEvent(_name_run(match["name"]), f"{match['clock']} Uhr", place))
        elif (match := _HOURS_FIRST.match(sentence)) is not None:
            motto = _MOTTO.search(sentence)
            name = f"{match['name']} {motto['motto']}" if motto else match["name"]
            rest = _MOTTO.sub("", sentence[match.end("clock") :])
            place = first_named_place(m["place"] for m in _PLACE_PHRASE.finditer(rest))
            found.append(LaterEvent(name, match["clock"], place))
    return found


def _name_run(words_after: str) -> str:
    """The event noun and the words that belong to its name: joining words, capitalised words
    and an adjective before one („regionalen ADFC“); it ends before the verb."""
    words = words_after.split()
    kept = [words[0]]
    for index, word in enumerate(words[1:], start=1):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word[:1].isupper() or word in _JOINING:
            kept.append(word)
        elif re.fullmatch(r"[a-zäöüß]+", word) and following[:1].isupper():
            kept.append(word)  # an adjective before its noun
        else:
            break
    while kept[-1] in _JOINING or kept[-1][:1].islower():
        kept.pop()
    return " ".join(kept).rstrip(",;:")
