"""The town an event's name is called after, as its place when nothing else on the page gives one.

A village's one-page site names its yard-sale day „Reckenfelder Dorftrödel“ and its <title>
„Dorftrödel Reckenfeld“; the village appears nowhere as a place of its own (only in the prose:
„… für Reckenfeld IN Reckenfeld zu tun“). The name's adjective of a town („Reckenfelder“, „Kieler“,
„Bremerhavener“) says where the event is held, when the page's <title> names that very town as a
word of its own: the <title> confirms the adjective is the town's, not a family name's or a
product's („Müller“, „Pilsner“).

So does a town „in …“ in the sentence that gives the day when the event's name names that town:
„Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt.“ under „Barcamp Klagenfurt 2009:
Ein paar Details“ (``town_the_sentence_names``)."""

from __future__ import annotations

from netdir import lazy_re

# A capitalised word ending in „-er“ before another capitalised word: „Reckenfelder Dorftrödel“.
_TOWN_ADJECTIVE = lazy_re.compile(r"\b(?P<town>[A-ZÄÖÜ][a-zäöüß-]{2,})er\s+(?=[A-ZÄÖÜ\d])")
_WORD = lazy_re.compile(r"[^\W\d_][\w-]*")


def town_of_the_name(name: str, document_title: str | None) -> str | None:
    """The town whose adjective stands in ``name``, when ``document_title`` names it; else None."""
    if document_title is None:
        return None
    titled = {word.casefold() for word in _WORD.findall(document_title)}
    for found in _TOWN_ADJECTIVE.finditer(name):
        if found["town"].casefold() in titled:
            return found["town"]
    return None


# „… ein Barcamp in Klagenfurt.“: a capitalised word after „in“ (not „in der“; not a room
# with its number, „in Raum 204“, which the name „Sitzung Raum 204“ may hold).
_IN_TOWN = lazy_re.compile(
    r"\bin\s+(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?!\s*\d)"
)


def town_the_sentence_names(sentence: str, name: str) -> str | None:
    """The town „in …“ of ``sentence`` that ``name`` also names as a word; else None."""
    named = set(_WORD.findall(name))
    for found in _IN_TOWN.finditer(sentence):
        if found["town"] in named:
            return found["town"]
    return None
