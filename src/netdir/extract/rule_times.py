"""The hour a group's standing rule states, for its list of bare days.

A user group's page says once „Wir treffen uns jeden 1. Donnerstag im Monat, 20.00 Uhr.“ and
lists its coming meetings below as bare days („3. März 2005“, „7. April 2005“, …). A reader takes
20:00 for each. The rule may stand a few paragraphs above the list (under „Zeit und Ort“, before
the next meeting's place and topics), further than a list's lead (``lead_times``); so it counts
only when it is a rule with a weekday and an hour (``parse_when`` gives a recurrence and a time)
and every listed day falls on that weekday — a list of other days is not the rule's.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.lead_times import add_shared_time, lead_texts
from netdir.extract.meeting_habit_lines import habit_hour_and_place
from netdir.extract.sentence_places import meeting_place
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

#: Provenance suffix of a date text whose hour the group's standing rule states.
FROM_RULE = " + time:the standing rule above the list"
#: Provenance of a place the group's standing rule names („Treff ist … am Vereinshaus“).
PLACE_FROM_RULE = "listing:where the standing rule above the list says to meet"
# „jeden 1. Donnerstag“, „jeweils dienstags“, „every second Monday“: the words of a rule.
_RULE_CUE = lazy_re.compile(r"\b(?:jede[nrs]?|jeweils|immer|every|each)\b", re.I)
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = lazy_re.compile(r"BYDAY=(?P<days>[^;]+)")
_SIBLINGS = 20  # the rule may head the page's section, a few paragraphs above the list
_MIN_ROWS = 2
_HABIT_LEVELS = 5  # the row, its card, the list, the section, the page's column


def times_of_the_standing_rule(group: list[RawRecord], first: LexborNode, today: date) -> None:
    """Each of ``group``'s untimed rows (``first`` the first row's node) takes the hour of a
    rule above the list whose weekday every row's day falls on."""
    if any(r.date_text and TIME_LIKE.search(r.date_text) for r in group):
        return
    rows = [r for r in group if r.start is None and r.date_text]
    weekdays = {_weekday(r.date_text or "", today) for r in rows}
    if len(rows) < _MIN_ROWS or len(weekdays) != 1:
        return
    (weekday,) = weekdays
    if weekday is None:
        return
    for text in lead_texts(first, _SIBLINGS):
        if _RULE_CUE.search(text) and (hour := _rule_hour(text, weekday, today)) is not None:
            add_shared_time(rows, hour, FROM_RULE)
            # „Die Einsätze finden jeweils sonnabends statt. Treff ist von 8:00 bis 12:00 Uhr am
            # Vereinshaus.“: the rule that gives the hour says where the group meets too.
            _place_of_the_rule(rows, meeting_place(text))
            return
    # „Der ERL trifft sich viermal jährlich — Montag, 19:30 Uhr, Aula Schulhaus Laubegg.“ under
    # the page's h1, above its sessions (each on a Monday, a card's row inside a school year's
    # section): their hour and room. A line that strict may stand further up than a rule.
    for text in lead_texts(first, _SIBLINGS, levels=_HABIT_LEVELS):
        if (habit := habit_hour_and_place(text, weekday, today)) is not None:
            hour, place = habit
            add_shared_time(rows, hour, FROM_RULE)
            _place_of_the_rule(rows, place)
            return


def _place_of_the_rule(rows: list[RawRecord], place: str | None) -> None:
    if place is None:
        return
    for row in rows:
        if row.location_text is None:
            row.location_text = place
            row.field_sources["location_text"] = PLACE_FROM_RULE


def _weekday(text: str, today: date) -> str | None:
    """The weekday code („TH“) of a row's one day, None if it is no single day."""
    when = parse_when(text, today=today)
    if when is None or not when.start or when.end or when.recurrence:
        return None
    return _WEEKDAY_CODES[date.fromisoformat(when.start[:10]).weekday()]


def _rule_hour(text: str, weekday: str, today: date) -> str | None:
    """„20:00“ when ``text`` states a rule on ``weekday`` with an hour."""
    when = parse_when(text, today=today)
    if when is None or not when.recurrence or not when.start or when.all_day:
        return None
    byday = _BYDAY.search(when.recurrence)
    if byday is None or weekday not in re.findall(r"[A-Z]{2}", byday["days"]):
        return None
    return when.start[11:16] if len(when.start) >= 16 else None
