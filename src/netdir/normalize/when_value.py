"""The parsed value (``When``) and the steps every date rule shares: the year a yearless day falls
in, a day that exists, a day with its clocks, a whole day, a rule kept beside its next day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from netdir.normalize.rule_until import local_until
from netdir.normalize.when_context import stated_year
from netdir.normalize.when_recurrence import (
    next_occurrence,
)

BERLIN = ZoneInfo("Europe/Berlin")
#: How far a yearless date may lie from the reference day (see the module docstring).
YEAR_WINDOW = timedelta(days=183)


@dataclass(frozen=True)
class When:
    """A parsed date: ISO ``start``/``end`` (date or datetime with offset), how exact it is,
    and the RFC 5545 ``recurrence`` rule (``FREQ=WEEKLY;BYDAY=TU``) when the text repeats."""

    start: str | None = None
    end: str | None = None
    all_day: bool | None = None
    precision: str | None = None  # minute | day | week | month | season | year
    recurrence: str | None = None
    #: A date the text names that is not the event's (``when_roles``): never start or end.
    deadline: str | None = None
    published: str | None = None

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "start": self.start,
            "end": self.end,
            "all_day": self.all_day,
            "precision": self.precision,
            "recurrence": self.recurrence,
            "deadline": self.deadline,
            "published": self.published,
        }


NOTHING = When()


#: Years back a report's weekday may reach for the year it fits.
_REPORT_REACH = 5


def year_matching_weekday(
    year: int, month: int, day: int, weekday: int, *, report: bool = False
) -> int:
    """ "Mo., 14. Dezember" read in January: the weekday says which December was meant.

    Only the inferred year and its neighbours are candidates; a weekday that fits none of them
    is a typo and changes nothing — unless the text reports something past (``report``): "Die
    Jugendfeuerwehr besuchte am Montag, den 14. Februar eine Kletterhalle", copied onto a page in
    2013, told of 2011, the latest earlier year the weekday fits within ``_REPORT_REACH`` years.
    A weekday that fits only a day further back is the writer's slip, not an old report's: „Am
    Samstag, den 28.August besuchten wir …“ posted in January 2018 (round 234) told of the
    August just past (a Monday in 2017), not of 2010, the last year its 28 August was a Saturday.
    """
    for candidate in (year, year - 1, year + 1):
        found = safe_date(candidate, month, day)
        if found is not None and found.weekday() == weekday:
            return candidate
    if report:
        for candidate in range(year - 2, year - _REPORT_REACH - 1, -1):
            found = safe_date(candidate, month, day)
            if found is not None and found.weekday() == weekday:
                return candidate
    return year


def infer_year(month: int, day: int, reference: date) -> int:
    """The year of the nearest such day within ``YEAR_WINDOW`` of the reference (a tie goes to
    the future); 29 February without a leap year near is the next one. A year the page's
    context states (``when_context.PageYear``) is taken as it is."""
    stated = stated_year(reference)
    if stated is not None:
        return stated
    nearest: tuple[int, bool, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is None or abs(candidate - reference) > YEAR_WINDOW:
            continue
        ranked = (abs((candidate - reference).days), candidate < reference, year)
        nearest = ranked if nearest is None or ranked < nearest else nearest
    if nearest is not None:
        return nearest[2]
    for year in range(reference.year, reference.year + 8):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= reference:
            return year
    return reference.year


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for begin, finish in spans:
        chars[begin:finish] = " " * (finish - begin)
    return "".join(chars)


#: The latest clock a night's end may show on the next morning ("bis 5 Uhr morgens").
NIGHT_END = time(6)


def ends_after_midnight(begin: time, finish: time, *, same_day: bool) -> bool:
    """Whether an end clock before the start's, on the same day, is the next morning's: an
    evening or afternoon start and an end in the small hours ("16 Uhr bis 2 Uhr nachts"; not
    "10-2 Uhr", whose end is no night's)."""
    return same_day and time(0) < finish < begin and finish <= NIGHT_END and begin >= time(12)


def ends_after_noon(begin: time, finish: time, *, same_day: bool) -> bool:
    """Whether an end clock before a morning start's is written on a 12-hour clock: "11:15 to
    2:15" (a peal of three hours) ends at 14:15."""
    return same_day and time(1) <= finish < begin < time(12)


def with_times(start: date, end: date | None, times: tuple[time, time | None]) -> When:
    begin, finish = times
    start_at = datetime.combine(start, begin, tzinfo=BERLIN)
    end_at: datetime | None = None
    if finish is not None:
        end_at = datetime.combine(end or start, finish, tzinfo=BERLIN)
        if end_at <= start_at and ends_after_midnight(begin, finish, same_day=end in (None, start)):
            # "von 16 Uhr bis 2 Uhr nachts", "22-2 Uhr": a night that runs into the next morning
            end_at += timedelta(days=1)
        elif end_at <= start_at and ends_after_noon(begin, finish, same_day=end in (None, start)):
            # "11:15 to 2:15": a 12-hour clock's afternoon end after a morning start
            end_at += timedelta(hours=12)
        if end_at <= start_at:
            end_at = None
    elif end is not None:
        # A multi-day range with one start time: the end stays a whole day.
        return When(start_at.isoformat(), end.isoformat(), False, "minute")
    return When(
        start=start_at.isoformat(),
        end=end_at.isoformat() if end_at else None,
        all_day=False,
        precision="minute",
    )


def spans_days(found: When) -> bool:
    return found.start is not None and found.end is not None and found.end[:10] > found.start[:10]


def with_recurrence(found: When, rule: str, today: date) -> When:
    """``found`` carrying ``rule``; a start before ``today`` (or, for a rule of weekdays, on none
    of them) moves to the rule's next occurrence on or after it (the end by as many days; the wall-clock time stays; a period's end stays as
    written). A rule that has ended or cannot be read leaves the dates as they are."""
    if found.start is None:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    first = date.fromisoformat(found.start[:10])
    if first >= today and "BYDAY=" not in rule:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    # "every Wednesday from Labor Day (a Monday) to Memorial Day": a start that is none of the
    # rule's days moves to its first one too.
    clock = None
    if len(found.start) > 10:
        # "UNTIL=20240113T105959Z" of a 12:00 series in Berlin ends before 13 January's night
        moment = datetime.fromisoformat(found.start)
        rule_on_clock, clock = local_until(rule, moment), moment.time()
    else:
        rule_on_clock = rule
    upcoming = next_occurrence(rule_on_clock, first, max(first, today), clock)
    if upcoming is None:
        return When(found.start, found.end, found.all_day, found.precision, rule)
    delta = upcoming - first
    last = date.fromisoformat(found.end[:10]) if found.end else None
    if last is not None and last > first:
        # "jeden Dienstag vom 6. Januar bis 17. März": the period's end is the rule's last day;
        # it does not move, and a run already over keeps its dates.
        start = found.start if upcoming > last else shifted_by(found.start, delta)
        return When(start, found.end, found.all_day, found.precision, rule)
    end = shifted_by(found.end, delta) if found.end else None
    return When(shifted_by(found.start, delta), end, found.all_day, found.precision, rule)


def shifted_by(value: str, delta: timedelta) -> str:
    """An ISO date or datetime moved by whole days: Berlin times keep their wall-clock time
    across a DST change (19:00 in March and in July), other offsets stay as written."""
    if len(value) == 10:
        return (date.fromisoformat(value) + delta).isoformat()
    moment = datetime.fromisoformat(value)
    moved = moment + delta
    if moment.tzinfo is not None and moment.utcoffset() == moment.astimezone(BERLIN).utcoffset():
        moved = datetime.combine(moved.date(), moved.timetz().replace(tzinfo=None), tzinfo=BERLIN)
    return moved.isoformat()


def whole_day(day: date) -> When:
    return When(start=day.isoformat(), end=None, all_day=True, precision="day")


def day_at_times(
    day: date, times: tuple[time, time | None] | None, end: date | None = None
) -> When:
    """``day`` at the clock its text gives (``find_times``), else the whole day; ``end``: the
    day the clock's end falls on, when not ``day``."""
    return with_times(day, end, times) if times is not None else whole_day(day)
