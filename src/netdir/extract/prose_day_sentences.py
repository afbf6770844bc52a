"""One paragraph of a post that tells several events, each in a sentence of its own with its day.

A youth group's news post „Neue Gruppenleiter 2017“ is one paragraph: „Am 23. April wählte die
Gruppenleiterrunde ihre neusten Mitglieder … Unsere Neuen stellen sich auf dem
Kommunionselternabend am 25. April im Pfarrheim vor … Die erste Gruppenstunde findet Freitag, 26.
Mai … um 15:30 Uhr statt!“. Read as one event, the post's heading named the first day. Each such
sentence names its own event: the subject that „findet … statt“, or an event noun (a compound
ending in „-abend“, „-stunde“, „-versammlung“, „-fest“ …) in the sentence — the one right before
„am <Tag>“ first. A paragraph is split only when two sentences or more name distinct days and an
event each; a sentence with a day but no event noun (a deadline, a report of a decision) is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.sentence_ends import sentences

_PROSE_CHARS = 200  # shorter text is a date line, read as one
_MIN_EVENTS = 2
SUFFIX = (
    r"(?:abend|nachmittag|stunde|runde|versammlung|sitzung|treffen|fest|feier|fahrt|turnier|"
    r"konzert|gottesdienst|markt|kurs|workshop|seminar|vortrag|führung|ausflug|wanderung|"
    r"probe|lager|freizeit|messe|andacht|empfang|gespräch|frühstück|essen)"
)
# „Kommunionselternabend“, „Gruppenleiterrunde“, „Jahreshauptversammlung“: an event's noun.
_EVENT_NOUN = lazy_re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß-]*{SUFFIX}\b")
# „Die erste Gruppenstunde findet Freitag, 26. Mai … statt“: the subject that takes place.
_SUBJECT = lazy_re.compile(
    r"^(?:der|die|das|unser|unsere)\s+(?P<name>[^\W\d_][^!?.,]{2,60}?)\s+(?:findet|finden)\s",
    re.I,
)
# „… am 25. April im Pfarrheim vor“: the room after the day.
_ROOM = lazy_re.compile(r"^[^.!?]{0,20}?\s(?:im|in\s+der|in\s+dem)\s+(?P<room>[A-ZÄÖÜ][\w-]+)")


@dataclass(frozen=True, slots=True)
class ToldEvent:
    """An event a sentence tells: its name, the sentence (its day and clock) and its room."""

    name: str
    sentence: str
    place: str | None


def events_of_the_sentences(text: str) -> list[ToldEvent]:
    """The events the sentences of a long paragraph tell, each on a day of its own; [] unless
    two or more sentences do (see the module docstring)."""
    if len(text) <= _PROSE_CHARS:
        return []
    told: list[ToldEvent] = []
    days: set[str] = set()
    for sentence in sentences(" ".join(text.split())):
        phrases = [m for m in iter_date_phrases(sentence) if names_a_day(m.group(0))]
        if len(phrases) != 1 or phrases[0].group(0) in days:
            continue
        name = _event_name(sentence, phrases[0])
        if name is None:
            continue
        days.add(phrases[0].group(0))
        room = _ROOM.match(sentence[phrases[0].end() :])
        told.append(ToldEvent(name, sentence.strip(), room["room"] if room else None))
    return told if len(told) >= _MIN_EVENTS else []


# „… treffen wir uns am Samstag, den 13.08.2022 um 19:15 Uhr, um zur Kirmes nach Haina zu
# fahren“: the event the hosts set out for.
_SET_OUT_FOR = lazy_re.compile(
    r",\s+um\s+(?:zur|zum)\s+(?P<name>[A-ZÄÖÜ][^,.;!?]{2,80}?)\s+zu\s+"
    r"(?:fahren|gehen|wandern|laufen|radeln|pilgern)\b"
)


def _event_name(sentence: str, day: re.Match[str]) -> str | None:
    if (goal := _SET_OUT_FOR.search(sentence, day.end())) is not None:
        return goal["name"]
    if (subject := _SUBJECT.match(sentence.strip())) is not None and _EVENT_NOUN.search(
        subject["name"]
    ):
        name = subject["name"].strip()
        return name[0].upper() + name[1:]
    before = re.search(rf"({_EVENT_NOUN.pattern})\s+(?:am\s+)?$", sentence[: day.start()])
    if before is not None:
        return before.group(1)
    noun = _EVENT_NOUN.search(sentence)
    return noun.group(0) if noun is not None else None
