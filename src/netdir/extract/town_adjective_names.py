"""The town an event's name is called after, as its place when nothing else on the page gives one.

A village's one-page site names its yard-sale day „Reckenfelder Dorftrödel“ and its <title>
„Dorftrödel Reckenfeld“; the village appears nowhere as a place of its own (only in the prose:
„… für Reckenfeld IN Reckenfeld zu tun“). The name's adjective of a town („Reckenfelder“, „Kieler“,
„Bremerhavener“) says where the event is held, when the page's <title> names that very town as a
word of its own: the <title> confirms the adjective is the town's, not a family name's or a
product's („Müller“, „Pilsner“)."""

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
