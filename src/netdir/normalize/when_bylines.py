"""A byline of names and a past day: „Justizministerium, 4. Mai 2017“ under a quotation,
„Christine Gebler und Alexander Null, Agile Verwaltung, 28. Juli 2022“ under a cited article,
„Freifunk Münsterland, 31. Januar 2017“ — who wrote it and when, no event's day.

The whole text is capitalised names (joined by commas, „und“, „&“) and then one day with its
year, already past on the page's day; a name part naming an event („Sommerfest, 4. Mai 2017“,
„Jahreskonzert, …“) or a weekday („Samstag, 4. Mai 2017“) keeps its day.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import MONTH_ALT
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS

_NAME = r"(?:(?-i:[A-ZÄÖÜ])[\w'’.-]*|(?-i:und|and)|&)"
_BYLINE = lazy_re.compile(
    rf"^\s*(?P<names>{_NAME}(?:\s*,?\s+{_NAME}|\s*,\s*{_NAME}){{0,7}})\s*,\s*"
    rf"(?:\d{{1,2}}\.\s*(?:{MONTH_ALT})\s+\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s*$",
    re.IGNORECASE,
)
# What a name part that is an event's title holds (a substring of one of its words).
_EVENT_PIECES = (
    "fest", "feier", "konzert", "treff", "versammlung", "sitzung", "markt", "turnier", "lauf",
    "fahrt", "tour", "ausflug", "wander", "kurs", "seminar", "workshop", "vortrag", "lesung",
    "ausstellung", "vernissage", "gottesdienst", "messe", "party", "ball", "abend", "tag",
    "nacht", "woche", "camp", "lager", "probe", "premiere", "aufführung", "show", "festival",
    "meeting", "konferenz", "kongress", "tagung", "forum", "stammtisch", "spiel", "cup",
    "meister", "fasching", "fastnacht", "kirmes", "kerwe", "basar", "sprechstunde", "training",
    "führung", "exkursion", "einweihung", "eröffnung", "jubiläum", "gala", "night", "day",
    "race", "match", "rally", "concert", "fair", "game", "session", "dinner", "reise",
)  # fmt: skip


def is_byline(text: str, start: str | None, today: date) -> bool:
    """Whether ``text`` is only names and a past day with its year (see the module docstring)."""
    if start is None or len(text) > 120 or "," not in text:
        return False
    found = _BYLINE.match(text)
    if found is None or date.fromisoformat(start[:10]) >= today:
        return False
    names = found["names"].lower()
    words = re.findall(r"[\wäöüß]+", names)
    if any(word in WEEKDAY_ABBREVIATIONS for word in words):
        return False
    return not any(piece in names for piece in _EVENT_PIECES)
