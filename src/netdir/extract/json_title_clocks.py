"""The clock a day-only event of an answer writes at the head of its title.

A venue that lists its evenings by name with the hour in front („18h30 Chorale de la Vieille
Chéchette“, „17h-19h Paniers bio de la Ferme de Nadir“) reaches an aggregator's data file as a
day without a clock — the hour stayed in the name, translated with it: „6:30pm La Vieille
Chéchette Choir“, „5-7pm organic produce boxes from Nadir Farm“, „11am Literary Encounter …“.
A reader takes that hour as the event's; the title stays as the answer writes it.

Only an hour written as one at the very start, followed by a name: with „am“/„pm“, a colon
or an „h“ between hour and minutes („18h30“), or „h“/„Uhr“ after it; a bare number („5 Years of
…“, „2026 Jahresempfang“) is no clock. The hour is read by the date grammar on the event's own
day, so a range („5-7pm“) gives the end too.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK = rf"{_HOUR}(?:(?::[0-5]\d)?\s?[ap]\.?m\.?|:[0-5]\d(?:\s?(?:h|Uhr))?|h[0-5]\d|h|\s?Uhr)"
# The head of a title: a clock, or a range whose ends may share the „pm“ of the second
# („5-7pm“), then a space and a name that starts with a letter or a quote.
_OPENING = lazy_re.compile(
    rf"^(?P<clock>(?:{_HOUR}(?::[0-5]\d|h[0-5]\d|h)?\s?[-–]\s?)?{_CLOCK})\s+(?=[^\W\d_]|[«\"„“'])",
    re.IGNORECASE,
)
_MIN_NAME_LETTERS = 3
_LETTER = lazy_re.compile(r"[^\W\d_]")


def opening_clock(title: str, day: str) -> tuple[str, str | None] | None:
    """The start clock and end clock (or None) on ``day`` (an ISO date) that ``title`` opens
    with, both as ``HH:MM``; None when it opens with none."""
    match = _OPENING.match(title.strip())
    if match is None or len(_LETTER.findall(title[match.end() :])) < _MIN_NAME_LETTERS:
        return None
    year, month, number = day.split("-")
    found = parse_when(f"{number}.{month}.{year}, {match['clock']}", today=date.fromisoformat(day))
    if found.start is None or found.precision != "minute" or found.start[:10] != day:
        return None
    end = found.end[11:16] if found.end is not None and found.end[:10] == day else None
    return found.start[11:16], end
