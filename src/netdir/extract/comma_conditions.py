"""A list line's name before the comma list of who plays and how.

A club's list of tournaments writes each line as the day, a dash, the tournament's name and
then, set apart by commas, who may play and how: „11.04.2026 – Osterturnier, Hobby-Mixed,
Halle, mind. 2 Frauen, ab 14 Jahren“, „20.06.2026 – Freizeit-Mixed-Turnier, 4 gegen 4; am Abend
findet ein Public Viewing … statt, …“. A reader names them „Osterturnier“ and
„Freizeit-Mixed-Turnier“; the rest are the tournament's conditions.

Only a title read from the row's own text (no heading, no link names it) is cut, and only at
its first comma when the name before it is one to three words without a figure or a lower-case
word, and no town (a concert line opens with its town: „14.09. Straubing, "Tiefenrausch", live
mit …“), and what follows holds two parts or more (commas or semicolons) of which one is a
condition of who plays: it opens with a figure („4 gegen 4“, „2 Leistungsklassen“) or with a
word of a bound („ab 14 Jahren“, „mind. 2 Frauen“, „max. 8 Teams“, „für Damen und Herren“,
„nur Mitglieder“). „Arbeitsdienst, Strandreinigung“ and „Regatta, Fischen Open“ (one more
name), „Konzert, live mit …“ (who plays music) and „Lesung, Musik und Tanz“ keep their
commas.

The same list may write who plays without a comma, as the range of leagues the teams come
from: „Herbstcup Kreisklasse bis Bezirksliga in 2 Leistungsklassen für Damen- und
Herrenmannschaften“, „Herbstturnier Landesliga bis Regionalliga für …“. The name is what stands
before the range — two words of a league or class joined by „bis“ or a dash
(``name_before_its_league_range``).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.normalize.place import known_town

#: Provenance of a title cut before its conditions.
SOURCE = "listing:text (the name before its comma list of conditions)"
LEAGUE_SOURCE = "listing:text (the name before the range of leagues that play)"

_PARTS = lazy_re.compile(r"\s*[,;]\s*")
_MAX_NAME_WORDS = 3
_MIN_CONDITIONS = 2
_DIGIT = lazy_re.compile(r"\d")
# The words of a bound that open a condition of who plays.
_BOUND = lazy_re.compile(
    r"^(?:ab|bis|mind\.|mindestens|max\.|maximal|höchstens|für|nur|offen\s+für)\s", re.I
)


def name_before_its_conditions(reading: BlockReading) -> None:
    """Cut the row's own title before its comma list of conditions (see the module docstring)."""
    title = reading.title
    if not title or reading.date_text is None or reading.sources.get("title") != "listing:text":
        return
    parts = [part for part in _PARTS.split(title.strip()) if part]
    if len(parts) < 1 + _MIN_CONDITIONS:
        return
    name, conditions = parts[0], parts[1:]
    if not _name_shaped(name) or not any(_a_condition(part) for part in conditions):
        return
    reading.title = name
    reading.sources["title"] = SOURCE


# „Kreisklasse bis Bezirksliga“, „Landesliga – Regionalliga“, „A-Klasse bis Kreisliga“: a range
# of leagues or classes (a compound ending in „liga“ or „klasse“ on both sides).
_LEAGUE = r"[\w-]*(?:liga|klasse)"
_LEAGUE_RANGE = lazy_re.compile(
    rf"\s(?P<range>{_LEAGUE}\s+(?:bis|[-–])\s+{_LEAGUE})(?:\s|$)", re.IGNORECASE
)


def name_before_its_league_range(reading: BlockReading) -> None:
    """Cut the row's own title before the range of leagues that says who plays (see the module
    docstring)."""
    title = reading.title
    if not title or reading.date_text is None or reading.sources.get("title") != "listing:text":
        return
    match = _LEAGUE_RANGE.search(title)
    if match is None:
        return
    name = title[: match.start()].strip(" –-:,")
    if not _name_shaped(name):
        return
    reading.title = name
    reading.sources["title"] = LEAGUE_SOURCE


def _name_shaped(name: str) -> bool:
    """One to three words, each capitalised, without a figure, and no town (see the module
    docstring)."""
    words = name.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and _DIGIT.search(name) is None
        and all(word[:1].isupper() for word in words)
        and known_town(name) is None
    )


def _a_condition(part: str) -> bool:
    """A part that opens with a figure or with a word of a bound."""
    return part[:1].isdigit() or _BOUND.match(part) is not None
