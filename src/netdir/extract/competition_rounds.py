"""A tournament's timetable of rounds on its own page: the tournament, not each round.

A chess club's call for a tournament („Ausschreibung“) states its day under „Datum“ and its hall
under „Spiellokal“, then a „Zeitplan“ table „Datum | Uhrzeit | Ereignis“: „22.08.2026 | Bis 09:30
| Anmeldung“, „22.08.2026 | 10:00 | 1. Runde“ … „17:00 | 7. Runde“, „Anschließend |
Siegerehrung“ (hugo-ilmenau-schnellschachturnier-ausschreibung-2026); a four-day Open the same
over its days, with one more row „01.11.2024 | 21:00 | Blitz Turnier“ on its second evening
(hugo-ilmenau-open-ausschreibung-2024). The listing detector reads the table as the page's list.
A reader sees the tournament, played in its rounds from the first round's hour: the numbered
rounds, the registration before them, the breaks and the award ceremony are its running order, no
offerings of their own — the same players play each round. A row that is none of these (the blitz
tournament of the Open's second evening) is an offering of its own, held where the tournament is.

So when three or more rows of the page's list are numbered rounds („1. Runde“, „Runde 2“, „3.
Spieltag“), every other row but such is one of the running order's steps or at most a third of
the rows, and every row with a day falls within the labelled event's days, the event is read with
its first round's hour (when it has no hour of its own) and the rounds and steps are dropped.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.context import set_field
from netdir.extract.start_days import day_of_record
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

SOURCE = "event_page: the first round of its timetable"
_MIN_ROUNDS = 3  # two numbered rows may be anything; a timetable of rounds has more
# „1. Runde“, „3. Runde mit Mittagspause“, „Runde 2“, „2. Spieltag“, „Round 5“
_ROUND = lazy_re.compile(
    r"^(?:\d{1,2}\.\s*(?:runde|spieltag|durchgang|lauf)|(?:runde|round|spieltag|durchgang)\s+\d{1,2})"
    r"(?!\w)",
    re.I,
)
# the steps around the rounds: registration, the doors, the draw, the breaks, the prize-giving
_STEP = lazy_re.compile(
    r"^(?:anmeldung|registrierung|check-?in|einlass|auslosung|begrüßung|eröffnung|"
    r"(?:mittags|kaffee)?pause|mittagessen|siegerehrung|preisverleihung|preisvergabe|"
    r"abschluss|ende|turnierende)(?!\w)",
    re.I,
)


def might_list_rounds(listing: list[RawRecord]) -> bool:
    """The cheap test asked before the page is read as one event: three numbered rounds."""
    return sum(1 for row in listing if _ROUND.match(row.title or "")) >= _MIN_ROUNDS


def offerings_beside_its_rounds(
    event: list[RawRecord], listing: list[RawRecord], today: date
) -> list[RawRecord] | None:
    """The rows of ``listing`` that are offerings of their own when the list is the page's one
    labelled event's timetable of rounds (see the module docstring), the event then holding the
    first round's hour; None when the list is no such timetable."""
    if len(event) != 1 or not event[0].date_text:
        return None
    if not event[0].field_sources.get("date_text", "").split(" (", 1)[0].endswith(":"):
        return None  # only a labelled day („Datum“) tells the page's own event
    run = parse_when(event[0].date_text, today=today)
    if run.start is None:
        return None
    first, last = run.start[:10], (run.end or run.start)[:10]
    rounds = [row for row in listing if _ROUND.match(row.title or "")]
    steps = {id(row) for row in listing if _STEP.match(row.title or "")}
    others = [row for row in listing if id(row) not in steps and not _ROUND.match(row.title or "")]
    if len(rounds) < _MIN_ROUNDS or len(others) * 3 > len(listing):
        return None
    for row in listing:
        day = day_of_record(row, today)
        if day is not None and not first <= day <= last:
            return None  # a row outside the event's days: the list is the site's
    step_starts = {_row_start(row, today) for row in listing if id(row) in steps}
    if ("T" not in run.start or run.start in step_starts) and (
        clock := _first_rounds_clock(rounds, first, today)
    ):
        # („22.08.2026“ told again beside „Bis 09:30 | Anmeldung“: the registration closes then,
        # the tournament starts with its first round)
        days = _german(first) if first == last else f"{_german(first)} – {_german(last)}"
        set_field(event[0], "date_text", f"{days}, ab {clock} Uhr", SOURCE)
    return others


def _row_start(row: RawRecord, today: date) -> str | None:
    return row.start or parse_when(row.date_text or "", today=today).start


def _german(day: str) -> str:
    """An ISO day written as the page writes its days („2026-08-22“ → „22.08.2026“)."""
    return f"{day[8:10]}.{day[5:7]}.{day[:4]}"


def _first_rounds_clock(rounds: list[RawRecord], first: str, today: date) -> str | None:
    """The hour the first round starts on the event's first day („10:00“), if it has one."""
    start = _row_start(rounds[0], today)
    if not start or start[:10] != first or "T" not in start:
        return None
    return start[11:16]
