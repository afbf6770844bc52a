"""One label asking when and where, answered by the lines under it.

An event post closes with „Wann und wo?“ over „Donnerstag, 3. September 2026“, „12.30 - 13.30 Uhr“
and „Zoom – Den Link erhältst du nach der Anmeldung …“: one label for the day, the hours and the
place together, each answered by a line of its own (bold lines of a paragraph, ``<br>`` between
them). The first line names the day (its hours may stand in it), a line of only hours after it is
the time, the next other short line is the place.

The day's own line may answer both: „<h3>Zeit und Ort</h3>“ over „08.08.2016 - 12.08.2016,
WIL/B221“. The label asks for the place, so the words after the day (and its hours) are the place
even when no venue word names them (a room's code); the line after it heads the page's next part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE, search_date_like

# „Wann und wo?“, „Wo & wann:“, „Zeit und Ort:“, „Datum / Ort“, „Termin und Ort:“, „When and
# where?“: a label of its own line naming both.
_WHEN_AND_WHERE = lazy_re.compile(
    r"^(?:wann\s*(?:und|&|/|\+)\s*wo|wo\s*(?:und|&|/|\+)\s*wann|"
    r"(?:zeit|datum|termin)\s*(?:und|&|/|\+)\s*ort|ort\s*(?:und|&|/|\+)\s*(?:zeit|datum|termin)|"
    r"when\s*(?:and|&|/|\+)\s*where|where\s*(?:and|&|/|\+)\s*when)\s*[:：?]?\s*$",
    re.IGNORECASE,
)
_ANSWER_LINES = 4  # the day, the hours, the place and a line to spare
_MAX_DAY_CHARS = 60  # „Donnerstag, 3. September 2026, 12.30 - 13.30 Uhr“: a line, no sentence
# „Wann: …“, „Datum: …“: a line under the label that opens with a label of its own.
_OWN_LABEL = lazy_re.compile(r"^\s*[^\W\d][\w .-]{0,24}[:：]\s")
_MAX_HOURS_CHARS = 40  # „12.30 - 13.30 Uhr“, „ab 19:30 Uhr (Einlass 19 Uhr)“
_MAX_PLACE_CHARS = 120  # a place with its note, not a paragraph


@dataclass(frozen=True, slots=True)
class Answers:
    """The lines (their indexes on the page) that answer the label: the day's, the hours' and
    the place's (None when no such line follows)."""

    day: int
    hours: int | None
    place: int | None
    place_in_the_day: str | None = None  # „…, WIL/B221“: the words after the day in its line


def answers_under(texts: list[str], index: int, is_label: Callable[[str], bool]) -> Answers | None:
    """When ``texts[index]`` asks when and where and the line under it names a day: the lines
    that answer it; None otherwise. A line that is a label of its own (``is_label``) ends the
    answers."""
    if not _WHEN_AND_WHERE.match(texts[index].strip()):
        return None
    day = index + 1
    if (
        day >= len(texts)
        or len(texts[day]) > _MAX_DAY_CHARS
        or search_date_like(texts[day]) is None
    ):
        # (a section „Zeit und Ort“ over the sentence „Die Vorträge … finden statt vom 3. bis 5.
        # Juni, jeweils um 19.15 Uhr, in der AULA …“ is prose the page reader reads as such)
        return None
    if _OWN_LABEL.match(texts[day]):
        return None  # „Ort und Zeit“ over „Wann: 27. März 2019 …“ / „Wo: …“: each line labelled
    hours: int | None = None
    place: int | None = None
    in_the_day = place_after_the_day(texts[day])
    for at in range(day + 1, min(day + _ANSWER_LINES, len(texts))):
        line = texts[at].strip()
        if not line or is_label(line):
            break
        if search_date_like(line) is not None:
            break  # a second day: the answers were the first day's
        if hours is None and place is None and len(line) <= _MAX_HOURS_CHARS and _only_hours(line):
            hours = at
            continue
        if in_the_day is None and len(line) <= _MAX_PLACE_CHARS:
            place = at
        break
    return Answers(day, hours, place, in_the_day)


def place_after_the_day(line: str) -> str | None:
    """The words after the day and its hours in the answer's day line, after a comma
    („08.08.2016 - 12.08.2016, WIL/B221“ → „WIL/B221“; „Samstag, 4. März 2017, 10 bis 16 Uhr,
    VHS Forum“ → „VHS Forum“); None when the line ends with the day or its hours."""
    match = DATE_PHRASE.match(line.strip())
    if match is None:
        return None
    rest = line.strip()[match.end() :].strip()
    if not rest.startswith(","):
        return None
    parts = [part.strip() for part in rest.split(",") if part.strip()]
    parts = [part for part in parts if not _only_hours(part)]
    place = ", ".join(parts)
    if not place or search_date_like(place) is not None or place[-1] in ".!?":
        return None  # (a second day, or a sentence after the day)
    return place if len(place) <= _MAX_PLACE_CHARS else None


# What a line of hours holds besides its clocks: „Uhr“, „bis“, „ab“, dashes, brackets.
_HOUR_WORDS = lazy_re.compile(r"\b(?:uhr|ab|bis|um|ca|h|am|pm|from|to)\b|[\d:.\s–—\-()/,]", re.I)


def _only_hours(line: str) -> bool:
    return TIME_LIKE.search(line) is not None and not _HOUR_WORDS.sub("", line).strip()
