"""The speaker after a talk's name in a programme row, who is no part of the name.

A meetup's programme table names each talk and then, after a comma, who gives it: „The one hour
expression language, Dan Leech“, „Sylius, the wrong way, Stéphane Decock“, „Data: Bad to good,
<a href=…>Michelle Sanver</a>“, „Converting a legacy app to API Platform, Boas Falke & Holger
Dörner“. A reader takes the words before the last comma for the talk and the person for its
speaker. The tail is a speaker when it is a person's name — two to four words, each capitalised
(a particle such as „van“ or „de“ between them), two persons joined by „&“ or „und“ — and either
a link of its own (a profile) or the table names two or more talks that way: a German row
„Workshop, Offene Werkstatt“ ends in capitalised nouns too, a table of talks by speakers does so
in row after row.
"""

from __future__ import annotations

from netdir import lazy_re

_JOINED = lazy_re.compile(r"\s+(?:&|und|and)\s+")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "zu", "ten"}
)
_MIN_WORDS = 2
_MAX_WORDS = 4
_MIN_ROWS = 2


def _is_person(text: str) -> bool:
    words = text.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if words[0].casefold() in _PARTICLES or words[-1].casefold() in _PARTICLES:
        return False
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if not letters.isalpha() or not word[0].isupper() or word.isupper():
            return False
    return True


def names_persons(text: str) -> bool:
    """Whether ``text`` is a person's name or two or more joined by „&“/„und“/„and“
    („Anna Völkl und Matthias Zeis“, „Andreas von Studnitz“)."""
    return all(_is_person(person) for person in _JOINED.split(text.strip()))


def _speaker_tail(name: str) -> tuple[str, str] | None:
    """(the talk, the speaker) when ``name`` ends in a comma and a person's name (or two)."""
    talk, comma, tail = name.rpartition(",")
    talk, tail = talk.strip(), tail.strip()
    if not comma or not talk or not any(ch.isalpha() for ch in talk):
        return None
    persons = _JOINED.split(tail)
    if not all(_is_person(person) for person in persons):
        return None
    return talk, tail


def without_the_speakers(rows: list[tuple[str | None, str | None]]) -> list[str | None]:
    """Each row's name without its speaker (see the module's doc); a row is (the name, the text
    of a link that ends the row's cell, if any)."""
    tails = [_speaker_tail(name) if name else None for name, _ in rows]
    by_speakers = sum(1 for tail in tails if tail is not None) >= _MIN_ROWS
    names: list[str | None] = []
    for (name, linked), tail in zip(rows, tails, strict=True):
        if tail is not None and (by_speakers or linked == tail[1]):
            names.append(tail[0])
        else:
            names.append(name)
    return names
