"""A feed item title that ends with the venue the item itself names as its place, without it.

A feed made from a club listing names each entry „Performer — Venue“: WWOZ's
Livewire music calendar of New Orleans, as a script turns it into RSS, titles its items „Coyote
Anderson — 21st Amendment“, „Wax Wizard — Crypt, The“, and says again in each description „Venue:
21st Amendment | Date: Tuesday, July 28 | Time: 8:00pm“. The venue after the dash is where the
show is, which the item's place already holds; the show is the performer. So when what follows
the title's last dash („—“, „–“, „ - “), „@“ or „|“ is the item's place (word for word, or the
place's name before its address, „Club Volta“ of „Club Volta, Schanzenstr. 6“), the title is
what comes before it. A title whose tail is anything else („Jazz — Live“, „Lesung - Teil 2“)
stays whole, as does one that would be left with nothing.
"""

from __future__ import annotations

from netdir import lazy_re

# the last „ — “, „ – “, „ - “, „ @ “ or „ | “ of a title, and what follows it
_LAST_SEPARATOR = lazy_re.compile(r"^(?P<name>.*\S)\s+(?:—|–|-|@|\|)\s+(?P<tail>[^—–@|]+)$")
_WORD = lazy_re.compile(r"[^\W_]+")


def name_before_its_venue(title: str, place: str | None) -> str | None:
    """The title without its closing venue when that venue is ``place``, else None."""
    if not place:
        return None
    match = _LAST_SEPARATOR.match(title.strip())
    if match is None or not _WORD.search(match["name"]):
        return None
    tail = _words(match["tail"])
    if tail and (tail == _words(place) or tail == _words(place.split(",")[0])):
        return match["name"].strip()
    return None


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text))
