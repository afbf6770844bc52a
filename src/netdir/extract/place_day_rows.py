"""A row that opens with its place and its day and is named by a line in bold below them.

Church music and concert series pages write each concert as one paragraph of short lines:
„Christuskirche, Sa. 5.1.2019<br>um 18 Uhr<br><strong>NEUJAHRSKONZERT</strong><br>Constanze
Kowalski<br>Orgel“. The opening line only says where and on which day (a weekday or a feast day
may stand between them: „Apostelkirche, Ostermontag, 22.4.2019“), the next one the hour, the
line in bold names the concert and the lines after it who performs. Read line by line, the
first line that names something is the church — so such a row is titled by its bold line
instead (a name the bold runs over two lines keeps both: „ORGELVESPER<br>VENI CREATOR
SPIRITUS“), and the place is the opening line's part before the day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, text_chunks
from netdir.extract.date_cues import TIME_LIKE, WEEKDAY_WORD, search_date_like
from netdir.extract.place_lines import names_a_venue_word

#: Provenance of the title and the place such a row gives.
TITLE_SOURCE = "listing:bold line under the place-and-day line"
PLACE_SOURCE = "listing:place before the day on the row's first line"

# A word between the place and the day: a weekday („Sa.“, „Mi“) or a feast day („Karfreitag“,
# „Pfingstmontag“, „Heiligabend“) — one word, the day's, not a second part of the place (a town:
# „Christuskirche, Innsbruck, 5.1.2019“ keeps it).
_FEAST_DAY = lazy_re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]*(?:tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|"
    r"sonntag|abend|nacht)$"
)
_MAX_PLACE_WORDS = 6
_MAX_NAME_LINES = 3


def bold_name_under_place_and_day(segment: list[LexborNode]) -> tuple[str, str] | None:
    """The (name, place) of a row whose first line is only „<place>, [<weekday>,] <day>“ and
    whose name stands alone in bold on a later line; None for any other row."""
    chunks = text_chunks(segment)
    if len(chunks) < 2:
        return None
    place = _place_of_a_place_and_day_line(chunks[0])
    if place is None:
        return None
    name = _bold_line_below(segment, chunks[1:])
    return (name, place) if name is not None else None


def _place_of_a_place_and_day_line(line: str) -> str | None:
    day = search_date_like(line)
    if day is None or line[day.end() :].strip(" .,") or TIME_LIKE.search(line):
        return None  # the day must end the line, and an hour makes it a line of its own kind
    parts = [part.strip() for part in line[: day.start()].split(",") if part.strip()]
    if len(parts) == 2 and _a_day_word(parts[1]):
        parts = parts[:1]  # „Christuskirche, Karfreitag, 19.4.2019“
    elif len(parts) == 1 and " " in parts[0] and WEEKDAY_WORD.match(parts[0].split()[-1]):
        parts = [parts[0].rsplit(" ", 1)[0]]  # „Christuskirche Sa. 5.1.2019“: its weekday
    if len(parts) != 1:
        return None
    place = parts[0]
    if len(place.split()) > _MAX_PLACE_WORDS or not names_a_venue_word(place):
        return None
    return place


def _a_day_word(word: str) -> bool:
    return bool(WEEKDAY_WORD.match(word) or _FEAST_DAY.match(word))


def _bold_line_below(segment: list[LexborNode], lines: list[str]) -> str | None:
    """The first bold that stands alone on its line(s); a bold line right below it joins it
    („<strong>ORGELVESPER</strong><br><strong>VENI CREATOR SPIRITUS</strong>“)."""
    bolds = [
        _whole_lines(bold, lines) for node in segment for bold in css_matches(node, "strong, b")
    ]
    runs = [parts for parts in bolds if parts]
    for index, parts in enumerate(runs):
        if search_date_like(parts[0]) or TIME_LIKE.search(parts[0]):
            continue
        name = list(parts)
        for below in runs[index + 1 :]:
            at = lines.index(name[-1]) + 1
            if len(name) + len(below) > _MAX_NAME_LINES or lines[at : at + len(below)] != below:
                break
            name.extend(below)
        return " ".join(name)
    return None


def _whole_lines(bold: LexborNode, lines: list[str]) -> list[str]:
    """The bold's lines when each is a line of the row of its own; else none (bold words inside
    a line — „<b>Anne</b> Orgel“ — name no row)."""
    parts = [" ".join(p.split()) for p in (bold.text(separator="\n") or "").split("\n")]
    parts = [p for p in parts if p]
    if not parts or len(parts) > _MAX_NAME_LINES or not all(p in lines for p in parts):
        return []
    return parts
