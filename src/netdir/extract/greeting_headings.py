"""A home page's greeting heading names no event; the dated sentence under it does.

„<h1>Herzlich willkommen<br>auf unserer Homepage</h1>“ over a welcome text whose one dated
sentence tells what is coming („Am 2. Dezember gehen alle Klassen ins Theater zum
Weihnachtsmärchen "Alice im Wunderland".“): the heading greets the visitor, so read as the event
page's title it names nothing („auf unserer Homepage“). A reader names the outing by what the
sentence says the people go to — the name after its last „zum“/„zur“ that ends the sentence —
and otherwise by the sentence itself without its day.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.context import folded
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.edition_subjects import edition_subject
from netdir.extract.sentence_ends import CLAUSE_END
from netdir.extract.title_text import MAX_TEXT_TITLE, is_junk_title, title_in_text

# A word that makes the heading a greeting (not a bare „Auf der Seite“).
_GREETS = frozenset(
    [
        "willkommen", "welcome", "hallo", "hello", "homepage", "website", "webseite", "internetseite",
        "internetpräsenz",
    ]
)  # fmt: skip
# Only words that greet a visitor or name the site: a heading made of these says „hello“.
# („Willkommen beim Dachbau Schaffer Nightrace 2025!“ names an event: its other words.)
_GREETING_WORDS = _GREETS | frozenset(
    [
        "herzlich", "herzlichen", "dank", "liebe", "lieben", "besucher", "besucherinnen", "auf", "bei",
        "in", "im", "zu", "der", "die", "den", "dem", "unsere", "unserer", "unser", "unseren", "our",
        "to", "the", "on", "at", "of", "webseiten", "internetseiten", "seite", "seiten", "page",
        "site",
    ]
)  # fmt: skip
_WORD = lazy_re.compile(r"[^\W\d_]+")
# „… ins Theater zum Weihnachtsmärchen "Alice im Wunderland".“: what the sentence goes to, from
# a „zum“/„zur“ after its day to its end.
_GOES_TO = lazy_re.compile(r"\bzu[rm]\s+(?P<name>[^\s.!?;:][^.!?;:]{2,80}?)\s*[.!]?\s*$", re.I)
_MIN_NAME_LETTERS = 3


# „Liebe Kolleginnen und Kollegen,“, „Liebe Mitglieder,“, „Dear colleagues,“: a letter's
# salutation, the addressees between the greeting word and the comma.
_SALUTATION = lazy_re.compile(
    r"^(?:liebe[rs]?|sehr\s+geehrte[rn]?|dear|hallo|hi)\s+[^\W\d_][^.!?:]{0,60},$", re.I
)


def is_greeting(heading: str) -> bool:
    """Whether a heading only greets the visitor („Herzlich willkommen“, „auf unserer
    Homepage“, „Welcome to our website“) or addresses the readers as a letter does („Liebe
    Kolleginnen und Kollegen,“)."""
    if _SALUTATION.match(" ".join(heading.split())):
        return True
    words = _WORD.findall(folded(heading))
    return (
        bool(words)
        and all(word in _GREETING_WORDS for word in words)
        and any(word in _GREETS for word in words)
    )


def name_in_the_dated_sentence(text: str, day: str) -> str | None:
    """What the sentence of ``text`` that holds the day ``day`` names: the name it goes to
    („zum Weihnachtsmärchen "Alice im Wunderland"“), else the sentence without its day; None
    when that leaves no name."""
    at = text.find(day)
    if at < 0:
        return None
    # „Das neunte Barmbeker Nephrologie Gespräch des Jahres 2023 findet … am Donnerstag, den 09.
    # November 2023 … statt.“: the whole sentence names the series' session before its verb.
    whole = text[: text.find(".", at + len(day)) + 1 or len(text)]
    whole = whole[whole.rfind(". ", 0, at) + 2 if whole.rfind(". ", 0, at) >= 0 else 0 :]
    if (edition := edition_subject(whole)) is not None:
        return edition
    # The sentence around the day: from the stop before it to the first after it (a stop after a
    # closing quote too, which ``sentence_ends`` leaves inside: „… "Alice im Wunderland".“).
    opening = [end.end() for end in CLAUSE_END.finditer(text, 0, at)]
    closing = CLAUSE_END.search(text, at + len(day))
    sentence = text[opening[-1] if opening else 0 : closing.start() if closing else len(text)]
    days = list(iter_date_phrases(sentence))
    tail = sentence[days[-1].end() :] if days else sentence
    found = _GOES_TO.search(tail)
    if found is not None and sum(ch.isalpha() for ch in found["name"]) >= _MIN_NAME_LETTERS:
        name = found["name"].strip()
    else:
        name = title_in_text(sentence) or ""
        name = name.rstrip(".!").strip()
    if not name or len(name) > MAX_TEXT_TITLE or is_junk_title(name):
        return None
    return name[:1].upper() + name[1:]
