"""The daily hours of a run of days, from a line that names the run's last day after them.

A master class's modal: „<p class="course-modal__date">20.–22. Oktober 2026</p><p
class="course-modal__zeiten">10:00–17:00 Uhr, am 22.10. Abschlusskonzert</p>“. The line names
a day of the run with hours, which reads as „the same day again, with its time“ (a card's badge
„22 AUG“ over its meta line „Samstag, 22. August 2026 · 14.00–19.30 Uhr“) — and took the course
to its last day, at ten. The hours stand before the day, in a part of their own; the day after
them is the closing concert's. For a run of days (its last day being the line's) whose line opens
with hours and names the day only after them, the hours are the run's: the run keeps its days and
takes the hours.
"""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.normalize.when import parse_when

# Any day will do: the run names its year, and only whether it spans several days is asked.
_SOME_DAY = date(2000, 1, 1)


def daily_hours_of_the_run(run: str, line: str) -> str | None:
    """The hours opening ``line`` when ``run`` spans several days and ``line`` names its day only
    after those hours (see the module docstring); None otherwise."""
    first, _, rest = line.partition(",")
    if not rest or not TIME_LIKE.search(first) or search_date_like(first) is not None:
        return None
    when = parse_when(run, today=_SOME_DAY)
    if not when.start or not when.end or when.start[:10] == when.end[:10]:
        return None
    return first.strip()
