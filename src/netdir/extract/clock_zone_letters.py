"""A clock followed by the letters of its time zone.

A food-truck schedule's data keeps its hours as ``"start_time": "1:00 PM PT", "end_time": "7:00
PM PT"`` (Pacific Time), other answers „7:00 PM EST“ or „19:00 MEZ“. The letters say whose clock it
is; the clock itself is the wall-clock hour the page shows („1:00 PM“), so the letters are dropped
before the clock is read. „UTC“ and „GMT“ stay: a UTC hour is no local wall clock, and reading it
as one would move the event. Only letters right after a clock (a digit or „AM“/
„PM“) go: a zone written elsewhere in a text is left to the readers of zone notes
(``time_zone_notes``).
"""

from __future__ import annotations

from netdir import lazy_re

# The US zones by their letters (Pacific Time „PT“, „PST“, „PDT“; Eastern, Central, Mountain) and
# the German and European names of Central European (Summer) Time.
# json_answer_zones reads the same letters to name the zone.
ZONE_AFTER_CLOCK = lazy_re.compile(
    r"(?P<clock>\d|\b[AaPp]\.?[Mm]\.?)\s+(?P<zone>[ECMP][SD]?T|MEZ|MESZ|CET|CEST)(?![\w+\-−])"
)


def without_zone_letters(value: str) -> str:
    """``value`` with the zone letters after its clocks taken out („1:00 PM PT“ → „1:00 PM“)."""
    if not any(letter in value for letter in "TZ"):
        return value  # every zone written here ends in T or Z (cheap test first)
    return ZONE_AFTER_CLOCK.sub(r"\g<clock>", value)
