"""The parts a post tells on single days of its event's run of days.

„Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. … die legendäre
Gulaschprogrammiernacht.“ — and further down „Zum Beispiel findet am Freitag den 27. Mai unser
Antennenbau Workshop statt. … Der Workshop findet am Freitag ab 14:30 Uhr statt.“ and „Weiterhin
findet am Samstag die FFBW:con statt.“: the congress is the post's event; the workshop and the
meeting it hosts are offerings of their own, each on the weekday of the run its sentence names
(with the clock a later sentence gives the same weekday for the same kind of event). Only a run of
two days or more, and only a weekday inside it, counts: „findet am Freitag … statt“ under a one-day
event is that event's own day told again.

The weekday may follow the part's name: „Zelten ist auch dieses Jahr wieder im Kletterwald
Silvestria in Bettingen möglich, dort findet ebenfalls die Abendveranstaltung am Samstag statt.“
under a tournament's „Datum: 14./15.09.2024“ — the evening event is the Saturday's, held where the
clause before „dort“ says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when import parse_when

_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_WEEKDAY = r"(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
# „findet am Freitag den 27. Mai unser Antennenbau Workshop statt“, „findet am Samstag die
# FFBW:con statt“: what takes place on a weekday, the subject after its article.
_PART = lazy_re.compile(
    rf"\bfindet\s+(?:(?:auch|zudem|außerdem|dann)\s+)?am\s+{_WEEKDAY}"
    r"(?:,?\s+(?:den\s+)?\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\.?)?\s+"
    r"(?:unser|unsere|unseren|die|der|das|ein|eine)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w:&'’-]*(?:\s+[A-ZÄÖÜ][\w:&'’-]*){0,3})\s+statt\b"
)
# „dort findet ebenfalls die Abendveranstaltung am Samstag statt“: the subject before the weekday.
_PART_NAMED_FIRST = lazy_re.compile(
    r"\bfindet\s+(?:(?:auch|ebenfalls|zudem|außerdem|dann)\s+)?"
    r"(?:unser|unsere|unseren|die|der|das|ein|eine)\s+"
    rf"(?P<name>[A-ZÄÖÜ][\w:&'’-]*(?:\s+[A-ZÄÖÜ][\w:&'’-]*){{0,3}})\s+am\s+{_WEEKDAY}\s+statt\b"
)
# „… im Kletterwald Silvestria in Bettingen möglich, dort findet …“: where „dort“ points to, the
# venue (and its town) after the clause's preposition.
_THERE = lazy_re.compile(
    r"\b(?:im|in\s+der|in\s+dem|auf\s+dem|auf\s+der|beim)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*){0,3}(?:\sin\s[A-ZÄÖÜ][\w-]*)?)"
    r"(?:\s[a-zäöüß]+){0,2},\s*dort\s+findet\b"
)
# „Der Workshop findet am Freitag ab 14:30 Uhr statt.“: the part's clock, told again.
_PART_CLOCK = lazy_re.compile(
    rf"\b(?:Der|Die|Das|Unser|Unsere)\s+(?P<kind>[A-ZÄÖÜ][\w-]*)\s+findet\s+am\s+{_WEEKDAY}\s+"
    r"(?:um|ab)\s+(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:[01]?\d|2[0-3])(?=\s*Uhr))"
)
# the post's paragraphs under the run's — and the lines of a timetable between („Zeitplan:“,
# „Samstag“, „Aufbau 07:00:00“ …: a tournament's schedule, 16 lines, before its closing note)
_LINES_BELOW = 30


@dataclass(frozen=True, slots=True)
class RunPart:
    title: str  # „Antennenbau Workshop“
    date_text: str  # „27.05.2016, 14:30“
    index: int  # the line that names it
    place: str | None = None  # where „dort“ points to („Kletterwald Silvestria in Bettingen“)


def parts_of_the_run(
    lines: list[str], date_index: int, date_text: str, today: date
) -> list[RunPart]:
    """The parts the lines below the run's tell on its weekdays; [] when ``date_text`` is no run
    of days or no line tells one (see the module docstring)."""
    texts = lines[date_index + 1 : date_index + 1 + _LINES_BELOW]
    if not any("findet" in text and " am " in text for text in texts):  # (cheap)
        return []
    run = parse_when(date_text, today=today)
    if run.start is None or run.end is None:
        return []
    first, last = date.fromisoformat(run.start[:10]), date.fromisoformat(run.end[:10])
    if not first < last <= first + timedelta(days=13):
        return []
    clocks = {
        (found["kind"].lower(), found["weekday"].lower()): found["clock"].replace(".", ":")
        for text in texts
        for found in _PART_CLOCK.finditer(text)
    }
    parts: list[RunPart] = []
    for offset, text in enumerate(texts, start=date_index + 1):
        for found in [*_PART.finditer(text), *_PART_NAMED_FIRST.finditer(text)]:
            weekday = found["weekday"].lower()
            day = next(
                (
                    first + timedelta(days=n)
                    for n in range((last - first).days + 1)
                    if (first + timedelta(days=n)).weekday() == _WEEKDAYS[weekday]
                ),
                None,
            )
            if day is None:
                continue
            name = found["name"]
            clock = clocks.get((name.split()[-1].lower(), weekday))
            stamp = f"{day:%d.%m.%Y}" + (f", {clock} Uhr" if clock else "")
            there = _THERE.search(text, 0, found.start() + len("findet") + 1)
            place = there["place"] if there is not None and there.end() > found.start() else None
            parts.append(RunPart(name, stamp, offset, place))
    return parts
