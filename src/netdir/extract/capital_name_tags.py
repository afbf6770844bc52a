"""A programme's names set in capitals, each followed by its genre in ordinary letters.

An open-air cinema's programme lists its films one line each::

    Sa 16.07. 21:30 THE STRAW THAT BROKE Science Fiction
    Do 21.07. 20:30 MARIUPOLIS Dokumentarfilm und Filmgespräch
    So 24.07. 20:30 STRANGE BREW Komödie +Cocktailbar

With the day and the clock read out, each row's name went on into its genre. Where the rows of
one list open their names with words in capitals and close them with a short tag in ordinary
letters, the capitals are the name and the tag is what kind it is. Only when most rows of the
list (three or more) are so shaped: one name in capitals before a subtitle („KONZERT Chor der
Stadt“) is left as it is, and a tag that opens in small letters („LESUNG mit Anna Maier“) goes on
with the name's sentence.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading

SOURCE_SUFFIX = " (without the genre after its capitals)"

# The capitals: words without small letters („THE“, „TOP SECRET!“, „PRESIDENT’S“, „–“, „23“) up
# to the first word that has them, and at least two capital letters among them.
_CAPITALS_THEN_TAG = lazy_re.compile(
    r"^(?P<name>(?:[^\sa-zäöüß]+\s+)*?[^\sa-zäöüß]*[A-ZÄÖÜ]{2}[^\sa-zäöüß]*"
    r"(?:\s+[^\sa-zäöüß]+)*?)\s+(?P<tag>[A-ZÄÖÜ+][^\s]*[a-zäöüß][^\s]*(?:\s+\S+){0,3})$"
)
# A tag of ordinary letters: its words open with a capital, a „+“ or are short joiners.
_TAG_WORD = lazy_re.compile(r"^(?:[A-ZÄÖÜ+]\S*|und|&|mit)$")

_MIN_ROWS = 3
# Capital letters a name needs: an acronym's two to four („DJ Night“, „NABU Exkursion“) open a
# name in ordinary letters, they are no name set in capitals.
_LETTERS = 5
_SHARE = 2 / 3


def _split(title: str) -> tuple[str, str] | None:
    """(name in capitals, tag) of a title so shaped; None otherwise."""
    match = _CAPITALS_THEN_TAG.match(title.strip())
    if match is None:
        return None
    tag = match["tag"]
    if not all(_TAG_WORD.match(word) for word in tag.split()):
        return None
    name = match["name"].strip()
    if any(char.islower() for char in name) or sum(char.isupper() for char in name) < _LETTERS:
        return None  # („VHS Kurs Spanisch“, „ADFC Radtour“: an acronym before the name)
    return name, tag


def cut_genre_tags(readings: list[BlockReading]) -> None:
    """Each row's name without the genre its capitals are followed by, when most rows of the
    list are so shaped."""
    titled = [r for r in readings if r.title]
    if len(titled) < _MIN_ROWS:
        return
    split = [(r, _split(r.title or "")) for r in titled]
    shaped = [(r, parts) for r, parts in split if parts is not None]
    if len(shaped) < _SHARE * len(titled):
        return
    for reading, (name, _tag) in shaped:
        reading.title = name
        source = reading.sources.get("title", "listing:")
        reading.sources["title"] = source + SOURCE_SUFFIX
