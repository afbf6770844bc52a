"""A site's JSON that keeps its dates as lines of text: ``{"2018": ["12.01. Göttingen - Apex
20:00", "14.01. Kiel - Kultuforum 19:00", …]}``.

A band's page content kept its tour as one list of texts per year, each a day and month, what
and where, and the clock („Gleis 1 19 Uhr“, none at all on some). There is no key to read: the
year is the list's key (or the line's own date says it), the line is the event. Its text after
the day is its name as the page shows it; a clock at its end is its start.

Such a line says where before what: „Tübingen - Vorstadttheater“, „Schweiz - Winterthur - Alte
Kaserne“ (broad to narrow), „München ARS Musica“, or just „Solingen“. When most lines of a list
name a town the gazetteer knows there, the list is written so: the part before the last dash is
the town (the place), the last part the venue (the name, as gig lists are named here); a line
that is only a town is named by it. One line alone proves nothing („Berlin - Paris“ may be a
tour's name): the evidence is the list's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.normalize.place import known_town
from netdir.normalize.when_value import safe_date

_YEAR_KEY = lazy_re.compile(r"^\s*((?:19|20)\d{2})\s*$")
# „12.01. Göttingen …“, „12.01.2018 Göttingen …“.
_DATED_LINE = lazy_re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})?\s+(\S.*?)\s*$")
# „… 20:00“, „… 20.30 Uhr“, „… 19 Uhr“ (a bare number alone is no clock: „Schauspielhaus 20“ is
# read as 20:00 only beside lines at 20:00, ``_with_bare_hours``).
_END_CLOCK = lazy_re.compile(r"\s+(\d{1,2})(?:[:.](\d{2})\s*(?:Uhr)?|\s*Uhr)\s*$", re.IGNORECASE)
_MAX_DEPTH = 10
_MIN_LINES = 2  # one dated text is as likely a note as a list of dates
_CHAIN = lazy_re.compile(r"\s+[-–]\s+")
_MAX_TOWN_WORDS = 3  # „Bad Münstereifel“, „Buch in Tirol“


@dataclass(frozen=True, slots=True)
class DatedLine:
    start: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    text: str
    key: str  # where it stood: the year key or the list's key
    town: str | None = None  # the town the line names before its venue


def dated_lines(value: Any) -> Iterator[DatedLine]:
    """The dated lines of every list of texts in ``value`` whose texts open with a day."""
    yield from _walk(value, None, "", 0)


def _walk(value: Any, year: int | None, key: str, depth: int) -> Iterator[DatedLine]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        for inner_key, item in value.items():
            found = _YEAR_KEY.match(str(inner_key))
            inner_year = int(found[1]) if found is not None else year
            yield from _walk(item, inner_year, str(inner_key), depth + 1)
    elif isinstance(value, list):
        texts = [item for item in value if isinstance(item, str)]
        lines = [line for text in texts if (line := _line(text, year, key)) is not None]
        if len(lines) >= _MIN_LINES and len(lines) * 2 > len(texts):
            # mostly dated lines, not one stray date among words
            yield from _with_towns(_with_bare_hours(lines))
        for item in value:
            if isinstance(item, dict | list):
                yield from _walk(item, year, key, depth + 1)


def _line(text: str, year: int | None, key: str) -> DatedLine | None:
    found = _DATED_LINE.match(text)
    if found is None:
        return None
    stated = int(found[3]) if found[3] else year
    day = safe_date(stated, int(found[2]), int(found[1])) if stated is not None else None
    rest = clean_text(found[4])
    if day is None or rest is None:
        return None
    start = day.isoformat()
    if (clock := _END_CLOCK.search(rest)) is not None and int(clock[1]) <= 23:
        start = f"{start}T{int(clock[1]):02d}:{int(clock[2] or 0):02d}"
        rest = rest[: clock.start()].strip()
    return DatedLine(start, rest, key) if rest else None


# „Bergneustadt - Schauspielhaus 20“: a bare number at the line's end.
_BARE_NUMBER = lazy_re.compile(r"\s+(\d{1,2})$")


def _with_bare_hours(lines: list[DatedLine]) -> list[DatedLine]:
    """„Bergneustadt - Schauspielhaus 20“ among lines that end „… 20:00“: when most lines of
    the list give their clock, a bare number at the end of an untimed line that is the hour of
    another line's clock is that hour written short („Halle 10“ stays where no line is at 10)."""
    timed = [line for line in lines if "T" in line.start]
    if len(timed) * 2 <= len(lines):
        return lines
    hours = {line.start[11:] for line in timed}
    mended: list[DatedLine] = []
    for line in lines:
        bare = _BARE_NUMBER.search(line.text) if "T" not in line.start else None
        clock = f"{int(bare[1]):02d}:00" if bare is not None else ""
        if bare is not None and clock in hours and line.text[: bare.start()].strip():
            line = replace(line, start=f"{line.start}T{clock}", text=line.text[: bare.start()])
        mended.append(line)
    return mended


def _with_towns(lines: list[DatedLine]) -> list[DatedLine]:
    """The lines, each split into town and venue when most of them name a known town first."""
    splits = [_town_and_venue(line.text) for line in lines]
    known = sum(1 for split in splits if split is not None and split[2])
    if known * 2 <= len(lines):
        return lines
    return [
        replace(line, text=split[1], town=split[0]) if split is not None else line
        for line, split in zip(lines, splits, strict=True)
    ]


def _town_and_venue(text: str) -> tuple[str, str, bool] | None:
    """(town, venue, whether the town is a known one) of „Town - Venue“, „Country - Town -
    Venue“, „Town Venue words“ or a bare „Town“ (named by itself); None when the line gives no
    town to try. (The words' town is known by how it was found: one look-up a line.)"""
    parts = [part for part in _CHAIN.split(text) if part]
    if len(parts) >= 2:
        return parts[-2], parts[-1], known_town(parts[-2]) is not None
    words = text.split()
    for count in range(min(_MAX_TOWN_WORDS, len(words)), 0, -1):
        town = " ".join(words[:count])
        if known_town(town) is not None:
            return town, " ".join(words[count:]) or town, True
    return None
