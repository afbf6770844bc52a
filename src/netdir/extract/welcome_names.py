"""The event a welcome heading welcomes its readers to.

A festival's start page greets under its h1 — „Willkommen zu den ersten "Hacks on the
Harbour"!“, „Willkommen bei den dritten 23. Rüspeler Tüfteltagen!“, „Willkomen bei den 2. 23.
Rüspeler Tüfteltage!“ (sic) — and gives the day in the prose below. The greeting is the page's
only heading over the day, so it was read as the event's name with its „Willkommen zu den …“. A
reader names the event by what the greeting welcomes to: a quoted name when the greeting quotes
one („"Hacks on the Harbour"“), else the words after the article. Those stand in the dative
(„… Tüfteltagen“); when the page's ``<title>`` holds the same name in the nominative („Die dritten
23. Rüspeler Tüfteltage“, compared by word stems), the ``<title>`` names it as the site does.

A greeting that only greets („Herzlich willkommen auf unserer Homepage“) names nothing and is
left to ``greeting_headings``; „Willkommen in Baden-Württemberg“ (a place) is no event page's
heading over a day, and the rest must keep a word of three letters.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.context import folded

# „Willkommen zu den ersten …!“, „Herzlich Willkommen beim …“, „Willkomen bei den …“ (one m, as a
# site spells it), „Welcome to the …“: the greeting, its preposition and article, then the rest.
_WELCOME = lazy_re.compile(
    r"^(?:herzlich\s+)?(?:willkomm?en|welcome)\s+"
    r"(?:(?:zu[rm]?|bei[m]?|to)\s+)"
    r"(?:(?:den|dem|der|the|unse?re[mnr]?|our)\s+)?"
    r"(?P<rest>\S.*?)\s*[!.]*$",
    re.I,
)
# „"Hacks on the Harbour"“, „„Sommerfest““, „«Tag der offenen Tür»“: the name the greeting quotes.
_QUOTED = lazy_re.compile(r"[\"„“”«»‚‘’'](?P<name>[^\"„“”«»]{3,80}?)[\"“”«»‘’']")
_WORD = lazy_re.compile(r"[^\W\d_]+|\d+")
_STEM = 5  # „Tüfteltagen“ and „Tüfteltage“: one word, inflected
_MIN_LETTERS = 3
# The ``<title>``'s parts: „Willkommen … | Hacks On The Harbour“, „Name – Verein“.
_TITLE_PARTS = lazy_re.compile(r"\s+[|–—-]\s+")


def name_in_a_welcome(heading: str, document_title: str | None) -> str | None:
    """The event ``heading`` welcomes to (see the module's doc); None for any other heading."""
    found = _WELCOME.match(" ".join(heading.split()))
    if found is None:
        return None
    rest = found["rest"]
    if (quoted := _QUOTED.search(rest)) is not None:
        return quoted["name"].strip()
    if sum(ch.isalpha() for ch in rest) < _MIN_LETTERS:
        return None
    if document_title and (nominative := _the_same_name(rest, document_title)) is not None:
        return nominative
    return rest


def _stems(text: str) -> list[str]:
    return [word[:_STEM] for word in _WORD.findall(folded(text))]


def _the_same_name(rest: str, document_title: str) -> str | None:
    """The part of the ``<title>`` that holds the rest's words by their stems, with at most a
    leading article more („Die dritten 23. Rüspeler Tüfteltage“ for „dritten 23. Rüspeler
    Tüfteltagen“)."""
    wanted = _stems(rest)
    for part in _TITLE_PARTS.split(document_title.strip()):
        stems = _stems(part)
        if stems and stems[0] in _ARTICLE_STEMS and stems[1:] == wanted:
            return part.strip()
        if stems == wanted:
            return part.strip()
    return None


_ARTICLE_STEMS = frozenset({"die", "der", "das", "the"})
