"""An entry of an answer about events that recurs, its day a rule in words.

A course site's dates list one-off sessions beside its weekly course: ``{"recurring": true,
"validFrom": "2025-01-07", "validUntil": null, "date": "Jeden Mittwoch", "time": "17:00 - 18:00
Uhr", "topic": "12-Wochen-Kurs Python"}``. Its page shows the rule; the offering is the course,
once, at its next meeting on or after the day the page is read (and not before it is valid),
with the rule kept as its recurrence — as an iCalendar series is one offering at its next
occurrence. The rule and its clocks are read by the date grammar behind ``netdir parse when``;
an entry whose validity ended before that day is over and gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from netdir.extract.api_event_times import CLOCK_KEYS
from netdir.normalize.when import parse_when

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


def rule_day(node: dict[str, Any], start_keys: tuple[str, ...], today: date) -> RuleDay | None:
    """The next occurrence on or after ``today`` of the rule the first of ``start_keys`` states
    in words in ``node``, at the clocks its clock key states; None if none states a rule."""
    since = _day(node, _VALID_FROM_KEYS)
    until = _day(node, _VALID_UNTIL_KEYS)
    reference = max(today, since) if since is not None else today
    if until is not None and until < reference:
        return None  # the course ran out before the page was read
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
    return None


def _day(node: dict[str, Any], keys: tuple[str, ...]) -> date | None:
    for key in keys:
        value = node.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None
