"""How the day mentions of one date text join (``when_days`` reads them): following days and
periods ("Sa 13. und So 14. August", "15.03. (Master) | 18. - 22.03.2024"), a start's end said
later ("beginnt am … und endet am …"), each day's own clock, an end told by "bis" alone
("bis Ende Juni", "bis Sonntag"), and what is left when every date was a deadline or a stamp.
Split from ``when.py``; the rules are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time
from itertools import pairwise

from netdir import lazy_re
from netdir.normalize.when_grammar import (
    DAY_NUMBER,
    END_LABEL,
    FLAGS,
    MONTH_ALT,
    WD_ALT,
    WEEKDAY_FULL_ALT,
)
from netdir.normalize.when_mentions import Mention, Skipped
from netdir.normalize.when_periods import month_end
from netdir.normalize.when_relative import (
    weekday_from,
)
from netdir.normalize.when_roles import (
    DEADLINE,
    PUBLISHED,
)
from netdir.normalize.when_times import (
    clock,
    clock12,
)
from netdir.normalize.when_value import (
    When,
    infer_year,
    safe_date,
)
from netdir.normalize.when_verb_final_ends import ends_in_clause
from netdir.normalize.when_words import (
    MONTHS,
    WEEKDAYS,
)

# "27.03.2027 23:00 – 28.03.2027 01:00", "12.03., 10 Uhr bis 14.03., 16 Uhr": a time after each.
_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})\s*(?:uhr|h\b|(?P<ap>[ap]\.?m\.?))?"
    r"|\s*(?:uhr|h\b|(?P<ap2>[ap]\.?m\.?)))"
)  # "December 20, 2021 @ 8:00 am - December 31, 2021 @ 5:00 pm": a clock after each date
TIMED_CONNECTOR = lazy_re.compile(
    # („Freitag, 29. November (ab 16 Uhr), bis Sonntag, 1. Dezember (bis ca. 15 Uhr)“, round 295:
    # the first clock in brackets or set off by commas before „bis“)
    r"^\s*[,-]?\s*\(?(?:um\s+|ab\s+|at\s+|@\s*)?"
    + _CLOCK
    # "vom 31.12. um 19 Uhr bis zum 1.1. um 7 Uhr", "Dec. 31 at 7 p.m. to Jan. 1 at 7 a.m.",
    # "Vom 28.8.21 ab 13.00 Uhr bis am 29.8.21 um 19.00 Uhr" (Swiss: „bis am“ for „bis zum“)
    + r"\s*\)?\s*,?\s*(?:-|bis(?:\s+(?:zum|am))?|to|until|till|"
    + END_LABEL
    + r")\s*(?:(?:"
    + WD_ALT
    + r")\.?,?\s*)?$",
    FLAGS,
)
# "between July 3rd 1800Z and July 5th 2359Z": "between" a day with its clock and another.
TIMED_AND = lazy_re.compile(
    r"^\s*[,-]?\s*(?:um\s+|at\s+|@\s*)?"
    + _CLOCK
    + r"\s*(?:Z|UTC|GMT)?\s*(?:and|und)(?:\s+(?:dem|the))?\s*$",
    FLAGS,
)
# (a clock in brackets, told roughly: „… bis Sonntag, 1. Dezember (bis ca. 15 Uhr)“, round 295)
_LEADING_TIME = lazy_re.compile(
    r"^\s*[,-]?\s*\(?(?:um\s+|bis\s+|at\s+|@\s*)?(?:ca\.\s*)?" + _CLOCK, FLAGS
)
# ("Sowohl am Samstag, den 16. als auch am Sonntag, den 17. Juni")
# ("im November der 7. und der 21. November")
# "Am Sonntag, 7. April, beginnt die Saison … Dort endet sie auch am 13. Oktober": the second
# date, right after a verb of ending, is the end (when the first is the start: "beginnt").
ENDS_ON = lazy_re.compile(
    r"\b(?:beginnt|begins|starts|startet|opens|eröffnet)\b[^\n]*\b(?:endet|enden|ends|closes)\b"
    # ("endet am Sonntag-Nachmittag (29. Oktober)": a part of the day, the day in brackets)
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:am|on)\s+(?:(?:" + WD_ALT + r")"
    # ("endet am Sonntagnachmittag, den 27. März" (round 245): the part glued on, "den" after it)
    r"(?:-?(?:vormittag|nachmittag|mittag|morgen|abend))?\.?,?\s*(?:den\s+)?)?\(?\s*"
    # ("endet am Abend des 29. März": the part of the day before the day)
    r"(?:(?:abend|morgen|vormittag|nachmittag|mittag)\s+des\s+|(?:evening|morning|afternoon)\s+of\s+)?$",
    FLAGS,
)
UNTIL_MONTH_END = lazy_re.compile(
    # ("bis ca. Ende März", "until about the end of June": an approximate end is still the end)
    r"\b(?:bis|until|through)\s+(?:(?:ca\.|circa|etwa|about|approximately)\s*)?"
    r"(?:zum\s+|zur\s+|the\s+)?(?:ende|end)\s+(?:of\s+)?(?P<mn>"
    + MONTH_ALT
    + r")\b\.?(?:\s+(?P<y>\d{4})\b)?(?!\.?\s*\d)",
    FLAGS,
)
_RANGE_WORD = lazy_re.compile(r"-|/|\bbis\b|\bto\b|\buntil\b|\bthrough\b", FLAGS)
A_CLOCK = lazy_re.compile(
    r"\d:\d\d|\d\s*(?:uhr|[ap]\.?m)\b"
    # "Mittwoch, 24.6., 16.00-20.00 & Donnerstag, 25.6., …": a dotted range whose first minutes
    # can be no month (round 281)
    r"|(?<![\d.])\d{1,2}\.(?:00|1[3-9]|[2-5]\d)\s*[-–]\s*\d{1,2}\.[0-5]\d(?![\d.])",
    FLAGS,
)  # a number that is a clock
# The first day's hours, then "und"/"oder"/"sowie" and the second day: " im laufe des Abends ab
# 16:00 Uhr oder am ", " von 10 bis 18 Uhr und am " (a few words may stand before the clock).
_HOURS = (
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|[ap]\.?m\.?)?"
    r"(?:\s*(?:-|bis|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|[ap]\.?m\.?)?)?"
)
CLOCKED_AND_DAY_GAP = lazy_re.compile(
    r"[\s,]*(?:[^\W\d]+\s+){0,4}?(?:von|ab|um|from|at)?\s*"
    + _HOURS
    # "von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr und Sonntag, den 20.5.": a
    # day's second and third sessions
    + r"(?:[\s,]*(?:sowie|und|and)\s+(?:von|ab|from)?\s*"
    + _HOURS
    + r"){0,2}"
    # "Sa, 09.11.2019 Beginn 10 Uhr - So, 10.11.2019 Ende 15 Uhr": a dash to the second day;
    # "22.09. von 16.00–21.00 Uhr, 23.09. von 15.00–19.00 Uhr": a comma alone
    # "Samstag den 23. November ab 14:00 Uhr Sonntag den 24. November ab 14:00 Uhr": two list
    # items joined by a space, the second opening with its weekday
    # ("und Sonntag, den 20.5.": the second day's weekday may stand for "am")
    # ("und Pfingstmontag, den 21.5.": a feast's weekday too)
    r"[\s,]*(?:(?:und|oder|sowie|and|or|&)\s+(?:(?:am|on)\s+|(?=(?:pfingst|oster)?(?:"
    + WD_ALT
    + r")\b))"
    r"|(?:-|–|bis)\s+|(?<=,)|(?<=,\s)"
    r"|(?<=uhr\s)(?=(?:" + WD_ALT + r")\b))(?:(?:pfingst|oster)?(?:" + WD_ALT + r")\.?,?\s*)?"
    r"(?:den\s+|dem\s+|the\s+)?$",
    FLAGS,
)
# "Pfingstmontag, den 21.5., von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr": a
# day's sessions one after another; the last one's hours (``last_session``) end the day.
_SESSIONS = lazy_re.compile(
    r"[\s.,]*(?:von|ab|from)?\s*" + _HOURS + r"(?:[\s,]*(?:sowie|und|and)\s+(?:von|ab|from)?\s*"
    r"(?P<last>" + _HOURS + r"))+",
    FLAGS,
)


def last_session(text: str, at: int) -> str | None:
    """The last of two or more sessions listed right at ``at`` (their hours as written), if any."""
    found = _SESSIONS.match(text, at)
    return found["last"] if found is not None else None


# "… bis Donnerstag, den 11. Mai von 9 Uhr bis 16.30 Uhr, am Freitag, den 12. Mai …": a period's
# hours, then a comma (or "und") and "am" the next day.
HOURS_THEN_NEXT_DAY_GAP = lazy_re.compile(
    r"^(?:[^.!?;]|(?<=\d)\.(?=\d))*?\d\s*(?:uhr)?\s*(?:,\s*|\s+und\s+)(?:und\s+)?am\s+"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+)?$",
    FLAGS,
)
AND_DAY_GAP = lazy_re.compile(
    # ("Am Samstag 09.05.2015 abends und am Sonntag 10.05.2015": the first day's part of the day
    # between)
    r"^[\s,)]*(?:(?:morgens|vormittags|mittags|nachmittags|abends)\s+)?"
    # ("1. Tag: Samstag der 30. November 2. Tag: Sonntag der 1. Dezember": a seminar's days
    # counted; "Samstag der 30. November": "der" as "den")
    # ("Samstag, den 17.9.2022 Sonntag, den 18.9.2022": two lines, each a day opening with its
    # weekday, joined by a space alone)
    r"(?:(?:und|and|&)\s+|;?\s*(?:[2-9]\.\s*Tag|Tag\s+[2-9])\s*:\s*|\s(?=(?:"
    + WD_ALT
    + r")\.?,?\s))(?:am\s+|on\s+)?"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+|der\s+|the\s+)?\(?\s*$",
    FLAGS,
)


# "O-Phase: 15.03. (Master) | 18. - 22.03.2024 (Bachelor + Master)", "14.03.2025 (Master) &
# 17.03. - 21.03.2025": one group's first day, a note on whom it is for, then everyone's period.
_NOTE_THEN_PERIOD = lazy_re.compile(
    r"\s*\([^()\d]{1,40}\)\s*[&|+]\s*(?P<bare>(?:0?[1-9]|[12]\d|3[01])\.\s*[-–]\s*)?$"
)
_DASH_ONLY = lazy_re.compile(r"\s*[-–]\s*$")  # (match() from a position: no "^")
#: How many days may lie between a group's own first day and the end of the period after it.
_NOTE_SPAN = 14


def later_end(text: str, first: Mention, later: list[Mention], reference: date) -> Mention | None:
    """The end of a period a text names after its first day, or None: the period that follows a
    day and a note on whom it is for, or the day after "endet am" when the text begins with
    "beginnt" ("beginnt am 23.09.2022 (Master) bzw. 26.09.2022 und endet am 29.09.2022": the
    second start is another group's)."""
    note = _NOTE_THEN_PERIOD.match(text, first.end, later[0].start)
    end: Mention | None = None
    if note is not None:
        if note["bare"]:
            end = later[0]
        elif len(later) > 1 and _DASH_ONLY.match(text, later[0].end, later[1].start):
            end = later[1]
        if end is not None:
            year = end.year if end.year is not None else reference.year
            start_year = first.year if first.year is not None else year
            if (first.month, first.day) > (end.month, end.day) and first.year is None:
                start_year -= 1
            try:
                days = (
                    date(year, end.month, end.day) - date(start_year, first.month, first.day)
                ).days
            except ValueError:
                return None
            return end if 0 < days <= _NOTE_SPAN else None
    if len(later) > 1 and ("endet" in text or "ends" in text):
        for mention in later[1:]:
            if ENDS_ON.search(text[: mention.start]):
                return mention
    if ("und " in text or ", d" in text or ", w" in text) and ends_in_clause(text, first, later[0]):
        return later[0]  # "der am 10. Juni … beginnt und am 11.06 … ausklingt"
    return None


# "Ab dem 13. Dezember öffnen wir … und wird bis zum 15. Dezember … offen stehen": a start after
# "ab" and, later in the same sentence, an end after "bis" are one period.
_FROM_BEFORE = lazy_re.compile(
    r"\b(?:ab|from)\s+(?:dem\s+|den\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:dem\s+|den\s+)?$", FLAGS
)
# ("… welche sich dieses Jahr bis zum Reformationstag am 31. Oktober 2023 erstrecken": the last
# day's name, then its date)
_UNTIL_RIGHT_BEFORE = lazy_re.compile(
    r"\bbis\s+(?:zum\s+|zur\s+|einschließlich\s+)?(?:(?-i:[A-ZÄÖÜ])[\wäöüß-]+\s+am\s+)?"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?"
    r"(?:dem\s+|den\s+)?$",
    FLAGS,
)
# A sentence ends in the text between the "ab" day and the "bis" day (the days themselves stand
# outside it): any stop before a capital — unlike sentence_ends.SENTENCE_END also after a number
# or an abbreviation.
_SENTENCE_END = lazy_re.compile(r"[.!?]\s+(?-i:[A-ZÄÖÜ])")
_FROM_UNTIL_SPAN = 200


def from_then_until(text: str, first: Mention, second: Mention) -> bool:
    """A day after "ab" and a later one after "bis" in the same sentence: one period (never a
    sign-up's: "ab dem 1. Mai bis zum 15. Mai anmelden" is read by the sign-up rules)."""
    between = text[first.end : second.start]
    return (
        len(between) <= _FROM_UNTIL_SPAN
        and _FROM_BEFORE.search(text, max(0, first.start - 30), first.start) is not None
        and _UNTIL_RIGHT_BEFORE.search(text, max(0, second.start - 40), second.start) is not None
        and _SENTENCE_END.search(between) is None
        and _SIGNUP_BEFORE.search(text, first.end) is None
    )


# A question's end between two days; a clock right after the later day ("am 15.05. um 19.00 Uhr").
_QUESTION_END = lazy_re.compile(r"\?\s")
_CLOCK_RIGHT_AFTER = lazy_re.compile(
    r"\s*,?\s*(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\b|h\b)", FLAGS
)


def asked_then_invited(text: str, mentions: list[Mention]) -> bool:
    """Whether the first day is named in a question and a later sentence names a day of its own
    with its clock right after it (the question's day is not that sentence's event)."""
    first, second = mentions[0], mentions[1]
    return (
        _QUESTION_END.search(text, first.end, second.start) is not None
        and A_CLOCK.search(text, 0, first.start) is None
        and A_CLOCK.search(text, first.end, second.start) is None
        and _CLOCK_RIGHT_AFTER.match(text, second.end) is not None
    )


def following_days(first: Mention, second: Mention, reference: date) -> bool:
    if first.feast is not None and second.feast is not None:
        # "am Pfingstmontag und -dienstag": two feasts on following days are a period
        year = infer_year(first.month, first.day, reference)
        return (second.feast(year) - first.feast(year)).days == 1
    if second.feast is not None:
        return False
    year = first.year or second.year or infer_year(first.month, first.day, reference)
    start = safe_date(year, first.month, first.day)
    following = safe_date(second.year or year, second.month, second.day)
    if start is not None and following is not None and following < start and second.year is None:
        following = safe_date(year + 1, second.month, second.day)
    return start is not None and following is not None and (following - start).days == 1


# "Am Freitag, dem 8. November geht es los um 18:00 Uhr und dann durchgehend bis Sonntag
# nachmittag": a weekday without a date after the start's day closes the run.
_UNTIL_WEEKDAY = lazy_re.compile(
    r"\b(?:bis|until|through)\s+(?:zum\s+|einschließlich\s+)?(?P<wd>" + WEEKDAY_FULL_ALT + r")"
    r"(?:nachmittag|abend|mittag|vormittag)?(?!\w)(?!\s*,?\s*(?:den\s+|dem\s+|the\s+)?\d)",
    FLAGS,
)


def until_weekday(after: str, start: date) -> date | None:
    match = _UNTIL_WEEKDAY.search(after)
    if match is None or _SIGNUP_BEFORE.search(after, 0, match.start()) is not None:
        return None  # ("Kurs am 5. März, Anmeldung bis Sonntag": the sign-up's last day)
    weekday = WEEKDAYS[match["wd"].lower()]
    last = weekday_from(start, weekday, strictly_after=True)
    return last if (last - start).days <= 6 else None


# ("Um eine kurze Rückmeldung bis Samstagmittag per Mail wird gebeten": a reply's last day)
_SIGNUP_BEFORE = lazy_re.compile(r"anmeld|registr|buchung|buchen|regist|sign|rückmeld", FLAGS)


def until_month_end(after: str, start: date) -> date | None:
    """ "Ab 23. Mai findet bis Ende Oktober sonntags … statt": the named month's last day."""
    match = UNTIL_MONTH_END.search(after) if "nde" in after or "end" in after else None
    if match is None:
        return None
    month = MONTHS[match["mn"].lower()]
    year = int(match["y"]) if match["y"] else start.year + (month < start.month)
    last = month_end(year, month)
    return last if last > start else None


_EITHER = lazy_re.compile(r"\boder\b", FLAGS)


def separate_days(bare: re.Match[str], last: Mention) -> bool:
    """Days sharing one month word, joined by "und"/","/"&"/"/" (no range word), that do not
    follow each other: "am 24. und 26. Dezember", "3., 10. und 17. März", "05./07.12."; or a day
    before such a
    period: "24. sowie 27. bis 30. Dezember" (the first day alone is the start)."""
    chain = bare.group(0)
    if _EITHER.search(chain):
        return True  # "27. oder 28.09.2025": either day, not both — the first is read
    days = [int(day) for day in DAY_NUMBER.findall(chain)] + [last.day]
    # (a slash lists days as "und" does: "05./07.12." are two concerts, "03./04.10." two days
    # in a row)
    if _RANGE_WORD.search(chain.replace("/", " ")):
        numbers = list(DAY_NUMBER.finditer(chain))
        if len(numbers) < 2:
            return False
        first_join = chain[numbers[0].end() : numbers[1].start()]
        return _RANGE_WORD.search(first_join) is None and days[1] != days[0] + 1
    return not all(
        later == earlier + 1 or (later == 1 and earlier >= 28)  # "30. und 1. Dezember"
        for earlier, later in pairwise(days)
    )


def period_before_and(bare: re.Match[str], last: Mention) -> Mention:
    """The end of a period whose days share the month word with a separate later day: "vom 2.
    bis 4. und 8. Mai" is 2 to 4 May (the 8th is one more day, not the period's end), and so is
    "1. bis 3. und 5. bis 7. Mai" 1 to 3 May."""
    chain = bare.group(0)
    numbers = list(DAY_NUMBER.finditer(chain))
    if len(numbers) < 2:
        return last
    first_join = chain[numbers[0].end() : numbers[1].start()]
    rest = chain[numbers[1].end() : numbers[2].start() if len(numbers) > 2 else len(chain)]
    if _RANGE_WORD.search(first_join) is None or _RANGE_WORD.search(rest) is not None:
        return last
    if int(numbers[1].group(0)) <= int(numbers[0].group(0)):
        return last
    return replace(last, day=int(numbers[1].group(0)), end_day=None)


def skipped_only(skipped: list[Skipped], reference: date, *, latest: bool = False) -> When:
    """A text whose only dates are deadlines or stamps: no event day, the dates reported (the
    first of each kind, or the ``latest`` when a deadline was extended)."""
    roles: dict[str, str] = {}
    for item in skipped:
        mention = item.mention
        year = mention.year or infer_year(mention.month, mention.day, reference)
        day = safe_date(year, mention.month, mention.day)
        if day is not None and (latest or item.role not in roles):
            roles[item.role] = day.isoformat()
    return When(deadline=roles.get(DEADLINE), published=roles.get(PUBLISHED))


def end_only(mention: Mention, reference: date) -> When | None:
    """ "bis 30.11.", "bis 1. Advent": the end of something that runs now, so a yearless end is
    the next such day on or after the reference (a past end would say nothing runs)."""
    if mention.feast is not None:
        end: date | None = mention.feast(reference.year)
        if end is not None and end < reference:
            end = mention.feast(reference.year + 1)
    else:
        year = mention.year or infer_year(mention.month, mention.day, reference)
        if mention.year is None:
            year = year_ahead(year, mention.month, mention.day, reference)
        end = safe_date(year, mention.month, mention.day)
    return When(None, end.isoformat(), True, "day") if end is not None else None


def year_ahead(year: int, month: int, day: int, reference: date) -> int:
    """``year``, or the next one when that day would lie before the reference."""
    found = safe_date(year, month, day)
    return year + 1 if found is not None and found < reference else year


def paired_times(text: str, first: Mention, last: Mention) -> tuple[time, time] | None:
    """ "27.03.2027 23:00 – 28.03.2027 01:00": a time right after each of the two dates;
    "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1": a time right before each."""
    gap = text[first.end : last.start]
    between = TIMED_CONNECTOR.match(gap) or TIMED_AND.match(gap)
    after = _LEADING_TIME.match(text[last.end :])
    if between is None or after is None:
        both = _TWO_CLOCKS_BETWEEN.match(gap)
        if both is not None:
            # "December 31 at 7pm to 1am January 1": the start's clock after its day, the end's
            # before its own
            begin = clock12(both["h"], both["mi"], both["ap"]) if both["ap"] else None
            finish = clock12(both["h2"], both["mi2"], both["ap2"]) if both["ap2"] else None
            return (begin, finish) if begin is not None and finish is not None else None
        before = _CLOCK_BEFORE_DAY.search(text[: first.start])
        between = _CLOCK_BETWEEN_DAYS.match(gap)
        if before is None or between is None:
            return None
        after, between = between, before
    begin, finish = _clock_of(between), _clock_of(after)
    return (begin, finish) if begin is not None and finish is not None else None


# "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1": the clocks before their days (a.m./p.m. or "Uhr"
# written, so a day's number is never read as a clock).
# ("The contest begins at 14:00 (local) on Saturday (June 13) and continues until 23:00 (local)
# on Sunday (June 14)": a 24-hour clock with its minutes, its zone's note and the day's weekday)
_LOCAL = r"(?:\s*\((?:local|[A-Z]{2,4})\))?"
_ON_WEEKDAY = r"\s*,?\s*(?:on\s+|am\s+)?(?:(?:" + WEEKDAY_FULL_ALT + r")\s*,?\s*\(?)?$"
_CLOCK_BEFORE_DAY = lazy_re.compile(
    r"(?:^|\b(?:from|von|ab|(?:begins|starts)\s+at|beginnt\s+um)\s+)(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?"
    r"\s*(?:(?P<ap>[ap]\.?m\.?)|uhr|(?<=:\d\d))(?P<ap2>)" + _LOCAL + _ON_WEEKDAY,
    FLAGS,
)
_TWO_CLOCKS_BETWEEN = lazy_re.compile(
    r"^\s*,?\s*(?:at\s+|@\s*)?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)"
    r"\s*(?:-|to|until|till)\s*(?P<h2>\d{1,2})(?::(?P<mi2>\d{2}))?\s*(?P<ap2>[ap]\.?m\.?)"
    r"\s*,?\s*(?:on\s+)?$",
    FLAGS,
)
_CLOCK_BETWEEN_DAYS = lazy_re.compile(
    r"^\s*\)?\s*,?\s*(?:-|to|until|till|bis|(?:and\s+)?(?:continues|runs|lasts)\s+until)\s*"
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?:(?P<ap>[ap]\.?m\.?)|uhr|(?<=:\d\d))(?P<ap2>)"
    + _LOCAL
    + _ON_WEEKDAY,
    FLAGS,
)


def clock_each_day(text: str, first: Mention, second: Mention) -> bool:
    """ "from 7 p.m. Dec. 31 to 7 a.m. Jan. 1", "December 31 at 7pm to 1am January 1": two days
    each with its clock are a period's ends."""
    gap = text[first.end : second.start]
    if _TWO_CLOCKS_BETWEEN.match(gap) is not None:
        return True
    return (
        _CLOCK_BETWEEN_DAYS.match(gap) is not None
        and _CLOCK_BEFORE_DAY.search(text[: first.start]) is not None
    )


def _clock_of(match: re.Match[str]) -> time | None:
    ampm = match["ap"] or match["ap2"]
    if ampm:
        return clock12(match["h"], match["mi"], ampm)
    return clock(match["h"], match["mi"])
