"""A course's times kept as the one text its course system prints under „Zeiten“.

A Volkshochschule's course pages (CMX) show the times as a summary line and then the sessions:
„1 Abend, 01.12.2025 Montag, 18:00 - 21:15 Uhr, 15 Min. Pause Anzahl 1 Termin(e) Do 30.10.2025
14:00 - 17:15 Uhr abgesagt … Mo 01.12.2025 18:00 - 21:15 Uhr Online & Präsenz, 2. OG“. A scraper
that fills a WordPress site from them keeps that text whole as ``"zeiten"``, beside ``"titel"``
and ``"ort"`` and no other date. The summary before „Anzahl n Termin(e)“ is the course as a
reader takes it — its first day and clock, its last day („4 Tage, 05.12.2025 - 13.12.2025
Freitag, 16:00 - 19:15 Uhr …“) —, read by the date grammar behind ``netdir parse when``; the
session list after it repeats those days and keeps called-off ones („abgesagt“), so it is not
read. A text without such a summary (a day or a moment the grammar finds in its first part) is
no course time.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

#: The keys a course's times text stands under.
COURSE_TIME_KEYS = ("zeiten",)
# „Anzahl 3 Termin(e)“: the list of sessions after the summary.
_SESSIONS = lazy_re.compile(r"\bAnzahl\s+\d+\s+Termin", re.I)
_MAX_CHARS = 200  # a summary of two weekdays' hours; a description is no times text
_EXACT = ("day", "minute")


def course_times(value: object, today: date) -> tuple[str, str | None] | None:
    """The start and end (None if none) the summary of a course's times text states; None for
    a value that is no such text."""
    if not isinstance(value, str):
        return None
    found_list = _SESSIONS.search(value)
    summary = value[: found_list.start()] if found_list is not None else value
    if len(summary) > _MAX_CHARS or not any(c.isdigit() for c in summary):
        return None
    found = parse_when(summary, today=today)
    if found.start is None or found.precision not in _EXACT:
        return None
    return found.start, found.end
