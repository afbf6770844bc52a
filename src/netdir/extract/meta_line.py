"""A meta line whose parts stand apart by " · ", " | " or " • " ("Sonntag, 15.02.2026 · 14:00 Uhr ·
Volkshaus Langenwang"): the day, its hours and its place, each a part of its own. Read as one
date phrase, the line gave only its day; the hours and the place beside it were lost."""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import names_a_place

_SEPARATOR = lazy_re.compile(r"\s[·|•]\s")
#: A meta line is short: a sentence that happens to hold a "|" is none.
_MAX_LINE = 120
_MAX_PARTS = 4
# A place part without a venue word: up to five capitalised words, no digit.
_NAME_PART = lazy_re.compile(r"^[A-ZÄÖÜ][^\d,;:!?]{2,60}$")


@dataclass(frozen=True)
class MetaParts:
    day: str
    time: str | None
    place: str | None


def line_parts(line: str) -> list[str]:
    """The parts of a line set apart by " · ", " | " or " • ", without empty ones."""
    return [part.strip() for part in _SEPARATOR.split(line) if part.strip()]


def meta_parts(line: str) -> MetaParts | None:
    """The day part, the part with its hours and the part that names a venue; None when the line
    is no such meta line (one part, several days, or too long)."""
    if len(line) > _MAX_LINE:
        return None
    parts = line_parts(line)
    if not 2 <= len(parts) <= _MAX_PARTS:
        return None
    days = [part for part in parts if DATE_LIKE.search(part)]
    if len(days) != 1:
        return None
    times = [part for part in parts if part not in days and TIME_LIKE.search(part)]
    places = [
        part for part in parts if part not in days and part not in times and names_a_place(part)
    ]
    return MetaParts(
        days[0],
        times[0] if len(times) == 1 else None,
        places[0] if len(places) == 1 else None,
    )


def meta_line_opening_the_page(
    lines: list[tuple[str, LexborNode | None]], first_heading: int | None
) -> tuple[int, MetaParts] | None:
    """The line „Strandbad Tegelsee • 29. & 30. August 2025“ above every heading of a page without
    an ``<h1>`` (a festival page whose name is a banner image): when it is the page's only line
    that names a day, it states the page's own event — its day, and its place beside it. A page
    that names other days elsewhere (posts, a list) is not read so."""
    dated = [index for index, (text, _) in enumerate(lines) if names_a_day(text)]
    if len(dated) != 1 or (first_heading is not None and dated[0] > first_heading):
        return None
    parts = meta_parts(lines[dated[0]][0])
    if parts is None:
        return None
    if parts.place is None:
        # „Strandbad Tegelsee“: no venue word, but the one other part of the line, a name.
        rest = [p for p in line_parts(lines[dated[0]][0]) if p not in (parts.day, parts.time)]
        if len(rest) == 1 and _NAME_PART.match(rest[0]):
            parts = MetaParts(parts.day, parts.time, rest[0])
    return dated[0], parts
