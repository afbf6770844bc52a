"""The hours an answer about events writes as German text beside a day-only start.

A city's open-data events keep the day as an ISO date and the hours as the text its page prints
under the date: ``"beginndatum": "2015-05-19", "uhrzeit": "17 Uhr"`` — also „10 bis 12 Uhr“,
„Dienstag, 18 bis 21 Uhr<br />“, „ab 16 Uhr alle 20 Minuten bis 18:40 Uhr“ or one line per day
(„Sonntag, 11 Uhr<br /> Montag und Dienstag, 20 Uhr“). The bare clock reader
(:func:`netdir.extract.api_event_times.clock_range`) wants „HH:MM“ alone; such a text is read by
the date grammar behind ``netdir parse when``, with the object's day written before its first
line. Only clocks on that very day count: a weekday in the text that moves the grammar to another
day („Montag bis Freitag: 9 bis 18 Uhr“ on a Monday read as the next day) says nothing sure
about the start day's hours.

A list of wine festivals and Besen keeps the run's days apart and its opening hours under
``"hours"``: ``"dateRange": "19. Februar – 8. März 2026", "hours": "Täglich 11:30–22:00 Uhr, kein
Ruhetag"`` — read the same way on the first day, but only where they are the same every day:
hours by weekday („Do–Sa ab 16:00 Uhr, So 11:00–20:00 Uhr“) say no one clock for the run, and
the grammar, given the first day before them, reads their first clock whatever day it is.

An English site's answer writes them with am and pm, and no clock of the German forms: a
society's events JSON keeps ``"date": "2023-11-15", "time": "2-6pm"`` (also „9am Sat-5pm Sun“
for a weekend hackathon); they are read the same way.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from netdir import lazy_re
from netdir.extract.api_event_times import CLOCK_KEYS
from netdir.normalize.when import parse_when

_MAX_CHARS = 300  # a few lines of hours; an account of the event is no clock text
# The opening hours of a run of days: read only where they are the same every day.
_RUN_HOURS_KEYS = ("hours", "öffnungszeiten", "oeffnungszeiten")
_WORDED_CLOCK_KEYS = (*CLOCK_KEYS, *_RUN_HOURS_KEYS)
# A weekday (or holiday) named in opening hours: their clocks are that day's, not every day's.
_WEEKDAY = lazy_re.compile(
    r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\b|(?i:\b(?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonnabend|sonntag|feiertag|mon|tue|wed|thu|fri|sat|sun)\w*)"
)
_LINE_BREAK = lazy_re.compile(r"<br\s*/?>|\n", re.IGNORECASE)
_TAG = lazy_re.compile(r"<[^>]+>")
# A clock as a German or an English page writes it: „17 Uhr“, „19h“, „18:30“, „2-6pm“, „9 a.m.“.
_CLOCK_WORD = lazy_re.compile(r"\d\s*(?:Uhr|h)\b|\d:\d\d|\d\s*[ap]\.?\s?m\b", re.IGNORECASE)


def worded_clocks(holder: dict[str, Any], day: str) -> tuple[str, str | None, str] | None:
    """The start clock, the end clock on ``day`` (or None) and the key, of the hours the
    object's clock text states for ``day`` (an ISO date) in its first line; None if it states
    none for it. A text of one line per day gives no end: the first line's is its own day's."""
    for key in _WORDED_CLOCK_KEYS:
        value = holder.get(key)
        if not isinstance(value, str) or len(value) > _MAX_CHARS:
            continue
        if key in _RUN_HOURS_KEYS and _WEEKDAY.search(value):
            continue  # „Do–Sa ab 16:00 Uhr, So 11:00–20:00 Uhr“: each day its own hours
        lines = _clock_lines(value)
        if not lines:
            continue
        found = parse_when(f"{_german_day(day)}, {lines[0]}", today=date.fromisoformat(day))
        if found.start is None or found.precision != "minute" or found.start[:10] != day:
            continue
        end = found.end[11:16] if found.end is not None and found.end[:10] == day else None
        if len(lines) > 1:
            end = None  # one line per day: the first line's end is not the last day's
        return found.start[11:16], end, key
    return None


# „timeLabel“, „time_text“, „zeitText“, „uhrzeit_anzeige“: the clock key's text as the page prints
# it, kept beside the bare clock („"time": "10:00", "timeLabel": "10  bis  17 Uhr"“).
_LABEL_KEY = lazy_re.compile(
    r"^(?:time|zeit|uhrzeit)[_-]?(?:label|text|display|string|formatted|anzeige)$", re.IGNORECASE
)


def end_from_the_clock_label(
    holder: dict[str, Any], day: str, start_clock: str
) -> tuple[str, str] | None:
    """The end clock on ``day`` and its key, where the object keeps its bare start clock apart and
    beside it the hours as its page prints them, a range from that very start („10 bis 17 Uhr“
    beside „10:00“); None when the label states no end, or starts at another clock (a label of
    another showing is no end of this one)."""
    for key, value in holder.items():
        if not isinstance(key, str) or _LABEL_KEY.match(key) is None:
            continue
        found = worded_clocks({CLOCK_KEYS[0]: value}, day)
        if found is not None and found[0] == start_clock and found[1] is not None:
            return found[1], key
    return None


# The texts an object describes its event in, where an empty clock slot leaves the hour.
_DESCRIPTION_KEYS = ("description", "beschreibung", "desc", "descrizione", "text")
_MAX_DESCRIBED = 160  # a line or two under the date, as a page prints it; no account of the event
# A clock as a description writes it: „ore 20:45“, „ore 17.30“, „20 Uhr“, „7 pm“.
_DESCRIBED_CLOCK = lazy_re.compile(r"\d[:.][0-5]\d|\d\s*(?:Uhr|h|[ap]\.?m)\b", re.IGNORECASE)


def described_clocks(holder: dict[str, Any], day: str) -> tuple[str, str | None, str] | None:
    """The start clock, end clock (or None) and key, where the object keeps a clock key but
    leaves it empty (``"time": null``) and its short description states the hours of ``day``:
    a theatre's archive scraped into ``"date": "2013-09-17", "time": null, "description":
    "Martedì 17 settembre - ore 20:45"``. The empty slot says the hour was not found apart, not
    that the event has none; a long description tells the event and is not read."""
    if not any(key in holder and holder[key] in (None, "") for key in CLOCK_KEYS):
        return None
    for key in _DESCRIPTION_KEYS:
        value = holder.get(key)
        if not isinstance(value, str) or len(value) > _MAX_DESCRIBED:
            continue
        lines = _clock_lines(value, _DESCRIBED_CLOCK)
        if not lines:
            continue
        today = date.fromisoformat(day)
        alone = parse_when(lines[0], today=today)
        if alone.start is not None and alone.start[:10] != day:
            return None  # „Prove aperte: 19.09.2013 ore 18:00“: the hour of another day
        found = parse_when(f"{_german_day(day)}, {lines[0]}", today=today)
        if found.start is None or found.precision != "minute" or found.start[:10] != day:
            return None
        end = found.end[11:16] if found.end is not None and found.end[:10] == day else None
        return found.start[11:16], end, key
    return None


def _clock_lines(text: str, cue: re.Pattern[str] = _CLOCK_WORD) -> list[str]:
    """The lines of the text that name a clock, without markup."""
    lines = (_TAG.sub(" ", line).strip() for line in _LINE_BREAK.split(text))
    return [line for line in lines if cue.search(line)]


def _german_day(day: str) -> str:
    """``2015-05-19`` as „19.05.2015“, the way the text's own page writes its days."""
    year, month, number = day.split("-")
    return f"{number}.{month}.{year}"
