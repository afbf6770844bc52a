"""Days with each day's own hours, told by weekday: „12.-14. November 2025 | Zeiten | Mi: 18:00 Uhr
- 21:30 Uhr Do: 9:30 Uhr - 13:00 Fr: 9:30 Uhr - 13:00“ (round 207) runs from the first day's
start to the last day's end, 13:00 on Friday — before, the first day's end closed the last day.
The same in prose, each day with „von … bis“ or its English „from … to“ (round 271): „Vom
13.-14.09.2025 gibt es am Samstag von 10 bis 23:30 Uhr bzw. am Sonntag von 10 bis 19 Uhr …“, „On
August 8th and 9th … Saturday from 10 am to 11:30 pm and Sunday from 10 am to 7 pm“ end at 19:00.

Only a list whose first weekday is the period's first day and whose last weekday is its last day
counts (two or more weekdays, each with a clock range, in the order of the days). A run of
weekdays may share one range: „Termin: „Spiel Doch!“, 26.-28.4., Fr-Sa 10-19 Uhr, So 10-18 Uhr“
(round 287, a games fair) ends on Sunday at 18:00.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation

_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# an English clock's half of the day ("10 am", "7 pm", "11:30 p.m.")
_MERIDIEM = r"(?:\s*(?P<{0}>[ap])\.?m\b\.?)?"
# "Mi: 18:00 Uhr - 21:30 Uhr", "Fr 9:30-13:00", "am Sonntag von 10 bis 19 Uhr", "Sunday from 10 am
# to 7 pm": a weekday (or its German or English abbreviation, capitalised) and its clock range
_DAY_HOURS = lazy_re.compile(
    r"(?<![\w.])(?:(?P<wf>"
    + alternation(WEEKDAYS)
    + r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun))\.?\s*[-–]\s*)?(?P<wd>"
    + alternation(WEEKDAYS)
    + r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun))\.?\s*:?\s*(?:(?:von|from)\s+)?"
    rf"(?P<a>{_CLOCK}){_MERIDIEM.format('ap')}\s*(?:uhr\s*)?(?:-|–|bis|to)\s*"
    rf"(?P<b>{_CLOCK}){_MERIDIEM.format('bp')}(?![\d.:])",
    FLAGS,
)


def with_last_weekday_hours(text: str, found: When) -> When:
    """``found`` ending at its last day's own hours (see the module docstring)."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) < 16 or start[:10] == end[:10]:
        return found
    if (
        found.recurrence
        and (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days > 6
    ):
        # a weekly rule's series; within a dated few days („26.-28.4., Fr-Sa 10-19 Uhr, So
        # 10-18 Uhr“) the weekdays are those days' own hours
        return found
    if ":" not in text and "bis" not in text and " to " not in text:
        return found
    # (each entry: its first weekday — a run's „Fr“ of „Fr-Sa“ — its last, its end's clock)
    listed = [
        (
            WEEKDAY_ABBREVIATIONS[(match["wf"] or match["wd"]).lower()],
            WEEKDAY_ABBREVIATIONS[match["wd"].lower()],
            _end_clock(match),
        )
        for match in _DAY_HOURS.finditer(text)
    ]
    if len(listed) < 2 or len({day for day, _, _ in listed}) != len(listed):
        return found
    first_day, last_day = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if listed[0][0] != first_day.weekday() or listed[-1][1] != last_day.weekday():
        return found
    return replace(found, end=f"{end[:11]}{listed[-1][2]}{end[16:]}")


def _end_clock(match: re.Match[str]) -> str:
    """The range's end as "HH:MM", an English "pm" moved to the day's second half ("7 pm": 19:00;
    "am" only when the start says its half too — German „bis 12 am Markt“ is no English clock)."""
    hours, _, minutes = match["b"].replace(".", ":").partition(":")
    hour = int(hours)
    if match["bp"] and match["bp"].lower() == "p" and hour < 12:
        hour += 12
    elif match["bp"] and match["ap"] and match["bp"].lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{int(minutes or 0):02d}"
