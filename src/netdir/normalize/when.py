"""Dates and times as German (and English) pages write them, into ISO strings in Europe/Berlin.

Rules, in the order they are tried on one text:

1. ISO 8601 (``2027-03-12``, ``2027-03-12T09:30``, with or without offset; ranges joined by
   a dash or ``/``). Values with an offset are converted to Berlin time.
2. Day-level dates: ``26.05.2025``, ``26.5.25``, ``18. März``, ``Mo., 3. Feb. 2027``,
   ``March 12–14, 2027``; ranges ``12.–14. März 2027``, ``12. bis 14.03.2027``,
   ``30. Juni – 2. Juli 2027``, ``28.12.2026–2.1.2027``. Day before month, always. Times found
   beside them (``9:30–16:00 Uhr``, ``ab 14 Uhr``, ``von 11:00 - 12:00``) make the start and end
   datetimes; a time without any date yields nothing, because a time alone says nothing.
   Dates next to a registration cue ("Anmeldung bis", "Anmeldeschluss", "bis … online
   anmelden") are deadlines and dates after "Stand:", "veröffentlicht am" are page dates: both
   are skipped.
3. Recurrence in prose (``jeden ersten Donnerstag im Monat, ab 16:00 Uhr``): the next
   occurrence on or after the reference day, with precision ``minute`` or ``day``. The text
   itself stays in ``Offering.date_text``, which is where a reader sees that it recurs.
4. Calendar weeks (``KW 12/2027``): the ISO week's Monday to Sunday, precision ``week``.
5. Quarters (``Q2 2027``, ``2. Quartal 2027``): first to last day, precision ``month``.
6. Seasons (``Herbst 2027``): the meteorological season's bounds, precision ``season`` —
   never an invented day.
7. Months (``März 2027``, ``03/2027``, ``Mai bis Juni 2027``): precision ``month``.
8. A bare year (``2027``, ``im Jahr 2027``): precision ``year``.

A missing year is inferred from ``page_date`` when given, else ``today``: the next such day on
or after it, never a past one — unless a weekday beside the date ("Mo., 14. Dezember") fits
only the year before or after, which then wins (a stale page shows up as past). Anything else ("tba", "folgt", "N.N.", "") gives all-None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class When:
    """A parsed date: ISO ``start``/``end`` (date or datetime with offset) and how exact it is."""

    start: str | None = None
    end: str | None = None
    all_day: bool | None = None
    precision: str | None = None  # minute | day | week | month | season | year

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "start": self.start,
            "end": self.end,
            "all_day": self.all_day,
            "precision": self.precision,
        }


NOTHING = When()

_MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "january": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    **_WEEKDAYS,
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_WEEKDAY_BEFORE = re.compile(
    r"\b(?P<wd>" + "|".join(sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?,?\s*$",
    re.IGNORECASE,
)
_ORDINALS: dict[str, int] = {
    "ersten": 1, "erste": 1, "1.": 1, "first": 1,
    "zweiten": 2, "zweite": 2, "2.": 2, "second": 2,
    "dritten": 3, "dritte": 3, "3.": 3, "third": 3,
    "vierten": 4, "vierte": 4, "4.": 4, "fourth": 4,
    "letzten": -1, "letzte": -1, "last": -1,
}  # fmt: skip

_FLAGS = re.IGNORECASE
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.(?:(?P<y4>\s?\d{4})|(?P<y2>\d{2}))?(?![\d:])"
)
_SLASHED = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y4>\d{4})(?!\d)")
_TEXTUAL = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*(?P<mn>{_MONTH_ALT})\b\.?(?:\s*,?\s*(?P<y4>\d{{4}})(?!\d))?",
    _FLAGS,
)
_ENGLISH = re.compile(
    rf"\b(?P<mn>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*-\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?!\d)(?:\s*,?\s*(?P<y4>\d{{4}})(?!\d))?",
    _FLAGS,
)
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
# The end of a range may carry its own weekday: "Mittwoch, 24.03.2027 – Donnerstag, 25.03.2027".
_CONNECTOR = re.compile(
    r"^\s*(?:-|bis(?:\s+zum)?|to|until|through|/|\+|und|&)\s*"
    r"(?:(?:" + "|".join(sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?,?\s*)?$",
    _FLAGS,
)
_TIMED_CONNECTOR = re.compile(
    r"^\s*,?\s*(?:um\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?:uhr)?\s*(?:-|bis)\s*"
    r"(?:(?:" + "|".join(sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?,?\s*)?$",
    _FLAGS,
)
_LEADING_TIME = re.compile(r"^\s*,?\s*(?:um\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})", _FLAGS)
_BARE_DAY_BEFORE = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.?\s*(?:-|bis|/|\+|und|&)\s*$", _FLAGS)
# Dates that are not the event's: deadlines and page dates, told by the words around them.
_DEADLINE_CUE = re.compile(
    r"\b(?:anmeld\w*|registrier\w*|frist|einsendeschluss|deadline|bewerbung\w*|"
    r"stand|aktualisiert|veröffentlicht|erstellt|published|updated)\s*(?:am|bis|:|vom)?\s*"
    r"(?:zum\s+|spätestens\s+)?(?:\w+\.?,?\s*)?$",
    _FLAGS,
)
_DEADLINE_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:anmelden|registrieren|bewerben|einreichen|einsenden)\b", _FLAGS
)
_TIME = r"(?P<{h}>\d{{1,2}})(?:[:.](?P<{mi}>\d{{2}}))?"
_TIME_RANGE = re.compile(
    r"(?<![\d.:])" + _TIME.format(h="h1", mi="m1") + r"\s*(?P<u1>uhr|h)?\s*(?:-|bis|to)\s*"
    + _TIME.format(h="h2", mi="m2") + r"\s*(?P<u2>uhr|h\b)?(?![\d.])",
    _FLAGS,
)  # fmt: skip
_TIME_SINGLE = re.compile(
    r"(?<![\d.:])(?:(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?:uhr|h\b)|(?P<hc>\d{1,2}):(?P<mc>\d{2})"
    r"|(?P<hu>\d{1,2})\s*uhr)",
    _FLAGS,
)
_TIME_AMPM = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)", _FLAGS
)
_RECURRENCE = re.compile(
    r"\b(?:jede[nrs]?|every|each)\s+(?:(?P<ord>ersten?|zweiten?|dritten?|vierten?|letzten?|"
    r"[1-4]\.|first|second|third|fourth|last)\s+)?(?P<wd>"
    + "|".join(_WEEKDAYS)
    + r")\b(?P<monthly>[^.;]{0,30}?\b(?:monat|monats|month)\b)?",
    _FLAGS,
)
_WEEK = re.compile(
    r"\b(?:KW|Kalenderwoche|week|Woche)\s*(?P<w>\d{1,2})(?:\s*[/.,]\s*|\s+)(?P<y>\d{4})\b"
    r"|\b(?P<w2>\d{1,2})\.\s*(?:KW|Kalenderwoche)\s*(?P<y2>\d{4})\b",
    _FLAGS,
)
_QUARTER = re.compile(r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])\.\s*Quartal)\s*(?P<y>\d{4})\b", _FLAGS)
_SEASONS: dict[str, str] = {
    "frühjahr": "spring", "frühling": "spring", "fruehjahr": "spring", "spring": "spring",
    "sommer": "summer", "summer": "summer",
    "herbst": "autumn", "autumn": "autumn", "fall": "autumn",
    "winter": "winter",
}  # fmt: skip
_SEASON = re.compile(
    r"\b(?:(?P<part>anfang|mitte|ende|early|late)\s+)?(?P<s>"
    + "|".join(_SEASONS)
    + r")\s+(?P<y>\d{4})\b",
    _FLAGS,
)
_MONTH_YEAR = re.compile(
    rf"(?<![\d.]\s)(?<![\d.])\b(?P<mn>{_MONTH_ALT})\b\.?"
    rf"(?:\s*(?:-|bis|/|und)\s*(?P<mn2>{_MONTH_ALT})\b\.?)?\s*(?P<y>\d{{4}})\b"
    r"|(?<![\d./])(?P<m>\d{1,2})/(?P<y2>\d{4})\b",
    _FLAGS,
)
_YEAR_ONLY = re.compile(r"^\s*(?:(?:im\s+)?jahr(?:e)?\s+|in\s+)?(?P<y>20\d{2})\s*$", _FLAGS)


@dataclass(frozen=True)
class _Mention:
    """One day-level date found in the text; month/year None when the text left them out."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    end_day: int | None = None  # "March 12–14": the range sits inside one mention


def parse_when(text: str | None, *, today: date, page_date: date | None = None) -> When:
    """Parse one date text; all-None when the text holds no date (see the module docstring)."""
    if not text or not text.strip():
        return NOTHING
    return _parse_when(text, today, page_date)


@lru_cache(maxsize=8192)  # a listing repeats "online" and its dates on many rows
def _parse_when(text: str, today: date, page_date: date | None) -> When:
    clean = _clean(text)
    reference = page_date or today
    for parser in (_parse_iso, _parse_days):
        found = parser(clean, reference)
        if found is not None:
            return found
    found = _parse_recurrence(clean, today)
    if found is not None:
        return found
    for period_parser in (_parse_week, _parse_quarter, _parse_season, _parse_month, _parse_year):
        found = period_parser(clean)
        if found is not None:
            return found
    return NOTHING


def _clean(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\u202f", " ")
    text = re.sub(r"[‐‑‒–—―−]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


# --- ISO ---------------------------------------------------------------------------------------


def _parse_iso(text: str, reference: date) -> When | None:
    matches = list(_ISO.finditer(text))
    if not matches:
        return None
    start = _iso_value(matches[0])
    if start is None:
        return None
    end = None
    if len(matches) > 1 and _CONNECTOR.match(text[matches[0].end() : matches[1].start()]):
        end = _iso_value(matches[1])
        if end is not None and end.isoformat()[:10] < start.isoformat()[:10]:
            end = None
    has_time = matches[0].group("h") is not None
    if not has_time:
        # "2027-03-12, 10:00 Uhr": a date from a machine, the time written beside it.
        times = _find_times(_blank(text, [(m.start(), m.end()) for m in matches]))
        if times is not None:
            end_day = end if end is not None and not isinstance(end, datetime) else None
            return _with_times(start, end_day, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end is not None else None,
        all_day=not has_time,
        precision="minute" if has_time else "day",
    )


def _iso_value(match: re.Match[str]) -> date | datetime | None:
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["h"] is None:
        return day
    try:
        clock = time(int(match["h"]), int(match["mi"]), int(match["s"] or 0))
    except ValueError:
        return None
    tz = match["tz"]
    if tz is None:
        return datetime.combine(day, clock, tzinfo=BERLIN)
    stamp = datetime.fromisoformat(f"{day.isoformat()}T{clock.isoformat()}{_iso_offset(tz)}")
    return stamp.astimezone(BERLIN)


def _iso_offset(tz: str) -> str:
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


# --- day-level dates ----------------------------------------------------------------------------


def _parse_days(text: str, reference: date) -> When | None:
    mentions = _find_mentions(text)
    if not mentions:
        return None
    first = mentions[0]
    start_day, start_month, start_year = first.day, first.month, first.year
    end_mention: _Mention | None = None
    if first.end_day is not None:
        end_mention = _Mention(first.start, first.end, first.end_day, first.month, first.year)
    elif len(mentions) > 1 and (
        _CONNECTOR.match(text[first.end : mentions[1].start])
        or _TIMED_CONNECTOR.match(text[first.end : mentions[1].start])
    ):
        end_mention = mentions[1]
        # "30. Juni – 2. Juli 2027": the start borrows the end's year.
        if start_year is None and end_mention.year is not None:
            start_year = end_mention.year
            if (start_month, start_day) > (end_mention.month, end_mention.day):
                start_year -= 1
    bare = _BARE_DAY_BEFORE.search(text[: first.start])
    if bare is not None and end_mention is None and first.end_day is None:
        # "12.–14. März 2027": the bare day before the dash is the start.
        end_mention = first
        start_day = int(bare["d"])
        start_year = first.year
        if start_day > first.day:
            start_month = first.month - 1 or 12
            if start_year is not None and start_month == 12:
                start_year -= 1
    if start_year is None:
        start_year = _infer_year(start_month, start_day, reference)
        weekday = _weekday_before(text, first.start if bare is None else bare.start())
        if weekday is not None:
            start_year = _year_matching_weekday(start_year, start_month, start_day, weekday)
    start = _safe_date(start_year, start_month, start_day)
    if start is None:
        return None
    end: date | None = None
    if end_mention is not None:
        end_year = end_mention.year
        if end_year is None:
            end_year = start.year
            if (end_mention.month, end_mention.day) < (start.month, start.day):
                end_year += 1
        end = _safe_date(end_year, end_mention.month, end_mention.day)
        if end is not None and end < start:
            end = None
        if end == start:
            end = None
    paired = _paired_times(text, first, end_mention) if end_mention is not None else None
    if paired is not None and end is not None:
        start_at = datetime.combine(start, paired[0], tzinfo=BERLIN)
        end_at = datetime.combine(end, paired[1], tzinfo=BERLIN)
        return When(start_at.isoformat(), end_at.isoformat(), False, "minute")
    used = [(m.start, m.end) for m in mentions]
    times = _find_times(_blank(text, used))
    if times is not None:
        return _with_times(start, end, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end else None,
        all_day=True,
        precision="day",
    )


def _paired_times(text: str, first: _Mention, last: _Mention) -> tuple[time, time] | None:
    """ "27.03.2027 23:00 – 28.03.2027 01:00": a time right after each of the two dates."""
    between = _TIMED_CONNECTOR.match(text[first.end : last.start])
    after = _LEADING_TIME.match(text[last.end :])
    if between is None or after is None:
        return None
    begin = _clock(between["h"], between["mi"])
    finish = _clock(after["h"], after["mi"])
    return (begin, finish) if begin is not None and finish is not None else None


def _find_mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    for pattern in (_NUMERIC, _SLASHED, _TEXTUAL, _ENGLISH):
        for match in pattern.finditer(text):
            mention = _to_mention(match)
            if mention is not None:
                found.append(mention)
    # Longest match first at each position, then drop overlaps.
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        if _DEADLINE_CUE.search(text[max(0, mention.start - 40) : mention.start]):
            continue
        if _DEADLINE_AFTER.match(text[mention.end : mention.end + 40]):
            continue
        kept.append(mention)
    return kept


def _to_mention(match: re.Match[str]) -> _Mention | None:
    groups = match.groupdict()
    day = int(groups["d"])
    month = _MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
    year: int | None = None
    if groups.get("y4"):
        year = int(groups["y4"].strip())
    elif groups.get("y2"):
        year = 2000 + int(groups["y2"])
    end_day = int(groups["d2"]) if groups.get("d2") else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    if end_day is not None and not day < end_day <= 31:
        end_day = None
    return _Mention(match.start(), match.end(), day, month, year, end_day)


def _weekday_before(text: str, position: int) -> int | None:
    match = _WEEKDAY_BEFORE.search(text[max(0, position - 16) : position])
    return _WEEKDAY_ABBREVIATIONS[match["wd"].lower()] if match else None


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """ "Mo., 14. Dezember" read in January: the weekday says which December was meant.

    Only the inferred year and its neighbours are candidates; a weekday that fits none of them
    is a typo and changes nothing.
    """
    for candidate in (year, year - 1, year + 1):
        found = _safe_date(candidate, month, day)
        if found is not None and found.weekday() == weekday:
            return candidate
    return year


def _infer_year(month: int, day: int, reference: date) -> int:
    """The year of the next such day on or after the reference (29 February included)."""
    for year in range(reference.year, reference.year + 8):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= reference:
            return year
    return reference.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- times ------------------------------------------------------------------------------------


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for begin, finish in spans:
        chars[begin:finish] = " " * (finish - begin)
    return "".join(chars)


def _find_times(text: str) -> tuple[time, time | None] | None:
    """The first time range or single time in a text whose dates were blanked out."""
    for match in _TIME_RANGE.finditer(text):
        explicit = match["m1"] or match["m2"] or match["u1"] or match["u2"]
        first = _clock(match["h1"], match["m1"])
        second = _clock(match["h2"], match["m2"])
        if explicit and first is not None and second is not None:
            return first, second
    ampm = _TIME_AMPM.search(text)
    if ampm is not None:
        afternoon = 12 if ampm["ap"].lower().startswith("p") else 0
        clock = _clock(str(int(ampm["h"]) % 12 + afternoon), ampm["mi"])
        if clock is not None:
            return clock, None
    for match in _TIME_SINGLE.finditer(text):
        clock = _clock(match["h"] or match["hc"] or match["hu"], match["mi"] or match["mc"])
        if clock is not None:
            return clock, None
    return None


def _clock(hour: str | None, minute: str | None) -> time | None:
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if h == 24 and m == 0:
        return time(23, 59)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def _with_times(start: date, end: date | None, times: tuple[time, time | None]) -> When:
    begin, finish = times
    start_at = datetime.combine(start, begin, tzinfo=BERLIN)
    end_at: datetime | None = None
    if finish is not None:
        end_at = datetime.combine(end or start, finish, tzinfo=BERLIN)
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


# --- recurrence -------------------------------------------------------------------------------


def _parse_recurrence(text: str, today: date) -> When | None:
    match = _RECURRENCE.search(text)
    if match is None:
        return None
    weekday = _WEEKDAYS[match["wd"].lower()]
    ordinal = _ORDINALS.get((match["ord"] or "").lower())
    if ordinal is not None and match["monthly"]:
        day = _next_nth_weekday(today, weekday, ordinal)
    else:
        day = today + timedelta(days=(weekday - today.weekday()) % 7)
    times = _find_times(text[match.end() :]) or _find_times(text[: match.start()])
    if times is not None:
        return _with_times(day, None, times)
    return When(start=day.isoformat(), end=None, all_day=True, precision="day")


def _nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date | None:
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    if ordinal == -1:
        return days[-1]
    return days[ordinal - 1] if ordinal <= len(days) else None


def _next_nth_weekday(today: date, weekday: int, ordinal: int) -> date:
    year, month = today.year, today.month
    for _ in range(14):
        candidate = _nth_weekday(year, month, weekday, ordinal)
        if candidate is not None and candidate >= today:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise AssertionError("every month has a first to fourth weekday")


# --- periods ----------------------------------------------------------------------------------


def _period(first: date, last: date, precision: str) -> When:
    return When(start=first.isoformat(), end=last.isoformat(), all_day=True, precision=precision)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _parse_week(text: str) -> When | None:
    match = _WEEK.search(text)
    if match is None:
        return None
    week, year = int(match["w"] or match["w2"]), int(match["y"] or match["y2"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return _period(monday, monday + timedelta(days=6), "week")


def _parse_quarter(text: str) -> When | None:
    match = _QUARTER.search(text)
    if match is None:
        return None
    quarter, year = int(match["q"] or match["q2"]), int(match["y"])
    first_month = 3 * quarter - 2
    return _period(date(year, first_month, 1), _month_end(year, first_month + 2), "month")


def _parse_season(text: str) -> When | None:
    match = _SEASON.search(text)
    if match is None:
        return None
    season, year = _SEASONS[match["s"].lower()], int(match["y"])
    if season == "winter":
        # "Winter 2027" is the winter that starts in December 2027.
        return _period(date(year, 12, 1), _month_end(year + 1, 2), "season")
    first_month = {"spring": 3, "summer": 6, "autumn": 9}[season]
    return _period(date(year, first_month, 1), _month_end(year, first_month + 2), "season")


def _parse_month(text: str) -> When | None:
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    if match["m"]:
        month, year = int(match["m"]), int(match["y2"])
        if not 1 <= month <= 12:
            return None
        return _period(date(year, month, 1), _month_end(year, month), "month")
    year = int(match["y"])
    month = _MONTHS[match["mn"].lower()]
    last_month = _MONTHS[match["mn2"].lower()] if match["mn2"] else month
    # "Dezember bis Februar 2028": the year belongs to the end of the span.
    first_year = year if last_month >= month else year - 1
    return _period(date(first_year, month, 1), _month_end(year, last_month), "month")


def _parse_year(text: str) -> When | None:
    match = _YEAR_ONLY.match(text)
    if match is None:
        return None
    year = int(match["y"])
    return _period(date(year, 1, 1), date(year, 12, 31), "year")
