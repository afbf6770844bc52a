"""A day heading that writes the date in brackets after its weekday.

A workshop's plan heads each day's timetable with the weekday and, in brackets, its date — and
sometimes who may come that day: „<h2>Freitag (22. November 2024)</h2>“, „<h2>Sonntag (27.
November 2016, öffentlich)</h2>“ over a table „Zeit | Ereignis“. The same heading written
„Freitag, 22. November 2024“ is a line that is only a day and rules the table below it, one
programme point per row; in brackets, the weekday and the date read as two things, and with the
audience beside the date as a title of its own — the table was read as one record named by its
header cell „Zeit“.

The brackets only wrap the date: the heading names a day when the weekday stands before them
and nothing but the date — and at most a word on who may come („intern“, „öffentlich“) — stands
inside. That word says who is let in, not what happens: it names no programme point.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import WEEKDAY_FULL_ALT

# „öffentlich“, „intern“, „nur für Mitglieder“: who may come that day, after the date's comma
_AUDIENCE = (
    r"(?:nicht[\s-]?)?öffentlich|intern|geschlossen|public|private|internal"
    r"|nur\s+für\s+(?:mitglieder|teilnehmer(?:innen|\*innen)?|teams)|members\s+only"
)
# „Freitag (22. November 2024)“, „Sonntag (27. November 2016, öffentlich)“: a weekday, then
# the date alone in brackets, at most an audience word after a comma inside them. The date is
# checked by the caller (a line that is only a day), so the brackets' text is taken as it is.
_WEEKDAY_BRACKETED_DATE = lazy_re.compile(
    rf"^(?P<weekday>{WEEKDAY_FULL_ALT})\s*\(\s*(?P<date>[^()]*?\d[^(),]*?)"
    rf"(?:\s*,\s*(?P<audience>{_AUDIENCE}))?\s*\)\s*$",
    re.IGNORECASE,
)


def unbracketed_day(text: str) -> str | None:
    """„Sonntag (27. November 2016, öffentlich)“ → „Sonntag, 27. November 2016“: the day a
    heading names with its date in brackets after the weekday; None for any other text."""
    match = _WEEKDAY_BRACKETED_DATE.match(text.strip())
    if match is None:
        return None
    return f"{match['weekday']}, {match['date'].strip()}"
