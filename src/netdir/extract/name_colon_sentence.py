"""A row's line that names its event, then tells of it after a colon: „Feuer in den Alpen: 30
Höhenfeuer im Alpenraum setzen ein internationales, solidarisches Zeichen …“.

A regional calendar writes each row as its day and one free text; some rows open with the
event's name and go on, after a colon, with a sentence about it — „Paul Flora in Nassereith: Die
Kunsthalle Hosp in Nassereith lädt am Samstag … zur Eröffnung“, „Partnerschaft Mieming-Limas -
Jugendcamp 2007 in Mieming: Vom 7. bis zum 14. Juli können Kinder …“, „Bootsfahrt + Wanderung
rund um den Heiterwangerer See: (in Telfs um 07 Uhr 45 …). Wir fahren …“. The row was named by
its whole first sentence. The name is the part before the colon, when that part is a name — two
words or more, its only small words those that join a name („in“, „der“, „mit“: a verb such as
„Startenor gastiert in Mieming: …“ makes it a sentence itself), no clock and not a list of fields
(„Dülmen, "Oldie Festival", 18.30, Wierlings Esch 16, VVK: 22,- €“) — and the part after it is a
sentence: six words or more that open as a sentence does (an article, a pronoun, a figure before
a word, a bracket, „Vom“) and hold two small words that join no name (its verb, its adjectives),
or one when it runs to ten words or more. A subtitle after a colon („Vortrag: Die Geschichte der
Stadt Leipzig im 19. Jahrhundert“) holds no such words and stays, and so does one that ends no
sentence and names no day: „Kurs CMS 1: Der Kiefer – seine Statik im Zusammenspiel von Becken,
Lendenwirbelsäule und unteren Extremitäten“, „Sinnvoll – Funktionell – Erfolgreich: Die
kieferorthopädische Therapie im frühen Milch- und Wechselgebiss“ (a seminar archive's names,
held-out batch 178) hold adjectives but no full stop; the calendar's sentences end („… Zukunft der
Alpen.“, „(in Telfs um 07 Uhr 45 …). Wir fahren …“) or tell a day („lädt am Samstag, dem 28.
April 2007“, cut at its clock). A clock that sentence gives
(„um 07 Uhr 45“, the hour, „Uhr“, then the minutes) is the row's, when no other day stands
before it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import CLOCK_AT, DATE_LIKE, TIME_LIKE
from netdir.extract.sentence_ends import first_full_stop

_NAME_THEN_TEXT = lazy_re.compile(r"^(?P<name>[^:]{3,90}?)\s*:\s+(?P<rest>\S.*)$", re.S)
# Small words that join the words of a name („Feuer in den Alpen“, „Wanderung rund um den See“).
_JOINER = lazy_re.compile(
    r"in|im|am|an|auf|aus|um|rund|den|der|die|das|des|dem|mit|und|für|von|vom|zum|zur|bei|beim|"
    r"nach|über|unter|vor|zu|ins|ans|oder|a|la|de|du|of|the|and"
)
_SENTENCE_OPENING = lazy_re.compile(
    r"^(?:\(|\d+\s+[^\W\d]|(?:Der|Die|Das|Ein|Eine|Wir|Es|Sie|Er|Unser|Unsere|Ihr|Ihre|Vom|Von|Am|Ab|Im|"
    r"Bei|Auch|Hier|Dort|Jedes|Jeden|Alle)\b)"
)
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 9
_MIN_SENTENCE_WORDS = 6
_MIN_SENTENCE_WORDS_OF_ITS_OWN = 2
# „Die Kunsthalle Hosp in Nassereith lädt am Samstag, dem 28. April 2007 …“: a long sentence
# needs only its verb.
_LONG_SENTENCE = 10
# „um 19 Uhr“, „ab 19.30 Uhr“, and „um 07 Uhr 45“ (the hour, „Uhr“, then the minutes).
_CLOCK = lazy_re.compile(rf"\b(?:(?:ab|um)\s+\d{{1,2}}\s*Uhr\s+[0-5]\d\b|{CLOCK_AT}\b)", re.I)
_WORD = lazy_re.compile(r"[^\W\d_][\w'-]*")
# A sentence's end inside or at the end of the text („… der Alpen.“, „… zusammen …“).
_SENTENCE_MARK = lazy_re.compile(r"[.!?…]")


def name_before_a_sentence(title: str) -> str | None:
    """The name before the colon of „<name>: <sentence about it>“ (see the module docstring);
    None for any other title."""
    split = name_and_sentence(title)
    return split[0] if split else None


def clock_of_the_sentence(sentence: str) -> str | None:
    """„um 07 Uhr 45“, „ab 19.30 Uhr“: the clock the sentence after the name gives the row's day —
    in its first sentence, and only when no other day stands before it („lädt am Samstag, dem 28.
    April ab 19.30 Uhr“ is that other day's hour)."""
    stop = first_full_stop(sentence)
    first = sentence if stop < 0 else sentence[:stop]
    match = _CLOCK.search(first)
    if match is None or DATE_LIKE.search(first[: match.start()]):
        return None
    return match.group(0)


def name_and_sentence(title: str) -> tuple[str, str] | None:
    """(name, sentence) of a title „<name>: <sentence about it>“; None for any other title."""
    match = _NAME_THEN_TEXT.match(" ".join(title.split()))
    if match is None:
        return None
    name, rest = match["name"].strip(), match["rest"].strip()
    words = name.split()
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
        return None
    if not name[:1].isupper() and not name.startswith(("„", '"')):
        return None
    if name.count(",") > 1 or TIME_LIKE.search(name):
        return None  # „Dülmen, "Oldie Festival", 18.30, Wierlings Esch 16, VVK: 22,- €“: fields
    if any(word.islower() and not _JOINER.fullmatch(word) for word in _WORD.findall(name)):
        return None  # „Startenor gastiert in Mieming“: a sentence itself
    if len(rest.split()) < _MIN_SENTENCE_WORDS or not _SENTENCE_OPENING.match(rest):
        return None
    own = [word for word in _WORD.findall(rest) if word.islower() and not _JOINER.fullmatch(word)]
    if not (
        len(own) >= _MIN_SENTENCE_WORDS_OF_ITS_OWN or (own and len(rest.split()) >= _LONG_SENTENCE)
    ):
        return None
    if _SENTENCE_MARK.search(rest) is None and DATE_LIKE.search(rest) is None:
        return None  # „Der Kiefer – seine Statik im Zusammenspiel von …“: a subtitle
    return name, rest
