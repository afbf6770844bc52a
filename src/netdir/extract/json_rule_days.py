"""An entry of an answer about events that recurs, its day a rule in words.

A course site's dates list one-off sessions beside its weekly course: ``{"recurring": true,
"validFrom": "2025-01-07", "validUntil": null, "date": "Jeden Mittwoch", "time": "17:00 - 18:00
Uhr", "topic": "12-Wochen-Kurs Python"}``. Its page shows the rule; the offering is the course,
once, at its next meeting on or after the day the page is read (and not before it is valid),
with the rule kept as its recurrence — as an iCalendar series is one offering at its next
occurrence. The rule and its clocks are read by the date grammar behind ``netdir parse when``;
an entry whose validity ended before that day is over and gives nothing.

A youth church's landing page keeps its weekly meetings with no day key at all, the rule only in
the description: ``{"title": "JuKi-Treff", "description": "Jeden Dienstag von 18-20 Uhr treffen
wir uns in der Jugendkirche …"}``. The sentence that states a weekday rule with its hours is the
entry's day, read the same way (and the place it names with a preposition its place) — only for an entry no key dates, only a sentence that says „jeden“/„every“ and only a rule
with a clock: „ist jeden Montag geschlossen“ says when it is not, „Öffnungszeiten: Montag
10.00-16.00 Uhr“ when a desk is open, and a date in the text of a dated entry is not its day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from netdir import lazy_re
from netdir.extract.api_event_times import CLOCK_KEYS, clock_range
from netdir.extract.sentence_places import place_in_sentence
from netdir.normalize.when import parse_when
from netdir.normalize.when_recurrence import next_occurrence

_MAX_CHARS = 60  # „Jeden zweiten Mittwoch im Monat“; a sentence is no date value
_VALID_FROM_KEYS = ("validFrom", "valid_from", "gueltigAb", "gueltig_ab", "gültigAb", "gültig_ab")
_VALID_UNTIL_KEYS = ("validUntil", "valid_until", "gueltigBis", "gueltig_bis", "gültigBis", "gültig_bis")  # fmt: skip


@dataclass(frozen=True, slots=True)
class RuleDay:
    """The next occurrence of a rule: its start, its end (or None), the rule, and the keys."""

    start: str
    end: str | None
    recurrence: str
    keys: str
    place: str | None = None  # where the sentence stating the rule says it meets


def rule_day(node: dict[str, Any], start_keys: tuple[str, ...], today: date) -> RuleDay | None:
    """The next occurrence on or after ``today`` of the rule the first of ``start_keys`` states
    in words in ``node``, at the clocks its clock key states; None if none states a rule."""
    since = _day(node, _VALID_FROM_KEYS)
    until = _day(node, _VALID_UNTIL_KEYS)
    reference = max(today, since) if since is not None else today
    if until is not None and until < reference:
        return None  # the course ran out before the page was read
    if (ruled := _rrule_day(node, start_keys, reference)) is not None:
        return ruled
    for key in start_keys:
        value = node.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > _MAX_CHARS:
            continue
        clock_key = next((k for k in CLOCK_KEYS if isinstance(node.get(k), str)), None)
        text = f"{value}, {node[clock_key]}" if clock_key is not None else value
        found = parse_when(text, today=reference)
        if found.start is None or found.recurrence is None:
            continue
        end = found.end[:16] if found.end is not None else None
        keys = f"{key}+{clock_key}" if clock_key is not None else key
        return RuleDay(found.start[:16], end, found.recurrence, keys)
    if any(node.get(key) not in (None, "") for key in start_keys):
        return None  # dated by its keys (a date a description repeats is not its day)
    return _described_rule_day(node, reference)


# The texts that describe an entry; a sentence of one may state its weekly rule.
_DESCRIPTION_KEYS = ("description", "beschreibung", "desc", "text", "teaser", "summary")
_MAX_DESCRIPTION = 2_000
# Sentences end at their stop or at a line's end (an address block, „Öffnungszeiten:“ lines).
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
# „Jeden Dienstag“, „jede zweite Woche“, „every Tuesday“: the words that make a day a rule. A bare
# „Montag 10.00-16.00 Uhr“ under „Öffnungszeiten:“ is an opening hour, „Donnerstags 15:00“ a
# habit of the place as often as a meeting.
_EVERY = lazy_re.compile(r"\b(?:jeden|jede|jeder|every|each)\b", re.IGNORECASE)


def _described_rule_day(node: dict[str, Any], today: date) -> RuleDay | None:
    """The next occurrence on or after ``today`` of the first weekday rule with hours a sentence
    of the entry's description states („Jeden Dienstag von 18-20 Uhr treffen wir uns …“)."""
    for key in _DESCRIPTION_KEYS:
        value = node.get(key)
        if not isinstance(value, str) or len(value) > _MAX_DESCRIPTION:
            continue
        for sentence in _SENTENCE_END.split(value):
            if not _EVERY.search(sentence):
                continue
            found = parse_when(sentence, today=today)
            if found.start is None or found.recurrence is None or "T" not in found.start:
                continue
            end = found.end[:16] if found.end is not None else None
            place = place_in_sentence(sentence)  # „… treffen wir uns in der Jugendkirche“
            return RuleDay(found.start[:16], end, found.recurrence, key, place)
    return None


# A club's events file: ``{"startDate": null, "rrule": "FREQ=WEEKLY;BYDAY=TU",
# "firstEventStartDate": "2024-09-03", "time": "19h30 - 20h30"}`` — the series as an iCalendar
# RRULE with its first day apart (the file its site writes its iCalendar from).
_RRULE_KEYS = ("rrule", "rRule", "RRULE", "recurrenceRule", "recurrence_rule")
_RRULE = lazy_re.compile(r"^\s*(?:RRULE:)?FREQ=[A-Z]+(?:;[A-Z]+=[\w,+-]+)*\s*$", re.IGNORECASE)
_FIRST_DAY_KEYS = ("firstEventStartDate", "firstEventDate", "firstStartDate", "firstDate", "dtstart", "seriesStart", "series_start")  # fmt: skip


def _rrule_day(node: dict[str, Any], start_keys: tuple[str, ...], today: date) -> RuleDay | None:
    """The next occurrence on or after ``today`` of an RRULE the object states beside its first
    day, at the clocks its clock key states; None without such a rule."""
    rule_key = next(
        (k for k in _RRULE_KEYS if isinstance(node.get(k), str) and _RRULE.match(node[k])), None
    )
    if rule_key is None:
        return None
    rule = node[rule_key].strip().upper().removeprefix("RRULE:")
    first_key = next((k for k in (*_FIRST_DAY_KEYS, *start_keys) if _day(node, (k,))), None)
    if first_key is None:
        return None
    first = _day(node, (first_key,))
    clock_key = next((k for k in CLOCK_KEYS if clock_range(node.get(k)) is not None), None)
    clocks = clock_range(node[clock_key]) if clock_key is not None else None
    clock = time.fromisoformat(clocks[0]) if clocks is not None else None
    day = next_occurrence(rule, first, today, clock) if first is not None else None
    if day is None:
        return None  # the series ended before the page was read
    keys = "+".join(k for k in (rule_key, first_key, clock_key) if k is not None)
    if clocks is None:
        return RuleDay(day.isoformat(), None, rule, keys)
    end = f"{day.isoformat()}T{clocks[1]}" if clocks[1] is not None else None
    return RuleDay(f"{day.isoformat()}T{clocks[0]}", end, rule, keys)


def _day(node: dict[str, Any], keys: tuple[str, ...]) -> date | None:
    for key in keys:
        value = node.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None
