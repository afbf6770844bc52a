"""Lists whose clocks are the minutes their posts were saved: comments and news teasers.

An article's comment thread („maxialdo sagt“ / „1. November 2023 um 11:03“), a news site's teaser
strip („06.11.2023 14:52“) and a forum's posts carry a day and a clock on every item, so a list
of them reads like a programme. Their clocks fall on any minute (11:03, 14:52, 09:24), where
events start on the hour or on a five-minute mark: of 2,285 timed items in the real-page corpus
10 do not (council systems' „15:04“, repeated on several sessions). So a list whose timed items
mostly fall on other minutes, no one clock among them standing for most, lists when things were
posted, not offerings — unless one minute stands for most of them at different hours (a carnival
society's „19:11 Uhr“, „18:11 Uhr“, „15:11 Uhr“: the fools' eleven is chosen, not saved).
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_CLOCK = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})")
_MIN_TIMED = 3  # two odd clocks may be chance
_ODD_SHARE = 0.6  # of the timed items, at least this share off the five-minute marks
# ... and (stamps differ from post to post) no one of those clocks more than this share of them: a
# council system's sessions „15:02“, „15:04“, „15:04“, „15:04“ repeat one odd clock.
_ONE_CLOCK_SHARE = 0.4
# ... and their minutes scatter: a carnival society's sessions „19:11“, „18:11“, „15:11“ keep the
# fools' eleven on every hour — one minute chosen, at different hours, is a custom, not a stamp.
_ONE_MINUTE_SHARE = 0.75
_MIN_SAME_MINUTE = 3


def _clock(record: RawRecord, today: date) -> tuple[int, int] | None:
    start = record.start or (
        parse_when(record.date_text, today=today).start if record.date_text else None
    )
    clock = _CLOCK.match(start) if start is not None else None
    # a start whose clock is no „HH:MM“ (a hand-written ``datetime``) tells no minute
    return (int(clock.group(1)), int(clock.group(2))) if clock is not None else None


def lists_saved_minutes(records: list[RawRecord], today: date) -> bool:
    """Whether the timed records of one list carry the minutes posts were saved at."""
    clocks = [clock for record in records if (clock := _clock(record, today)) is not None]
    if len(clocks) < _MIN_TIMED:
        return False
    odd = [clock for clock in clocks if clock[1] % 5]
    if len(odd) < _ODD_SHARE * len(clocks):
        return False
    commonest = max(odd.count(clock) for clock in set(odd))
    minutes = [minute for _, minute in odd]
    one_minute = max(minutes.count(minute) for minute in set(minutes))
    if one_minute >= _MIN_SAME_MINUTE and one_minute > _ONE_MINUTE_SHARE * len(odd):
        return False
    return commonest <= _ONE_CLOCK_SHARE * len(odd)
