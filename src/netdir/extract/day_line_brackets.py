"""A place in brackets at the end of a card's day line: „Sunday 1st November 2026 (Boorley
Green)“.

A club's workshops each show their day in a line under the name; the one held away from the
club's usual room adds the village in brackets after the day. The bracket names no part of the
day (the date rules leave it aside) and no remark on it: a name in capitals („Boorley Green“,
„St Mary's Hall“) is where. Brackets that say the day is not fixed or how it is held („(Dates
TBC)“, „(TBA)“, „(online)“, „(cancelled)“), name a weekday, a month or an hour, link the
meeting's papers („(Agenda)“) or say its kind („(Special)“) are no place; nor is a bracket that
ends a name after the day („18.09.2022: Evangelisation Waren (Müritz)“) rather than the day.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.title_text import is_junk_title
from netdir.normalize.when_words import MONTHS, WEEKDAYS, alternation

SOURCE = "listing:bracket after the day"
_BRACKET_AT_END = lazy_re.compile(r"\(\s*(?P<inner>[^()]{3,50}?)\s*\)\s*$")
# Each word capitalised (a name), small joining words allowed: „Church of St Mary“.
_NAME = lazy_re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|on|upon|in|&)\s+)*[A-Z][\w'’.-]*)*$"
)
_NOT_A_PLACE = lazy_re.compile(
    r"\b(?:tb[ca]|dates?|to\s+be|confirmed|provisional|online|virtual|hybrid|zoom|cancell?ed"
    r"|postponed|approx|all\s+day|evening|morning|afternoon|weekend"
    # „(Agenda)“, „(Special)“: a link to the meeting's papers, the kind of meeting
    r"|agenda|minutes|protokoll|program(?:me|m)?|flyer|details|info|special|extraordinary"
    r"|ordinary|regular|annual|" + alternation(WEEKDAYS) + "|" + alternation(MONTHS) + r")\b",
    re.IGNORECASE,
)


def place_in_the_day_bracket(reading: BlockReading) -> None:
    """Place ``reading`` at the name its day line ends with in brackets, and leave the bracket
    out of the day, when the reading has no place yet."""
    if reading.location_text is not None or not reading.date_text:
        return
    match = _BRACKET_AT_END.search(reading.date_text)
    if match is None:
        return
    inner = " ".join(match["inner"].split())
    if _NAME.match(inner) is None or _NOT_A_PLACE.search(inner) or inner.isupper():
        return
    if TIME_LIKE.search(inner) or search_date_like(inner):
        return
    day = reading.date_text[: match.start()].strip(" ,")
    if not names_a_day(day) or not is_junk_title(day):
        return  # „18.09.2022: Evangelisation Waren (Müritz)“: the bracket ends a name, not the day
    reading.location_text = inner
    reading.sources["location_text"] = SOURCE
    reading.date_text = reading.date_text[: match.start()].rstrip(" ,")
