"""„the session will start at 7.30 am on Bank Holiday Monday rather than 6.30 am“: the UK's next bank
holiday Monday on or after the reference day — Easter Monday, the early May and spring bank holidays
(the first and the last Monday of May) or the summer one (the last Monday of August) — written out as
„Monday 1 May 2017“. „the August Bank Holiday Monday“, „the Spring Bank Holiday Monday“ name one of
them. A text that writes a date of its own beside it („Bank Holiday Monday 28th August“) is left as
it is: its own date wins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_nth import nth_weekday
from netdir.normalize.when_this_month import MONTH_NAMES

_MONDAY = 0
_BANK_HOLIDAY_MONDAY = lazy_re.compile(
    r"\b(?:(?P<which>early\s+may|may\s+day|spring|summer|august|easter)\s+)?"
    r"bank\s+holiday\s+monday\b",
    FLAGS,
)
# A date of the text's own: a month's name, a numeric day and month (not a clock, "7.30 am"), an
# ordinal day.
_OWN_DATE = lazy_re.compile(
    rf"\b(?:{MONTH_ALT})\b|\b\d{{1,2}}[./-](?:0?[1-9]|1[0-2])(?![\d:])(?!\s*(?:[ap]\.?m|uhr)\b)"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b",
    FLAGS,
)


def _easter_monday(year: int) -> date | None:
    return easter(year) + timedelta(days=1)


def _early_may(year: int) -> date | None:
    return nth_weekday(year, 5, _MONDAY, 1)


def _spring(year: int) -> date | None:
    return nth_weekday(year, 5, _MONDAY, -1)


def _summer(year: int) -> date | None:
    return nth_weekday(year, 8, _MONDAY, -1)


_ALL = (_easter_monday, _early_may, _spring, _summer)
_NAMED: dict[str, tuple[Callable[[int], date | None], ...]] = {
    "early may": (_early_may,),
    "may day": (_early_may,),
    "spring": (_spring,),
    "summer": (_summer,),
    "august": (_summer,),
    "easter": (_easter_monday,),
}


def with_bank_holiday_dated(text: str, reference: date) -> str:
    """The text with its first „Bank Holiday Monday“ written as that Monday's date."""
    if "holiday" not in text.lower():
        return text
    found = _BANK_HOLIDAY_MONDAY.search(text)
    if found is None or _OWN_DATE.search(text) is not None:
        return text
    which = " ".join(found["which"].lower().split()) if found["which"] else None
    rules = _NAMED[which] if which else _ALL
    days = [
        day
        for year in (reference.year, reference.year + 1)
        for rule in rules
        if (day := rule(year)) is not None and day >= reference
    ]
    day = min(days)
    written = f"Monday {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return text[: found.start()] + written + text[found.end() :]
