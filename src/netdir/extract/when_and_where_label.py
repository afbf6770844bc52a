"""One label asking when and where, answered by the lines under it.

An event post closes with „Wann und wo?“ over „Donnerstag, 3. September 2026“, „12.30 - 13.30 Uhr“
and „Zoom – Den Link erhältst du nach der Anmeldung …“: one label for the day, the hours and the
place together, each answered by a line of its own (bold lines of a paragraph, ``<br>`` between
them). The first line names the day (its hours may stand in it), a line of only hours after it is
the time, the next other short line is the place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE, search_date_like

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
    for at in range(day + 1, min(day + _ANSWER_LINES, len(texts))):
        line = texts[at].strip()
        if not line or is_label(line):
            break
        if search_date_like(line) is not None:
            break  # a second day: the answers were the first day's
        if hours is None and place is None and len(line) <= _MAX_HOURS_CHARS and _only_hours(line):
            hours = at
            continue
        if len(line) <= _MAX_PLACE_CHARS:
            place = at
        break
    return Answers(day, hours, place)


# What a line of hours holds besides its clocks: „Uhr“, „bis“, „ab“, dashes, brackets.
_HOUR_WORDS = lazy_re.compile(r"\b(?:uhr|ab|bis|um|ca|h|am|pm|from|to)\b|[\d:.\s–—\-()/,]", re.I)


def _only_hours(line: str) -> bool:
    return TIME_LIKE.search(line) is not None and not _HOUR_WORDS.sub("", line).strip()
