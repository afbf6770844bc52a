"""Lists of days: "31.10.2026 und 28.11.2026, jeweils 14:00 bis 18:00 Uhr" or "6. Oktober,
3. November, 1. Dezember, jeweils 15-17 Uhr" name the same offering on separate days, not a
period from the first day to the last.

A list is two or more day mentions joined by commas, "|", "und"/"and"/"&"/"sowie"/"als auch" (each
may be followed by "am": "am 6. Oktober und am 3. November"), where every
mention names its own month (``31.10.2026``, ``6. Oktober``, ``Sa 13.06.``). Days that share one
month word ("11., 12. und 13. Oktober", "Sa 13. und So 14. August") and days that follow each
other ("Sa 13.06. und So 14.06.") are the days of one multi-day event and stay a period for
``parse_when`` — unless "jeweils" ("each") follows them: "09. und 10. November 2013: jeweils 12
Uhr bis 16 Uhr" opens the same hours on each day, two days. The time after the list ("jeweils
14:00 bis 18:00 Uhr") belongs to every day; so does one said before it when none follows
("jeweils dienstags, 17 Uhr, an folgenden Terminen: 30. Januar, 5. März"), and so does a year
written only once at the end ("6. Oktober, 3. November und 1. Dezember 2019").

English lists write the month first and may give it once for several days: "Feb 14 & 21,
Mar 14 & 21, Apr 11 & 18" is six days. Such a list needs two month words or more (one month
word with its days, "Feb 14 & 15", is read like the German "14. und 15. Februar"), and days
that follow each other ("Sat Mar 14 & Sun Mar 15") stay one event over the weekend.

``day_list`` splits such a text into one date text per day; ``parse_when_list`` parses each.

Several start times of one day ("23. November 2013: 13 Uhr und 15 Uhr") are that many
showings: ``occurrences`` splits each listed day (or the one day named) once more, one date
text per clock. Only a text that names a day is split so: "täglich: 11 Uhr, 14 Uhr und 16 Uhr"
is one daily offer whose next showing is the first, and "zwischen 13 und 15 Uhr" is a range.
"""

from __future__ import annotations

import re
from datetime import date, time
from itertools import pairwise
from typing import TYPE_CHECKING

from netdir import lazy_re
from netdir.normalize.when_ampm_starts import ampm_starts
from netdir.normalize.when_clean import respell_months
from netdir.normalize.when_run_lists import run_list
from netdir.normalize.when_times import find_times
from netdir.normalize.when_undotted_opening import DAY_MONTH, dotted_opening_days
from netdir.normalize.when_words import (
    MONTH_STEMS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    alternation,
    has_any,
    lowered_for_cues,
)

if TYPE_CHECKING:
    from netdir.normalize.when_value import When

_WEEKDAY = rf"(?:(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s+\(?)?"  # "Mittwoch (27.03.)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# (a sentence's full stop may follow: "… und Samstag, 21.05.2016.")
_NUMERIC = rf"{_DAY}\.\s?(?:0?[1-9]|1[0-2])\.(?:\s?(?:\d{{4}}|\d{{2}}))?(?![\d:]|\.\d)"
_WORDED = rf"{_DAY}\.\s?(?:{alternation(MONTHS)})\.?(?:\s+\d{{4}})?(?![\w:])"
_MENTION = rf"{_WEEKDAY}(?:{_NUMERIC}|{_WORDED})"
# (the serial comma: "March 6, June 5, October 2, and November 1, 2018"; a slash between days
# that each name their month: "15. April/20. Mai/17. Juni"; only a space between dotted days:
# "finden statt am 19.11. 4.12. und 17.12.")
_SEPARATOR = (
    r"\)?\s*(?:,(?:\s*(?:\bund\b|\band\b|&|\bsowie\b))?|;|\||/|\bund\b|\band\b|&|\bsowie\b"
    r"|\bals\s+auch\b|(?<=\.\s))(?:\s+(?:am|an|on)\b)?\s*"
)
_DAY_MONTH = lazy_re.compile(
    rf"(?P<d>{_DAY})\.\s?(?:(?P<m>\d{{1,2}})\.|(?P<w>{alternation(MONTHS)}))", re.I
)
_DIGIT_DOT = lazy_re.compile(r"\d\.")
_SEPARATOR_PIECES = (
    ",",
    ";",
    "|",
    "/",
    "und",
    "and",
    "&",
    "sowie",
    "als",
)  # what a separator needs
_LIST = lazy_re.compile(rf"(?<![\w.])(?:{_MENTION})(?:{_SEPARATOR}(?:{_MENTION}))+", re.I)
_MENTIONS = lazy_re.compile(rf"(?<![\w.]){_MENTION}", re.I)
# "09. und 10. November 2013", "11., 12. und 13. Oktober": days sharing one month word.
_SHARED_MONTH_LIST = lazy_re.compile(
    # ("14./15. und 21./22. August": two weekends, the days of each joined by a slash)
    rf"(?<![\w.])(?P<days>(?:{_WEEKDAY}{_DAY}\.\s*(?:,\s*(?:und\s+)?|und\s+|&\s*|sowie\s+|/\s*))+"
    rf"{_WEEKDAY}{_DAY}\.)\s?(?P<month>{alternation(MONTHS)})\.?(?P<year>\s+\d{{4}})?(?!\w)",
    re.I,
)
# A day named before a list ("08. bis 11. Oktober 2014 …", "Jan 5, 2026: …"): the text's own
# date, so a list further on is no list of the text's days.
# "02. & 07.10.2025", "3., 10. und 17.03.": bare days before one numeric day that share its month
# (and year) — the numeric twin of ``_SHARED_MONTH_LIST``.
_SHARED_NUMERIC_LIST = lazy_re.compile(
    rf"(?<![\w.])(?P<days>(?:{_WEEKDAY}{_DAY}\.\s*(?:,\s*(?:und\s+)?|und\s+|&\s*|sowie\s+))+)"
    rf"(?P<last>{_WEEKDAY}{_DAY}\.\s?(?P<month>0?[1-9]|1[0-2])\.(?P<year>\s?\d{{4}}|\d{{2}})?)"
    r"(?![\d:]|\.\d)",
    re.I,
)
_DATE_BEFORE = lazy_re.compile(
    rf"(?<![\w.]){_MENTION}|(?<!\w)(?:{alternation(MONTHS)})\.?\s+\d{{1,2}}(?![\d.:])", re.I
)
_SHARED_DAY = lazy_re.compile(rf"(?:{_WEEKDAY}){_DAY}\.", re.I)
# "jeweils" (or "je") right after the list: the days are separate, each with the hours after it.
_EACH_FOLLOWS = lazy_re.compile(r"[\s,;:)]*(?:jeweils|je)\b", re.I)
# English: "Feb 14 & 21", "March 3rd and 17th": a month word, then its days.
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
_EN_GROUP = (
    rf"{_WEEKDAY}(?P<month>{alternation(MONTHS)})\.?\s+{_DAY}{_ORDINAL_SUFFIX}(?![\w:.])"
    rf"(?:\s*(?:&|\band\b|,)\s*{_DAY}{_ORDINAL_SUFFIX}(?![\w:.]))*(?:,?\s+(?:19|20)\d{{2}}\b)?"
)
_EN_GROUPS = lazy_re.compile(rf"(?<![\w.]){_EN_GROUP}", re.I)
_EN_LIST = lazy_re.compile(
    rf"(?<![\w.])(?:{_EN_GROUP.replace('?P<month>', '')})(?:{_SEPARATOR}"
    rf"(?:{_EN_GROUP.replace('?P<month>', '')}))+",
    re.I,
)
_EN_DAY = lazy_re.compile(rf"(?<![\w:.])({_DAY}){_ORDINAL_SUFFIX}(?![\w:.])")
_EN_YEAR = lazy_re.compile(r"((?:19|20)\d{2})\s*$")
_YEAR_AT_END = lazy_re.compile(r"((?:19|20)\d{2})$")
_HAS_YEAR = lazy_re.compile(r"\d{4}$|\d\.\s?\d{2}$")
# "jeweils", "je", "each" before the shared time say it belongs to every day.
_EACH = lazy_re.compile(r"^[\s,;:)]*(?:jeweils|je|each|both|all)?\b[\s,:]*", re.I)
_BRACKET = lazy_re.compile(r"\s*\(\s*")
# "die zwischen 17. August und 11. September stattfinden": two days after "zwischen" are a
# period's ends, not a list.
_BETWEEN_BEFORE = lazy_re.compile(r"\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?$", re.I)


def day_list(text: str | None) -> list[str] | None:
    """One date text per listed day ("31.10.2026, 14:00 bis 18:00 Uhr", ...), or None when the
    text names no list of separate days."""
    text = with_list_dots(text) if text else text
    listed = _listed(text)
    if listed is None or not text:
        return None
    found, mentions = listed
    shared = _EACH.sub("", text[found.end() :], count=1).strip()
    other_day = _NAMES_A_DAY.search(shared)
    if other_day is not None and find_times(shared[: other_day.start()]) is None:
        # "freitags, 19:00-21:30 (6. Mai, 13. Mai, …, 1. Juli und Übungstag am Sonntag, dem 19.
        # Juni, 15:00-19:00)": a clock after another day named past the list is that day's; the
        # list's days keep the hours said before them (round 282)
        before = find_times(text[: found.start()])
        if before is not None:
            shared = _clock_text(before)
    if find_times(shared) is None:
        # "jeweils dienstags, 17 Uhr, an folgenden Terminen: 30. Januar, 5. März, …": the time
        # said before the list belongs to every day too.
        before = find_times(text[: found.start()])
        if before is not None:
            shared = ", ".join(part for part in (shared, _clock_text(before)) if part)
    return [f"{mention}, {shared}" if shared else mention for mention in mentions]


def first_pair(text: str | None) -> str | None:
    """The list's first two days as one date text when "und"/"and"/"&" joins them ("Am 31.07. und
    1.08. sowie am 7.08. und 8.08.": two weekends; the caller checks that they follow each other,
    then the first weekend is the start and its end)."""
    listed = _listed(text)
    if listed is None or not text or len(listed[1]) < 2:
        return None
    found, mentions = listed
    first_at = text.find(mentions[0], found.start())
    second_at = text.find(mentions[1], first_at + len(mentions[0]))
    if first_at < 0 or second_at < 0:
        # "Am 16. und 17. September 2023 jeweils von 12-18 Uhr": two days sharing their month
        # word (the mentions carry it, the text does not)
        # („am 08. und 09.04.2021 jeweils von 15 bis 18 Uhr“, round 291: the first day alone
        # before the day that carries the month in figures)
        if "days" not in found.re.groupindex or not (
            _SHARED_PAIR.match(found["days"] or "")
            or ("last" in found.re.groupindex and _FIRST_OF_NUMERIC_PAIR.match(found["days"] or ""))
        ):
            return None
    elif not _PAIR_JOIN.match(text[first_at + len(mentions[0]) : second_at]):
        return None
    shared = _EACH.sub("", text[found.end() :], count=1).strip()
    pair = f"{mentions[0]} und {mentions[1]}"
    return f"{pair}, {shared}" if shared else pair


_PAIR_JOIN = lazy_re.compile(r"^\s*(?:und|and|&)\s*(?:am\s+|on\s+)?$", re.I)
_SHARED_PAIR = lazy_re.compile(r"^\s*\d{1,2}\.\s*(?:und|and|&)\s*\d{1,2}\.\s*$", re.I)
_FIRST_OF_NUMERIC_PAIR = lazy_re.compile(r"^\s*\d{1,2}\.\s*(?:und|and|&)\s*$", re.I)


def _listed(text: str | None) -> tuple[re.Match[str], list[str]] | None:
    if not text:
        return None
    lowered = lowered_for_cues(text)
    listed = _german_list(text) if _may_list(text, lowered) else None
    if listed is None and _BARE_DAY_JOIN.search(text) is not None:
        # "02. & 07.10.2025" has too few dots for ``_may_list``
        listed = _shared_numeric_list(text)
    if listed is None and _may_list_english(lowered):
        listed = _english_list(text)
    if listed is not None and _DATE_BEFORE.search(text, 0, listed[0].start()) is not None:
        # "08. bis 11. Oktober 2014 Törn … Am 03. und 05. Oktober finden jeweils … statt": the
        # text names its own day first; the list further on is its programme.
        return None
    if listed is not None and _PERIOD_BEFORE.search(text, 0, listed[0].start()) is not None:
        # "between March 25th and March 31st, 2026", "zwischen dem 3. März und dem 20. April":
        # the days between two days are one period, not two separate days.
        return None
    return listed


# a bare day („02. &“, „3., “, „2. und“) joined to what follows: the cheap test for
# ``_SHARED_NUMERIC_LIST``
_BARE_DAY_JOIN = lazy_re.compile(r"(?<![\d.])\d{1,2}\.\s*(?:,|&|und\s|sowie\s)", re.I)
_PERIOD_BEFORE = lazy_re.compile(r"\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?$", re.I)
# "13 Uhr und 15 Uhr", "11, 14 und 16 Uhr", "um 15.00 und um 19.00 Uhr": start times joined by
# commas and "und", the run closed by "Uhr"; a clock's minutes never run on into a date.
_CLOCK = r"(?:2[0-3]|[01]?\d)(?:[:.][0-5]\d(?![\d.]))?"
_CLOCK_RUN = lazy_re.compile(
    rf"(?<![\w.:]){_CLOCK}(?:\s*uhr)?(?:\s*(?:,\s*(?:und\s+)?|und\s+|sowie\s+|&\s*)(?:um\s+)?"
    rf"{_CLOCK}(?:\s*uhr)?)+(?<=uhr)(?!\s*(?:-|–|bis\b))",
    re.I,
)
_ONE_CLOCK = lazy_re.compile(rf"(?<![\w.:]){_CLOCK}", re.I)
_RANGE_BEFORE = lazy_re.compile(r"\b(?:zwischen|between|von|from)\s+(?:um\s+)?$", re.I)
_NAMES_A_DAY = lazy_re.compile(rf"{_DAY}\.\s?(?:\d|{alternation(MONTHS)})", re.I)


# „Online-Infoabende am 12.06, 26.06, 10.07 und 24.07, jeweils um 19 Uhr“: day.month without the
# closing dot, three or more of them after „am“ joined by commas and „und“ — a list of days, not
# clock times („10.07“ alone may be 10:07, so two are not enough and every month must be real).
_UNDOTTED = rf"{DAY_MONTH}(?![\d.:])"
_UNDOTTED_LIST = lazy_re.compile(
    rf"(?<=\bam\s)(?:{_UNDOTTED}\s*,\s*){{2,}}{_UNDOTTED}(?:\s*,\s*|\s+und\s+){_UNDOTTED}"
    rf"|(?<=\bam\s)(?:{_UNDOTTED}\s*,\s*){{1,}}{_UNDOTTED}\s+und\s+{_UNDOTTED}",
    re.I,
)
_UNDOTTED_DAY = lazy_re.compile(rf"(?<![\d.]){_UNDOTTED}")


def with_list_dots(text: str) -> str:
    """``text`` with the closing dot added to each day of an undotted list of days (see
    ``_UNDOTTED_LIST``), so that the list reads as one."""
    return _UNDOTTED_LIST.sub(
        lambda found: _UNDOTTED_DAY.sub(lambda day: f"{day.group(0)}.", found.group(0)), text
    )


def occurrences(text: str | None) -> list[str] | None:
    """One date text per listed day and per start time of a day (see the module docstring),
    or None when the text names a single day with at most one start."""
    if text:
        # „Samstag 13. und Sonntag 14. Septemper 2014, jeweils 14 Uhr“: a misspelt month still
        # shares the days (``parse_when`` reads the text respelt, too).
        text = with_list_dots(respell_months(text))
        # „05.08, 11:00 Uhr“: a day that left out its month's dot is no first clock of two
        text = dotted_opening_days(text)
    sessions = _sessions(text)
    if sessions is not None:
        return sessions
    runs = run_list(text)  # „April 13–17, June 22–26, July 6–10“: a camp's separate weeks
    if runs is not None:
        return runs
    listed = day_list(text)
    parts = listed if listed is not None else [text] if text else []
    split: list[str] = []
    for part in parts:
        split.extend(_one_per_clock(part) or ampm_starts(part) or [part])
    return split if len(split) > 1 else None


# „Do, 20.09., 11:15–17:45 Uhr und Fr, 21.09., 09:15–12:45 Uhr“, „Mo, 17.09., 14:15 Uhr–17:45 und
# Di, 18.09., 11:15–17:45 Uhr“: each day with hours of its own — the sessions of one course, not
# a period from the first day's start to the last day's end.
_HOURS = r"\d{1,2}[:.]\d{2}(?:\s*uhr)?(?:\s*(?:[-–—]|bis)\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?"
# („18. April 2026 | 14:00 - 18:00 Uhr<br>19. April 2026 | 10:00 - 14:00 Uhr“: a bar between the
# day and its hours, the days on lines of their own, read as one text joined by a space)
_DAY_WITH_HOURS = rf"{_MENTION}\s*[,|]?\s*(?:(?:um|von|ab)\s+)?{_HOURS}"
_SESSIONS = lazy_re.compile(
    rf"(?<![\w.]){_DAY_WITH_HOURS}(?:(?:\s*(?:,|;|\bund\b|\bsowie\b|&)\s*|\s+)(?:am\s+)?"
    rf"{_DAY_WITH_HOURS})+",
    re.I,
)
_ONE_SESSION = lazy_re.compile(rf"(?<![\w.]){_DAY_WITH_HOURS}", re.I)


def _sessions(text: str | None) -> list[str] | None:
    """One date text per day of a list whose every day has hours of its own; None otherwise."""
    if not text:
        return None
    said_uhr = "uhr" in text.lower()
    found = _SESSIONS.search(text) if said_uhr or ":" in text else None
    if found is None:
        return None
    sessions = [m.group(0) for m in _ONE_SESSION.finditer(found.group(0))]
    if not said_uhr and not all(_COLON_CLOCK.search(session) for session in sessions):
        # Without „Uhr“ only a colon says a clock: „26.9. 10.10.“ may be two days.
        return None
    return sessions


# „Termine: 26.9. 10:00, 27.9. 10:00“: a clock with a colon after the day.
_COLON_CLOCK = lazy_re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?!\d)")


def _one_per_clock(text: str) -> list[str] | None:
    """ "23. November 2013: 13 Uhr und 15 Uhr" → "23. November 2013: 13:00 Uhr", "… 15:00 Uhr"."""
    if "uhr" not in text.lower() or _NAMES_A_DAY.search(text) is None:
        return None
    found = _CLOCK_RUN.search(text)
    if found is None or _RANGE_BEFORE.search(text, 0, found.start()) is not None:
        return None
    clocks = [_clock_of(m.group(0)) for m in _ONE_CLOCK.finditer(found.group(0))]
    if len(clocks) < 2 or any(later <= earlier for earlier, later in pairwise(clocks)):
        return None  # starts in the order of the day, not a range written backwards
    head, tail = text[: found.start()], text[found.end() :]
    return [f"{head}{start:%H:%M} Uhr{tail}" for start in clocks]


def _clock_of(text: str) -> time:
    hour, _, minute = text.replace(".", ":").partition(":")
    return time(int(hour), int(minute or 0))


def _german_list(text: str) -> tuple[re.Match[str], list[str]] | None:
    found = _LIST.search(text)
    if found is None:
        return _shared_month_list(text)
    mentions = [
        _BRACKET.sub(" ", m.group(0)).strip(" ,;") for m in _MENTIONS.finditer(found.group(0))
    ]
    if len(mentions) < 2:
        return None
    mentions = _with_bare_days_before(text, found.start(), mentions)
    if _consecutive(mentions) and not _EACH_FOLLOWS.match(text, found.end()):
        return None
    if len(mentions) == 2 and _BETWEEN_BEFORE.search(text, 0, found.start()) is not None:
        return None
    return found, _with_shared_year(mentions)


# "Am 10. und 24. Oktober sowie am 27. November": days before the list's first mention that share
# its month word.
_BARE_DAYS_BEFORE = lazy_re.compile(
    rf"(?<![\w.])(?P<days>(?:{_DAY}\.\s*(?:,\s*(?:und\s+)?|und\s+|&\s*))+)$", re.I
)


def _with_bare_days_before(text: str, start: int, mentions: list[str]) -> list[str]:
    """The list's mentions, led by the bare days before its first one that share its month word."""
    bare = _BARE_DAYS_BEFORE.search(text, 0, start)
    first = _DAY_MONTH.match(mentions[0])
    if bare is None or first is None or first["w"] is None:
        return mentions
    tail = mentions[0][first.start("w") - 1 :]  # " Oktober" (with a year, if written)
    return [f"{day}.{tail}" for day in re.findall(r"\d{1,2}(?=\.)", bare["days"])] + mentions


def _shared_month_list(text: str) -> tuple[re.Match[str], list[str]] | None:
    """ "09. und 10. November 2013: jeweils 12 Uhr bis 16 Uhr": days that share one month word
    are one event's days unless "jeweils" follows — then each day is a mention of its own
    ("09. November 2013", "10. November 2013"). Days that do not follow each other ("am 24.
    und 26. Dezember", "3., 10. und 17. März") are separate days too."""
    found = _SHARED_MONTH_LIST.search(text)
    if found is None:
        return _shared_numeric_list(text)
    tail = f" {found['month']}{found['year'] or ''}"
    days = [m.group(0).strip() for m in _SHARED_DAY.finditer(found["days"])]
    if not _EACH_FOLLOWS.match(text, found.end()) and (
        _following_numbers(days)
        or _BETWEEN_BEFORE.search(text, 0, found.start()) is not None
        # "vom 2. bis 4. und 8. Mai": a period and one more day (``parse_when`` reads it)
        or _RANGE_END_BEFORE.search(text, 0, found.start()) is not None
    ):
        return None
    return found, [_BRACKET.sub(" ", day).strip(" ,;") + tail for day in days]


def _shared_numeric_list(text: str) -> tuple[re.Match[str], list[str]] | None:
    """ "Auftakt Roadshow – 02. & 07.10.2025": bare days before a numeric day share its month and
    year; when they do not follow each other they are separate days ("02.10.2025", "07.10.2025"),
    as "2. und 7. Oktober 2025" are. Following days ("14. und 15.10.") stay one event's run."""
    found = _SHARED_NUMERIC_LIST.search(text) if "." in text else None
    if found is None:
        return None
    days = [m.group(0).strip() for m in _SHARED_DAY.finditer(found["days"])]
    last = found["last"].strip()
    day_of_last = re.search(r"(\d{1,2})\.\s?\d", last)
    if day_of_last is None:
        return None
    if not _EACH_FOLLOWS.match(text, found.end()) and (
        _following_numbers([*days, f"{day_of_last[1]}."])
        or _BETWEEN_BEFORE.search(text, 0, found.start()) is not None
        or _RANGE_END_BEFORE.search(text, 0, found.start()) is not None
    ):
        return None
    tail = f"{int(found['month']):02d}.{(found['year'] or '').strip()}"
    return found, [f"{_BRACKET.sub(' ', day).strip(' ,;')}{tail}" for day in days] + [last]


_RANGE_END_BEFORE = lazy_re.compile(r"(?:\bbis(?:\s+zum)?|[-–—])\s*$", re.I)


def _following_numbers(days: list[str]) -> bool:
    """ "11., 12. und 13.", "30. und 1.": each day the one after the day before."""
    numbers = [int(found[0]) for day in days if (found := re.search(r"\d+(?=\.$)", day))]
    if len(numbers) != len(days):
        return True  # unreadable: leave the days one event's, as before
    return all(
        later == earlier + 1 or (later == 1 and earlier >= 28)
        for earlier, later in pairwise(numbers)
    )


def _english_list(text: str) -> tuple[re.Match[str], list[str]] | None:
    """ "Feb 14 & 21, Mar 14 & 21": one mention per day as the page writes it ("Feb 21"), each
    with its group's month and the year written at the end of the list."""
    found = _EN_LIST.search(text)
    if found is None:
        return None
    groups = list(_EN_GROUPS.finditer(found.group(0)))
    if len(groups) < 2:
        return None
    days: list[tuple[str, str, str, str | None]] = []  # weekday, month word, day, year
    for group in groups:
        # "Sat Mar 14 & 21": the weekday is the first day's (it picks a yearless day's year).
        weekday = _BRACKET.sub(" ", group.group(0)[: group.start("month") - group.start()])
        days_text = group.group(0)[group.end("month") - group.start() :]
        year = _EN_YEAR.search(days_text)
        if year is not None:
            days_text = days_text[: year.start()]
        own_year = year[1] if year is not None else None
        for number, day in enumerate(_EN_DAY.findall(days_text)):
            days.append((weekday.strip() if number == 0 else "", group["month"], day, own_year))
    if len(days) < 2 or _consecutive([f"{day}. {month}" for _, month, day, _ in days]):
        return None
    last_year = days[-1][3]
    last_month = MONTHS.get(days[-1][1].lower(), 0)
    mentions = []
    for weekday, month, day, stated in days:
        shared = None
        if stated is None and last_year is not None:
            # A month after the last one's is in the year before ("Dec 12 and Jan 9, 2027").
            shared = str(int(last_year) - (1 if MONTHS.get(month.lower(), 0) > last_month else 0))
        year_text = stated or shared
        mention = f"{month} {day}, {year_text}" if year_text else f"{month} {day}"
        mentions.append(f"{weekday} {mention}" if weekday else mention)
    return found, mentions


def _may_list_english(lowered: str | None) -> bool:
    """Cheap necessary condition for ``_EN_LIST`` (~3 µs; the list pattern costs ~50): two
    month words with a day after them. ``lowered`` as ``lowered_for_cues`` gives it."""
    if lowered is None:
        return True
    return has_any(lowered, _SEPARATOR_PIECES) and len(_EN_MONTH_DAYS.findall(lowered)) >= 2


#: An English month word and a day after it, in a lower-cased text.
_EN_MONTH_DAYS = lazy_re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d"
)


def _may_list(text: str, lowered: str | None) -> bool:
    """Cheap necessary conditions for ``_LIST`` (it costs ~50 µs a text, these ~2 µs): a
    separator, and a digit before a dot for every day — a numeric day ("31.10.") has two, a
    worded one ("6. Oktober") one and a month word; so two days need four such dots or a month."""
    if text.count(".") < 2:
        return False
    if not has_any(lowered, _SEPARATOR_PIECES):
        return False
    dots = len(_DIGIT_DOT.findall(text))
    return dots >= 4 or (dots >= 2 and has_any(lowered, MONTH_STEMS))


def _with_shared_year(mentions: list[str]) -> list[str]:
    """ "am 27. Mai, 3. Juni und 18. Juni 2019": the year written once at the end belongs to every
    day (a month after the last one's is in the year before: "12. Dezember und 9. Januar 2020")."""
    year = _YEAR_AT_END.search(mentions[-1])
    if year is None:
        return mentions
    last_month = _month_of(mentions[-1])
    dated = []
    for mention in mentions[:-1]:
        if _HAS_YEAR.search(mention) is not None:
            dated.append(mention)
            continue
        month = _month_of(mention)
        own_year = int(year[1]) - (1 if month > last_month else 0)
        dated.append(f"{mention}{own_year}" if mention.endswith(".") else f"{mention} {own_year}")
    return [*dated, mentions[-1]]


def _month_of(mention: str) -> int:
    found = _DAY_MONTH.search(mention)
    if found is None:
        return 0
    month = found["m"] or found["w"]
    return int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."), 0)


def _clock_text(times: tuple[time, time | None]) -> str:
    begin, finish = times
    if finish is None:
        return f"{begin:%H:%M} Uhr"
    return f"{begin:%H:%M}-{finish:%H:%M} Uhr"


def _consecutive(mentions: list[str]) -> bool:
    """ "Sa 13.06. und So 14.06.2026": following days are one event over a weekend."""
    days: list[tuple[int, int]] = []
    for mention in mentions:
        found = _DAY_MONTH.search(mention)
        if found is None:
            return False
        days.append((_month_of(mention), int(found["d"])))
    for (month, day), (next_month, next_day) in pairwise(days):
        same_month = next_month == month and next_day == day + 1
        if not same_month and not (next_month == month % 12 + 1 and next_day == 1 and day >= 28):
            return False
    return True


def parse_when_list(text: str | None, *, today: date, page_date: date | None = None) -> list[When]:
    """``parse_when`` of every listed day and start time (one ``When`` each);
    ``[parse_when(text)]`` when the text names a single day or a period."""
    from netdir.normalize.when import parse_when  # when.py imports this module

    listed = occurrences(text)
    parts: list[str | None] = list(listed) if listed is not None else [text]
    return [parse_when(part, today=today, page_date=page_date) for part in parts]
