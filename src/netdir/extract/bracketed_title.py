"""Feed titles made of bracketed fields: „[Morges] [Vortrag] [Café - Récit] [16.06.2026 - 16.06.2026]“.

An aggregator's script writes each item's fields into its title, each in brackets, in the same
order for every item: the town, the category, the event's name, its days. Read over the whole
feed, the fields tell themselves apart: the days are the place where the titles name a day (or
say that it is not known: „[Datum unbekannt]“), the town the place where the gazetteer knows the
titles' towns (a canton's or county's letters after one: „[Burgdorf BE]“), and of the other
places the name is the one whose values differ most from item to item — a category repeats
(„Ausstellung“, „Konzert“), names do not. A feed with fewer than three such titles, or where no
place stands out as the name, is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.normalize.place import known_town

_FIELDS = lazy_re.compile(r"\s*(?:\[[^\[\]]+\]\s*){3,}")
_FIELD = lazy_re.compile(r"\[([^\[\]]+)\]")
_NO_DAY = lazy_re.compile(
    r"^(?:datum|termin|date)\s+(?:unbekannt|offen|folgt|unknown|tba|tbd)$|^(?:tba|tbd|n\.\s?a\.)$",
    re.IGNORECASE,
)
_REGION_LETTERS = lazy_re.compile(r"^(?P<town>.+?)\s+[A-Z]{2,3}$")  # „Burgdorf BE“, „Prangins VD“
_MIN_TITLES = 3


@dataclass(frozen=True, slots=True)
class BracketLayout:
    width: int
    name: int
    town: int | None
    days: int | None


@dataclass(frozen=True, slots=True)
class BracketedTitle:
    name: str
    town: str | None
    days: str | None


def bracket_layout(titles: Sequence[str | None]) -> BracketLayout | None:
    """Where the name, town and days stand in a feed's bracketed titles, or None."""
    rows = [fields for title in titles if title and (fields := _fields(title))]
    if len(rows) < _MIN_TITLES:
        return None
    width = Counter(len(row) for row in rows).most_common(1)[0][0]
    rows = [row for row in rows if len(row) == width]
    if len(rows) < _MIN_TITLES:
        return None
    days = _most(rows, width, lambda f: names_a_day(f) or _NO_DAY.match(f) is not None)
    town = _most(rows, width, lambda f: _town(f) is not None, skip=days)
    spread = sorted(
        ((len({row[i] for row in rows}), i) for i in range(width) if i not in (days, town)),
        reverse=True,
    )
    if not spread or (len(spread) > 1 and spread[0][0] == spread[1][0]):
        return None  # no place stands out as the name
    return BracketLayout(width, spread[0][1], town, days)


def read_bracketed(title: str, layout: BracketLayout | None) -> BracketedTitle | None:
    """The fields of one title of a feed laid out so, or None."""
    fields = _fields(title) if layout is not None else None
    if layout is None or fields is None or len(fields) != layout.width:
        return None
    town = _town(fields[layout.town]) if layout.town is not None else None
    day = fields[layout.days] if layout.days is not None else None
    return BracketedTitle(fields[layout.name], town, day if day and names_a_day(day) else None)


def _fields(title: str) -> list[str] | None:
    if _FIELDS.fullmatch(title) is None:
        return None
    return [field.strip() for field in _FIELD.findall(title)]


def _most(
    rows: list[list[str]], width: int, test: Callable[[str], bool], skip: int | None = None
) -> int | None:
    """The place where more than half the rows pass ``test``."""
    for i in range(width):
        if i != skip and sum(1 for row in rows if test(row[i])) * 2 > len(rows):
            return i
    return None


def _town(field: str) -> str | None:
    if known_town(field) is not None:
        return field
    region = _REGION_LETTERS.match(field)
    if region is not None and known_town(region["town"]) is not None:
        return region["town"]
    return None
