"""Notes a date line adds about a session, not its name: the clock's time zone and the language.

A user group's page sets its day over each talk as „13.10.2020 - 18:30 Uhr <em>CEST | English</em>“
under the talk's own heading. With the day and the clock taken out, „CEST | English“ was left and
named the talk. A zone abbreviation says which clock, a language which tongue; neither alone nor
together names an offering. A language alone may („Englisch“ is a course), so a zone must be there.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „CEST“, „MEZ“, „UTC“: the time-zone abbreviations German and English pages write after a clock.
_ZONE = lazy_re.compile(r"(?:ces?t|mes?z|utc|gmt|bst|[ecmp][sd]t)", re.I)
_LANGUAGE = lazy_re.compile(r"(?:english|englisch|german|deutsch|en|de)", re.I)
_WORD = lazy_re.compile(r"[^\W\d_]+")


def only_zone_and_language(words: list[str]) -> bool:
    """[„CEST“, „English“], [„CET“], [„MEZ“, „Deutsch“]: words that are time-zone abbreviations
    and language names, one zone at least (bars and other signs between them are no words)."""
    letters = [part for word in words for part in _WORD.findall(word)]
    if not letters or not any(_ZONE.fullmatch(word) for word in letters):
        return False
    return all(_ZONE.fullmatch(word) or _LANGUAGE.fullmatch(word) for word in letters)
