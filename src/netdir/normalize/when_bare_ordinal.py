"""„travel to sunny Droitwich on the 16th“, „a charity ball on the 28th“: an English ordinal day
after „on the“ with no month anywhere in the text is the next such day of the month from the
reference day on (this month's when it is still to come, else next month's), written out with
its month and year. Not „on the 2nd Tuesday“, „on the 1st and 3rd Mondays“ (a rule), „on the
3rd floor“, „on the 25th anniversary“ (no day at all)."""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_this_month import MONTH_NAMES

_ORDINAL = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
_BARE_ORDINAL = lazy_re.compile(
    rf"\bon\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    # (a list of ordinals before a weekday or a noun is a rule's or a count's)
    rf"(?!\s*(?:(?:,|and|&|or|/)\s*{_ORDINAL}\s*)*(?:{WEEKDAY_FULL_ALT}|of\b|day|floor|anniversar"
    r"|birthday|centur|annual|year|time|place|hole|street|avenue|lap|mile|round|edition|season"
    r"|week|month|hour|minute|consecutive|straight|grade|amendment|district|ward|precinct|"
    r"hundred|-))",
    FLAGS,
)
# „Aber nicht nur für Jugendliche öffnen wir am 13. unsere Werkstatt“, „Wir freuen uns auf das
# nächste Treffen. … Bis zum 11. im KAP.“ (a farewell naming the next meeting's day): a German
# day of the month alone, after „am“ or opening a farewell, a lowercase word or the sentence's end
# after it (not „am 3. Advent“, „am 2. Tag“: a noun's ordinal; not „jeweils am 15.“: a rule).
_BARE_GERMAN_DAY = lazy_re.compile(
    r"(?<![\w.])(?-i:[Aa]m)\s+(?P<d>[12]?\d|3[01])\."
    # („Wir sehen uns am 31. …“: an ellipsis after it as the sentence's end)
    r"(?=\s*(?:$|[,.;:!?)…]|(?-i:[a-zäöüß])))(?!\s*(?:und|bis|-|–|jeden|jedes|des|eines)\b)"
    # „Bis zum 11. im KAP.“ closing the text: a farewell (not „Bis zum 5. könnt ihr euch
    # anmelden“: a deadline)
    r"|(?:^|(?<=[.!?]\s))bis\s+zum\s+(?P<farewell>[12]?\d|3[01])\."
    r"(?=\s*(?:(?:im|in|bei|auf)\s+[^.!?\d]{1,40})?[.!]*\s*$)",
    FLAGS,
)
_RULE_WORDS = lazy_re.compile(r"\b(?:jeweils|jeden|jedes|immer\s+am|monatlich|monats)\b", FLAGS)
_MONTH_OR_NUMERIC_DATE = lazy_re.compile(rf"\b(?:{MONTH_ALT})\b|\d{{1,2}}[./-]\d{{1,2}}", FLAGS)


def with_coming_month(text: str, reference: date) -> str:
    """The text with its first bare „on the 16th“ written as „on 16 September 2012“, its bare
    „am 13.“ as „am 13. Dezember 2019“."""
    lowered = text.lower()
    if "on the " in lowered:
        found = _BARE_ORDINAL.search(text)
        if found is None or _MONTH_OR_NUMERIC_DATE.search(text) is not None:
            return text
        return text[: found.start()] + _written(found, reference) + text[found.end() :]
    if "am " in lowered or "bis zum " in lowered:
        return _with_coming_german_month(text, reference)
    return text


def _with_coming_german_month(text: str, reference: date) -> str:
    found = _BARE_GERMAN_DAY.search(text)
    if (
        found is None
        or _MONTH_OR_NUMERIC_DATE.search(text) is not None
        or _RULE_WORDS.search(text) is not None
    ):
        return text
    written = _written(found, reference, found["d"] or found["farewell"])
    if written == found[0]:
        return text
    day, month, year = written.split()[1:]
    # („Am 24. dann eine Aktion …“ opening the sentence keeps its capital)
    article = "Am" if found[0].startswith("Am") else "am"
    german = f"{article} {day}. {_GERMAN_MONTHS[MONTH_NAMES.index(month)]} {year}"
    # (a farewell „Bis zum 11.“ names the day of the next meeting: written as its day)
    return text[: found.start()] + german + text[found.end() :]


def _written(found: re.Match[str], reference: date, number: str | None = None) -> str:
    day = int(number or found["d"])
    year, month = reference.year, reference.month
    if day < reference.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        date(year, month, day)
    except ValueError:
        return found[0]  # „on the 31st“ of a month without one: unread
    return f"on {day} {MONTH_NAMES[month - 1]} {year}"


_GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
