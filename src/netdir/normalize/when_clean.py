"""A date text made readable before the rules run: dashes and spaces made one kind, misspelt
month names, words glued to a date („Samstag,12.März“), bell clocks, ordinals, c.t./s.t."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_academic_quarter import academic_clocks
from netdir.normalize.when_approximate_ends import approximate_ends_dropped
from netdir.normalize.when_badge_weekday import weekday_before_badge_day
from netdir.normalize.when_bracket_clocks import bracket_clocks_opened
from netdir.normalize.when_calendars import without_old_style
from netdir.normalize.when_colonless_clocks import colons_put_back
from netdir.normalize.when_comma_days import comma_days_dotted, ordinal_list_dotted
from netdir.normalize.when_dated_bare_hours import dated_hours_marked
from netdir.normalize.when_day_slips import day_slips_mended
from netdir.normalize.when_detached_ordinals import month_the_ordinal_joined, ordinals_rejoined
from netdir.normalize.when_dialect import standard_weekdays
from netdir.normalize.when_glued_dates import glued_dates_parted
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WD_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_hyphen_day_month import day_month_unhyphened
from netdir.normalize.when_label_day_dot import labelled_day_dotted
from netdir.normalize.when_letter_meridiems import letter_meridiems_spelt_out
from netdir.normalize.when_life_data import life_data_blanked
from netdir.normalize.when_next_month_day import next_month_day_plain
from netdir.normalize.when_order import looks_german
from netdir.normalize.when_range_notes import without_range_notes
from netdir.normalize.when_rule_bare_hours import rule_hours_marked
from netdir.normalize.when_run_label import run_label_dotted
from netdir.normalize.when_short_years import with_full_short_years
from netdir.normalize.when_spoken_ordinal_days import spoken_ordinal_days_dotted
from netdir.normalize.when_step_labels import start_step_label_dropped
from netdir.normalize.when_times import (
    NOON,
    spoken_clock,
)
from netdir.normalize.when_typo_years import with_mistyped_years_mended
from netdir.normalize.when_undotted_opening import (
    DAY_MONTH,
    MONTH_DOT,
    UNDOTTED_DAY_MONTH,
    dotted_opening_days,
)
from netdir.normalize.when_weekday_ranges import weekday_ranges_as_adverbs
from netdir.normalize.when_weekday_then_ordinals import ordinals_before_weekday
from netdir.normalize.when_weekday_typos import weekday_typos_mended
from netdir.normalize.when_words import (
    GERMAN_WEEKDAY_ALT,
    MONTHS,
    alternation,
    has_any,
    lowered_for_cues,
)

# "SepSeptember 1 2020": a calendar badge's abbreviation glued to the month's own name.
_GLUED_MONTH = lazy_re.compile(
    r"\b(?P<abbr>" + alternation(frozenset(m for m in MONTHS if len(m) <= 4)) + r")(?=(?P=abbr)\w)",
    FLAGS,
)
# "FRIDAY JULY o5": a day's leading zero typed as the letter o after a month name.
_LETTER_O_DAY = lazy_re.compile(r"\b(?P<m>(?:" + MONTH_ALT + r")\.?\s+)[oO](?P<d>[1-9])\b", FLAGS)
_O_DIGIT = lazy_re.compile(r"\s[oO][1-9]\b")  # what a day typed with the letter o needs
_DIGIT_THEN_O = lazy_re.compile(r"[0-9][oO]")  # what a year typed with the letter o needs
_GLUED_PAIRS = tuple(m + m for m in MONTHS if len(m) <= 4)  # what a glued month needs
_SUNDAY_AND_HOLIDAY = lazy_re.compile(r"\bSonn-\s*und\s+Feier\w*?tag(?P<s>s|en|e)?\b", FLAGS)
_DASHES = lazy_re.compile(r"[‐‑‒–—―−]")
_SPACES = lazy_re.compile(r"\s+")
# "um 9Uhr30", "um 13Uhr30": the minutes written after "Uhr" glued to it, as club reports type a
# clock (glued: "9Uhr30" reads as "9 Uhr" and a stray 30 otherwise).
_UHR_MINUTES = lazy_re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\s?Uhr(?P<mi>[0-5]\d)(?!\d)")
# "ab 9:Uhr": a clock's colon typed but its minutes left out (a dates list's "9:00" half edited);
# the hour alone ("9:Uhr" reads as no clock otherwise).
_EMPTY_MINUTES = lazy_re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):\s?(?=Uhr\b)")
# „am 12. Juni 2020 um 14. Uhr“ (round 292): a stray dot after the hour; „Los geht es um 19:30
# 19:00 Uhr“ (round 293): a struck-out clock left beside its correction (no „bis“ or dash
# between), the second the one meant.
_DOTTED_HOUR = lazy_re.compile(r"\b(?P<at>um|ab|gegen)\s+(?P<h>[01]?\d|2[0-3])\.\s*(?=Uhr\b)")
_CORRECTED_CLOCK = lazy_re.compile(
    r"\b(?P<at>um|ab)\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?P<new>(?:[01]?\d|2[0-3])[:.][0-5]\d\s*Uhr)\b"
)
# „um 19 h 30“, „10 – 10 h 30“, „14h30“: the minutes written after an „h“ for the hour, as an author's
# announcements in Hamburg (and French-schooled clubs) type a clock ("19 h 30" read as 19:00 and a
# stray 30 otherwise).
_H_MINUTES = lazy_re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\s?h\s?(?P<mi>[0-5]\d)(?![\d.:])")
# "15h c.t.", "18 Uhr c.t." (cum tempore, the academic quarter): a quarter past the hour;
# („Jeden dritten Donnerstag im Monat um 18.30 c.t.“, „um 11.45 c.t.“: a quarter after any clock,
# 18:45 and 12:00)
_CUM_TEMPORE = lazy_re.compile(
    # "18 Uhr c.t,.": a typed comma after the t
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?:uhr|h)?\s*"
    r"c\.\s?t(?:\.|,|(?![^\W\d_]))"
    # "18 Uhr ct." (the dot after the c left out; "ct" alone after a clock is no other word)
    r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?\s*(?:uhr|h)\s*ct(?:\.|,|(?![^\W\d_]))",
    FLAGS,
)
# "from 0000 UTC through 2359 UTC", "between July 3rd 1800Z and July 5th 2359Z", "Breakfast on the
# farm June 2, 0800-1300": radio amateurs' and the military's clocks, hours and minutes run
# together. Only with a zone after them or as a range whose first clock has its leading zero (a
# year, "2010-2015", never starts with 0).
_RUN_TOGETHER_CLOCK = lazy_re.compile(
    r"(?<![\d.:/,-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s?(?:Z|UTC|GMT)\b)"
    r"|(?<![\d.:/,-])(?P<h1>0\d)(?P<m1>[0-5]\d)\s?-\s?(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)(?![\d:/-])(?![.,]\d)"
)
# "09 March, CLUG meeting, 1700-1800 at the University", "from 1300 to 1545", "Ubuntu Hour
# 1800-1900 hours": a user group's minutes in the 24-hour clock without the leading zero. Read as
# clocks only in a text that names a month or a weekday and is not German (German writes "17.00"
# or "1700 Uhr"; "Bilder von 1800-1900" are years), after that day, "from" or "at" or before
# "hours" ("works 1500-1600 open on 3 May" are years), when both minutes are on the five-minute
# grid and the range lasts from a quarter of an hour to twelve hours (years, "1914-1918",
# "2010-2015", are not; a century, "1800-1900", beside a day is taken as the evening's hour).
_RUN_TOGETHER_RANGE = lazy_re.compile(
    r"(?<![\d.:/,#-])(?P<h1>1\d|2[0-3])(?P<m1>[0-5][05])\s?(?:-|to|until)\s?"
    r"(?P<h2>1\d|2[0-3])(?P<m2>[0-5][05])(?![\d:/-])(?![.,]\d)"
)
# "scheduled for 14 may from 1500 until ? in Chandler": one such clock after "from" before
# "until"/"till"/"to".
_FROM_RUN_TOGETHER = lazy_re.compile(
    r"\bfrom\s+(?P<h>1\d|2[0-3])(?P<mi>[0-5][05])(?=\s+(?:until|till|to)\b)", FLAGS
)
_CLOCK_CUE_BEFORE = lazy_re.compile(r"\b(?:from|at)\s+$", FLAGS)
_HOURS_AFTER = lazy_re.compile(r"\s*(?:hours|hrs|h)\b", FLAGS)
_SPAN_OF_YEARS_BEFORE = lazy_re.compile(r"\b(?:from|between|since|in|of|the)\s+$", FLAGS)
_FOUR_DIGITS = lazy_re.compile(r"(?<![\d.:])[12]\d[0-5][05](?!\d)")
_DAY_WORD = lazy_re.compile(r"\b(?:" + MONTH_ALT + "|" + WEEKDAY_FULL_ALT + r")\b", FLAGS)


def _run_together_range(found: re.Match[str]) -> str:
    start = int(found["h1"]) * 60 + int(found["m1"])
    length = int(found["h2"]) * 60 + int(found["m2"]) - start
    if not 15 <= length <= 12 * 60:
        return found[0]
    if found["m1"] == found["m2"] == "00" and _SPAN_OF_YEARS_BEFORE.search(
        found.string, 0, found.start()
    ):
        return found[0]  # "paintings from 1800-1900": a century
    if (
        _DAY_WORD.search(found.string, 0, found.start()) is None
        and _CLOCK_CUE_BEFORE.search(found.string, 0, found.start()) is None
        and not _HOURS_AFTER.match(found.string, found.end())
    ):
        return found[0]  # "works 1500-1600 open on 3 May": clocks follow their day or "from"
    return f"{found['h1']}:{found['m1']}-{found['h2']}:{found['m2']}"


# "09.11 - 10.11. Fahrt der Aktiven", "20.08 bis 19.09.2021": a range's first day written without
# its closing dot (a clock range, "10.30 - 11.30.", has no month in its minutes).
_UNDOTTED_FIRST_DAY = lazy_re.compile(
    rf"(?<![\d.:]){UNDOTTED_DAY_MONTH}(?=(?:\s?-\s?|\s+bis\s+){DAY_MONTH}\.(?:(?:19|20)\d{{2}})?(?!\d))"
)
# "Wann: 23.-25.06 Wo: Zeltwiese": a range's last day written without its closing dot (a clock's
# minutes are no month: "18.-19.30 Uhr" is not read).
_UNDOTTED_LAST_DAY = lazy_re.compile(
    r"(?<![\d.:])(?P<pre>(?:0?[1-9]|[12]\d|3[01])\.(?:(?:0?[1-9]|1[0-2])\.)?\s?-\s?)"
    rf"{UNDOTTED_DAY_MONTH}(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)
# "So. 01.12 - 24.12 | Adventsfenster Oberdorf": a programme row's run behind its weekday, both days
# without their closing dots (the weekday makes them days: no clock range follows one, and a
# clock's "Uhr" after it is not read); so behind „vom“, the article of a first day („vom 08.10-10.10“:
# hours run „von … bis“).
_UNDOTTED_WEEKDAY_RUN = lazy_re.compile(
    # („Vom 08.10-10.10 kannst du …“: „vom“ opens a run of days; hours are „von … bis“.)
    r"(?P<pre>\b(?:(?:" + WD_ALT + r")\.?,?|vom)\s)(?P<d>0[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])"
    r"(?P<sep>\s?[-–]\s?)(?P<d2>0[1-9]|[12]\d|3[01])\.(?P<m2>0[1-9]|1[0-2])(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)
# "2024 | 06.01 14:00 | Weihnachtsbaumaktion": a table's day without its closing dot before a
# clock with a colon.
_UNDOTTED_DAY_BEFORE_COLON_CLOCK = lazy_re.compile(
    rf"(?<![\d.:]){UNDOTTED_DAY_MONTH}(?=\s(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
)
# "am letzten Donnerstag des Oktobers", "am ersten Sonntag des Monats Oktober": the month in the
# genitive after a weekday is "im Oktober".
_GENITIVE_MONTH = lazy_re.compile(
    # ("am ersten Sonntag im Monat Juli": "im Monat" before the month's name says no more)
    r"\b(?P<wd>"
    + WEEKDAY_FULL_ALT
    + r")\s+(?:des\s+(?:Monats\s+)?|im\s+Monat\s+)(?P<mn>"
    + MONTH_ALT
    + r")s?\b",
    re.IGNORECASE,
)
# "Second (2nd) and Fourth (4th) Monday of each month", "am zweiten (2.) Dienstag": an ordinal
# word followed by its numeral in brackets says it twice; the bracket goes.
_ORDINAL_NUMERAL_BRACKET = lazy_re.compile(
    r"\b(?P<w>first|second|third|fourth|fifth|last|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?"
    r"|vierte[nmrs]?|f(?:ü|ue)nfte[nmrs]?|letzte[nmrs]?)\s*\(\s*(?:\d{1,2}(?:st|nd|rd|th|\.)?|last)\s*\)",
    re.IGNORECASE,
)
_COMPOUND_ELLIPSIS = lazy_re.compile(
    r"\b(?P<stem>[A-ZÄÖÜ][a-zäöüß]{2,}?)(?P<first>(?:sonn|mon|diens|mittwoch|donners|frei|sams)tag"
    r"|mittwoch|abend)\s+(?P<join>und|bis|oder)\s+-(?P<second>(?:sonn|mon|diens|donners|frei|sams)tag"
    r"|mittwoch|abend)\b"
)
# "Pfingstsamstag,-sonntag und -montag": a list's middle compound after a comma shares the stem too
_COMPOUND_LIST_ELLIPSIS = lazy_re.compile(
    r"\b(?P<stem>[A-ZÄÖÜ][a-zäöüß]{2,}?)(?P<first>(?:sonn|mon|diens|mittwoch|donners|frei|sams)tag"
    r"|mittwoch)\s*,\s*-(?P<second>(?:sonn|mon|diens|donners|frei|sams)tag|mittwoch)\b"
)
# "Am 21.09, 23.09., 28.09. und 05.10.2023": a listed day written without its closing dot before
# the next listed day (a clock has no month in its minutes: "um 10.30, 11.30."); "Do, 16.11, Fr,
# 17.11., & Sa, 19.11., 20h": the next listed day behind its weekday.
_UNDOTTED_LISTED_DAY = lazy_re.compile(
    rf"(?<![\d.:]){UNDOTTED_DAY_MONTH}(?=,\s?(?:(?:{WD_ALT})\.?,?\s?)?{DAY_MONTH}\.)",
    FLAGS,
)
# "am 23.03 um 18 Uhr … sowie am 24.03. um 17 Uhr": a day after "am" without its closing dot
# before its clock (a clock after "am" would not take another).
_UNDOTTED_DAY_BEFORE_CLOCK = lazy_re.compile(
    # („ab 24.12 um 9:00“: a day from which something is offered, its clock after it, the same)
    # ("Come around on 15.10 from 17:05 to K008 !": the English twin of a German page writes the
    # day as the German does, round 268, its clock after "from" or "at")
    rf"(?:(?<=\ba[mb]\s)|(?<=\bon\s)){UNDOTTED_DAY_MONTH}(?=\s(?:um|ab|von|from|at)\s\d)"
)
# "der am 10. Juni … beginnt und am 11.06 mit der Sparkassen Gala … ausklingt": a padded day and
# month after "am", its month's dot left out before a word (a clock after "am" has no month, and a
# measure's decimals, "am 12.05 km", or "Uhr" after it are not read).
_UNDOTTED_DAY_BEFORE_WORD = lazy_re.compile(
    r"(?<=\bam\s)(?P<d>0[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])"
    r"(?=\s(?!(?:uhr|h|km|m|kg|cm|mm|min|std)\b)[^\W\d])",
    FLAGS,
)
# "Treffpunkt ist: 🗓 21.05 🕚 um 11:00 Uhr", "Kommt am 🗓 15.9 🕞 um 16:00 Uhr": a calendar emoji
# labels what follows it as a day, as "Datum:" does, its month's dot left out (a clock gets a clock
# emoji or "Uhr", and a number before "Uhr" is not read).
_UNDOTTED_DAY_AFTER_CALENDAR = lazy_re.compile(
    rf"(?P<pre>[\U0001F4C5\U0001F4C6\U0001F5D3]\ufe0f?\s?){UNDOTTED_DAY_MONTH}(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)
_CALENDAR_EMOJIS = ("\U0001f4c5", "\U0001f4c6", "\U0001f5d3")
# "MINT Konvent: 16.06, 15 Uhr": after a label's colon a padded day and month, then a comma and a
# clock of its own — the first is the day, its month's dot left out (a clock has no second clock
# after a comma; round 212's minutes).
_UNDOTTED_DAY_AFTER_LABEL = lazy_re.compile(
    r"(?<=[^\W\d]:\s)(?P<d>0[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])"
    r"(?=,\s(?:[01]?\d|2[0-3])(?:(?::[0-5]\d)?\s?(?:uhr|h)\b|:[0-5]\d(?!\d)))",
    FLAGS,
)
# "Sa., 3. 12, 17.00 Uhr": after a weekday, a day and its month split by a space, the month's dot
# left out before the clock's comma (a bare "3. 12" elsewhere may be a count).
_SPACED_UNDOTTED_DAY = lazy_re.compile(
    r"(?P<wd>\b(?:" + WD_ALT + r")\.,\s)(?P<d>0?[1-9]|[12]\d|3[01])\.\s(?P<m>0?[1-9]|1[0-2])"
    r"(?=,\s(?:[01]?\d|2[0-3])[.:][0-5]\d\b)",
    FLAGS,
)
# "<span>Sa.</span>03.02.2018": a weekday's abbreviation in an element of its own, its dot
# glued to the day that follows (a browser shows "Sa.03.02.2018"); a space goes between them.
# ("Sa.15.10 | 19:30 | Konzert", "Fr.09.09": the day's closing dot left out as well — the weekday
# still makes it a day; no digit, clock's colon or "Uhr" may follow it)
_GLUED_WEEKDAY = lazy_re.compile(
    r"\b(?P<wd>" + WD_ALT + r")\.(?=\d{1,2}\.\d{1,2}(?:\.|(?![\d:])(?!\s*(?:uhr|h)\b)))", FLAGS
)
# "Donnerstag 06.06.2024 18:30 -- 21:00 Uhr": a range's dash typed as two hyphens (or three:
# "21.09. von 16.00 --- 21.00 Uhr"), also before the last day's weekday: „Mo. 04.10.2010--Mo.
# 8.11.2010“ (round 261).
_DOUBLE_HYPHEN = lazy_re.compile(r"(?<=\d)\s*---?\s*(?=\d|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.\s?\d)")
# "18:00 Uhr - 19 Uhr / 19:30 Uhr": two clocks with "Uhr" joined by a slash are alternatives (an
# end at 19 or at 19.30); the first is read, the slash's other left out.
_CLOCK_OR_CLOCK = lazy_re.compile(
    r"(?P<first>(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr)\s*/\s*"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr\b",
    FLAGS,
)
_SPACED_DOT = lazy_re.compile(r"(?<=\d)\s+\.(?=\s*[^\W\d_])")
# A zero-width space after each dot ("08.\u200b07.\u200b2025", a CMS's line-break hint), a
# soft hyphen, a word joiner, a byte-order mark: a browser shows none of them.
# „Musikfest am 20. u.21. Juli 2013“: „und“ cut to „u.“ between two days (a space after it or not).
_ABBREVIATED_AND = lazy_re.compile(r"(?<=\d\.)\s*u\.\s*(?=\d{1,2}\.)")
# „am 15., 16., und 17. April“: the serial comma before „und“ between bare days, which German
# lists leave out („15., 16. und 17. April“ is one run of days, see ``when_day_lists``).
_SERIAL_COMMA_AND = lazy_re.compile(r"(?<=\d\.),\s*(?=und\s+\d{1,2}\.)")
_INVISIBLE_MARKS = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
# „Am 7./.8./9. November“: a stray dot after the slash between days of a run (round 257)
_STRAY_DOT_AFTER_SLASH = lazy_re.compile(r"(?<=\d\./)\.(?=\d{1,2}\.)")
# „Allererstes Biotop-Treffen (28.-30.-07.2017)“: a hyphen typed again before the month of a
# run of days (round 279), which „28.-30.07.2017“ writes without; the month and year follow.
_HYPHEN_BEFORE_MONTH = lazy_re.compile(
    r"(?<![\d.])(?P<run>[0-3]?\d\.\s?-\s?[0-3]?\d\.)-(?=[01]?\d\.(?:19|20)\d{2}(?!\d))"
)
# „18..05.2026“: the day's dot typed twice in a numeric date; nothing else writes two dots
# between a day and a month that a year follows (a run of numbers is „1...3“ or „1–3“). Also
# mended in a page's text before its dates are looked for (``extract.doubled_day_dots``).
DOUBLED_DAY_DOT = lazy_re.compile(
    r"(?<![\d.])(?P<day>0?[1-9]|[12]\d|3[01])\.\.(?=(?:0?[1-9]|1[0-2])\.(?:19|20)?\d\d(?![\d.]\d))"
)


def _month_typos() -> dict[str, str]:
    """Long month names with two neighbouring letters swapped ("Okotber") or, from seven letters
    on, one letter after the third mistyped ("Septemner") or left out ("Sepember"), or one letter
    too many after the second ("Setptember", "Novembber": a finger on the neighbouring key), to
    their spelling. Only read right after a day's number (``_DAY_THEN_WORD``), where no other word
    of that shape stands."""
    names = [name for name in MONTHS if len(name) >= 6 and name.isalpha()]
    typos: dict[str, str] = {}
    for name in names:
        for i in range(len(name) - 1):
            swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            if swapped != name and swapped not in MONTHS:
                typos[swapped] = name
    for name in (name for name in names if len(name) >= 7):
        for i in range(3, len(name)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                typo = name[:i] + letter + name[i + 1 :]
                if typo != name and typo not in MONTHS:
                    typos.setdefault(typo, name)
        for i in range(3, len(name)):
            dropped = name[:i] + name[i + 1 :]
            if dropped not in MONTHS:
                typos.setdefault(dropped, name)
        for i in range(2, len(name) + 1):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                typos.setdefault(name[:i] + letter + name[i:], name)
    return typos


_MONTH_TYPOS = _month_typos()
# "Der Beginn ist jeweils samstags nach dem 11-Uhr-Läuten", "nach dem 18- Uhr-Glockenschlag": the
# bells that ring the hour say it.
_BELL_CLOCK = lazy_re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])-\s?Uhr-(?:Läuten|Geläut|Glockenschlag|Glockenläuten)\b"
)
# "Am Freitag, dem 2. Okotber": a day, then a long word that may be a month name misspelt.
_DAY_THEN_WORD = lazy_re.compile(r"\d\.\s?(?P<w>[^\W\d_]{6,10})\b")


def _month_spelt(found: re.Match[str]) -> str:
    name = _MONTH_TYPOS.get(found["w"].lower())
    if name is None:
        return found.group(0)
    return found.group(0)[: found.start("w") - found.start()] + name.capitalize()


def respell_months(text: str) -> str:
    """„21. Septemner 2025“ → „21. September 2025“: a month name misspelt right after a day."""
    return _DAY_THEN_WORD.sub(_month_spelt, text) if "." in text else text


def retyped_days(text: str) -> str:
    """„21. Septemner 2025“ → „21. September 2025“, "JULY o5" → "JULY 05": a misspelt month,
    a day whose leading zero is the letter o."""
    return zero_typed_as_o(respell_months(text))


def zero_typed_as_o(text: str) -> str:
    """ "FRIDAY JULY o5" → "FRIDAY JULY 05": a day after a month name whose leading zero is
    typed as the letter o. So are the zeros of a year after the month („3. Februar 2oo5“) and
    of a clock before „Uhr“ („2o.oo Uhr“), as an old wiki page writes them."""
    if "o" not in text and "O" not in text:
        return text
    if _O_DIGIT.search(text) is not None:
        text = _LETTER_O_DAY.sub(r"\g<m>0\g<d>", text)
    # Each pattern tries a month word or a lookahead at every position (a text's date and its
    # block's text pass here, ~20 µs a text); what each changes needs a cheaper sign first.
    if _DIGIT_THEN_O.search(text) is not None:  # a year's first „o“ follows a digit: „2oo5“
        text = _LETTER_O_YEAR.sub(lambda m: m["m"] + _zeros(m["y"]), text)
    if "uhr" in text.lower():
        text = _LETTER_O_CLOCK.sub(lambda m: f"{_zeros(m['h'])}{m['sep']}{_zeros(m['mi'])}", text)
    return text


def _zeros(token: str) -> str:
    return token.replace("o", "0").replace("O", "0")


# „Februar 2oo5“: a year (19xx/20xx) after a month name, a zero of it typed as the letter o.
_LETTER_O_YEAR = lazy_re.compile(
    r"\b(?P<m>(?:" + MONTH_ALT + r")\.?\s+)(?P<y>(?=[12][0-9oO]{3}\b)(?=\S*[oO])[12][0-9oO]{3})\b",
    FLAGS,
)
# „2o.oo Uhr“, „1o:3o Uhr“: a clock before „Uhr“ with a zero typed as the letter o (a digit
# in it, so „oo.oo“ stays).
_LETTER_O_CLOCK = lazy_re.compile(
    r"(?<![\w.:])(?=[0-9oO]{1,2}[.:][0-9oO]{2}\s*Uhr\b)(?=[^\s]*[oO])(?=[^\s]*\d)"
    r"(?P<h>[0-9oO]{1,2})(?P<sep>[.:])(?P<mi>[0-9oO]{2})(?=\s*Uhr\b)",
    FLAGS,
)


# "(1. 3. und ggf. 5. Dienstag im Monat)": a month's weekdays counted with a space between the
# numbers (no day and month: a weekday follows); a comma is put after the first.
_SPACED_ORDINALS = lazy_re.compile(
    r"(?<![\d.])(?P<n>[1-5])\.(?=\s[1-5]\.\s*(?:(?:,|und|oder|sowie|&)\s*"
    r"(?:ggf\.\s*|gegebenenfalls\s+|evtl\.\s*)?[1-5]\.\s*)?(?:" + WEEKDAY_FULL_ALT + r"))",
    FLAGS,
)
# "14.07.23, 15. - 20 . Uhr | Sommerfest" (the space before the dot already gone): hours with a
# stray dot after each, "Uhr" after the second.
_DOTTED_HOUR_RANGE = lazy_re.compile(
    r"(?<![\d.])(?P<h1>[01]?\d|2[0-3])\.\s*-\s*(?P<h2>[01]?\d|2[0-3])\.?\s*Uhr\b"
)
# "Dezember | 2025 | Adventsfenster": a programme row's month and year in cells of their own.
_MONTH_CELL_YEAR = lazy_re.compile(
    r"(?<![\w.])(?P<mn>" + MONTH_ALT + r")\s*\|\s*(?P<y>(?:19|20)\d{2})(?![\d.])", FLAGS
)
# "Vom 19. bus zum 21. September": "bis" mistyped between a run's two days.
_RUN_BUS_TYPO = lazy_re.compile(r"\b(?P<pre>vom\s+\d{1,2}\.)\s+bus\s+(?=(?:zum\s+)?\d)", FLAGS)
# "Vom 16. Dezember 2024 bis num 06. Januar 2025": "zum" mistyped after a run's "bis".
_BIS_NUM_TYPO = lazy_re.compile(r"\bbis\s+num\s+(?=\d)", FLAGS)
# "November 17 at 5:030 PM": a clock's minutes typed with a zero too many before its mark.
_PADDED_MINUTES = lazy_re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):0(?P<m>[0-5]\d)(?=\s*(?:[ap]\.?m\b|uhr\b))", FLAGS
)

# "14.06. 12:00 - 15.06. ~12:00": a tilde for "about" before a clock (the clock is the time).
_APPROXIMATE_CLOCK = lazy_re.compile(r"~\s*(?=(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\b|\s*Uhr\b))", FLAGS)
# "Am 3.11 2015 gründet sich …": a heading's or sentence's opening day and month before the year
# with the month's dot left out (only after an opening "Am": a post's stamp "31.03 2020 …" or
# "des Protokolls der Mitgliederversammlung am 03.04 2009" name no event's day, and a number
# like "Raum 3.11 2015" stays).
_UNDOTTED_MONTH_BEFORE_YEAR = lazy_re.compile(
    r"(?<=^am\s)(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\s+"
    r"(?P<y>(?:19|20)\d{2})(?![\d.:])",
    FLAGS,
)


# "Donnerstag |  | 18:30 - 20:00": a table row's empty cell (the youth team has no Thursday
# training, the first team's hours follow) between a weekday and its hours; dropped, the row
# reads as its filled cells.
_EMPTY_CELL = lazy_re.compile(r"\|[^\S\n]*(?=\|)")


# "Am 22.05.2026 (nachmittags) und am 23.05.2026 (vormittags)": a part of the day in brackets
# after its day, read as without them (the brackets hid the "und" joining two following days).
_BRACKETED_DAY_PART = lazy_re.compile(
    r"\((?P<w>vormittags|nachmittags|mittags|morgens|abends|ganztags|ganztägig)\)", FLAGS
)


def _cells_and_typos_mended(text: str) -> str:
    """A month and its year split into a table's cells joined; a run's mistyped "bis" or
    "zum", a clock's zero-padded minutes, a tilde before a clock and a month's dot left out
    before its year mended."""
    if "|" in text:
        text = _MONTH_CELL_YEAR.sub(r"\g<mn> \g<y>", text)
        text = _EMPTY_CELL.sub("", text)
    if "s)" in text or "g)" in text:
        text = _BRACKETED_DAY_PART.sub(r"\g<w>", text)
    if " bus " in text:
        text = _RUN_BUS_TYPO.sub(r"\g<pre> bis ", text)
    if " num " in text:
        text = _BIS_NUM_TYPO.sub("bis zum ", text)
    if ":0" in text:
        text = _PADDED_MINUTES.sub(r"\g<h>:\g<m>", text)
    if "~" in text:
        text = _APPROXIMATE_CLOCK.sub("", text)
    if " 19" in text or " 20" in text:
        text = _UNDOTTED_MONTH_BEFORE_YEAR.sub(r"\g<d>.\g<m>.\g<y>", text)
    return text


# "jeden ersten(neu!) Dienstag im Monat um 18:30 Uhr (neu)": a remark that marks a change.
_NEW_REMARK = lazy_re.compile(r"\s*\(\s*(?:neu|new)\s*!?\s*\)", re.IGNORECASE)


def _with_month_dots(text: str) -> str:
    """``text`` with the month's closing dot written where a day and month left it out and their
    context proves them a date, not a clock („10.30“): one case a context, in this order (each
    reads the dots the ones before wrote: „09.11 - 10.11.“ after „21.09, 23.09.“), and last a
    list row's opening day (``dotted_opening_days``, which needs no context but the padding).
    (``when_lists.with_list_dots``, three undotted days after „am“, stays apart: the list's
    reading runs it on the raw text before splitting it, which never passes through here.)"""
    if "," in text and "." in text:
        text = _UNDOTTED_LISTED_DAY.sub(MONTH_DOT, text)
    if ("am " in text or "ab " in text or "on " in text) and "." in text:
        text = _UNDOTTED_DAY_BEFORE_CLOCK.sub(MONTH_DOT, text)
        text = _UNDOTTED_DAY_BEFORE_WORD.sub(MONTH_DOT, text)
    if "." in text and any(mark in text for mark in _CALENDAR_EMOJIS):
        text = _UNDOTTED_DAY_AFTER_CALENDAR.sub(r"\g<pre>" + MONTH_DOT, text)
    if " -" in text or ".-" in text or " bis " in text or "om " in text:
        text = _UNDOTTED_WEEKDAY_RUN.sub(r"\g<pre>\g<d>.\g<m>.\g<sep>\g<d2>.\g<m2>.", text)
        text = _UNDOTTED_FIRST_DAY.sub(MONTH_DOT, text)
    if " -" in text or ".-" in text:
        text = _UNDOTTED_LAST_DAY.sub(r"\g<pre>" + MONTH_DOT, text)
    if "., " in text:
        text = _SPACED_UNDOTTED_DAY.sub(r"\g<wd>" + MONTH_DOT, text)
    if ":" in text and "." in text:
        text = _UNDOTTED_DAY_BEFORE_COLON_CLOCK.sub(MONTH_DOT, text)
        if ", " in text:
            text = _UNDOTTED_DAY_AFTER_LABEL.sub(MONTH_DOT, text)
    return dotted_opening_days(text)  # „19.07 Nürnberg …“, „23-27.08 Krk“


def clean_date_text(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\u202f", " ").translate(_INVISIBLE_MARKS)
    if "\u2019" in text:
        text = text.replace("\u2019", "'")  # "New Year’s Eve": the typographic apostrophe
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    text = glued_dates_parted(text)  # „14. 07. 2012.29. 07. 2012“: a range's dash lost
    text = life_data_blanked(text)  # „Teuscher, *22.09.1873, †10.08.1924, …“: a life's days
    text = standard_weekdays(text)  # Swiss "de Donnstig": am Donnerstag
    text = weekday_typos_mended(text)  # "Freitgas · 18:00 Uhr": Freitags
    text = weekday_before_badge_day(text)  # „9. Sa März“ from a stacked badge: Sa 9. März
    text = _cells_and_typos_mended(text)  # "Dezember | 2025", "Vom 19. bus zum 21."
    text = ordinals_rejoined(text)  # "January 18 th , 2018": a <sup>th</sup> read apart
    text = month_the_ordinal_joined(text)  # "On Thursday, March the 7th"
    text = spoken_ordinal_days_dotted(text)  # „am Sonntag den 11ten Januar 2026“
    text = next_month_day_plain(text)  # „Wir treffen uns am nächsten 16.“: am 16.
    text = day_month_unhyphened(text)  # "starting 17-October"
    text = comma_days_dotted(text)  # „21,22,23 April“: three days of April
    text = ordinal_list_dotted(text)  # „2nd, 3rd, 4th & 5th October“: four days of October
    text = colons_put_back(text)  # „01/09/2022, 130 pm“: 1:30 pm
    if "u." in text:
        text = _ABBREVIATED_AND.sub(" und ", text)  # „am 20. u.21. Juli“
    if "., und" in text:
        text = _SERIAL_COMMA_AND.sub(" ", text)  # „am 15., 16., und 17. April“
    if "/." in text:
        text = _STRAY_DOT_AFTER_SLASH.sub("", text)  # „Am 7./.8./9. November“
    if ".-" in text:
        text = _HYPHEN_BEFORE_MONTH.sub(r"\g<run>", text)  # „(28.-30.-07.2017)“
    if ".." in text:
        text = DOUBLED_DAY_DOT.sub(r"\g<day>.", text)  # „18..05.2026“
    if "aufzeit" in text or "eitraum" in text or "dauer" in text:
        text = run_label_dotted(text)  # „Laufzeit: 23.8 - 13.9, Di-Fr 13-17“
    text = labelled_day_dotted(text)  # „Wann: 13.10 - 18:00 Uhr“: the 13 October at 18:00
    text = day_slips_mended(text)  # „Am 22. und 23.06 findet …“, „Donnerstag(10.09)“, „3.en“
    text = start_step_label_dropped(text)  # „… 17:00 - opening - 13.04.2025 - 23:59 - closing“
    text = weekday_ranges_as_adverbs(text)  # "Di-Sa 10-18 Uhr": dienstags bis samstags
    text = rule_hours_marked(text)  # „jeden ersten Sonntag im Monat 14-17“: 14-17 Uhr
    text = dated_hours_marked(text)  # „Prüfungseinsicht Fr. 17.1., 10--11“: 10--11 Uhr
    text = ordinals_before_weekday(text)  # "Tuesdays: Second and Fourth"
    text = without_old_style(text)  # „5. Januar 2019 (jul.) / 18. Januar 2019 (greg.)“
    if " ." in text:
        text = _SPACED_DOT.sub(".", text)  # "Sa 20 . August 2022" from inline spans
    if has_any(lowered_for_cues(text), _GLUED_PAIRS):
        text = _GLUED_MONTH.sub("", text)
    text = retyped_days(text)  # "2. Okotber", "JULY o5": a month misspelt, a day mistyped
    text = with_mistyped_years_mended(text)  # „Mittwoch, 1.2.167“: 1.2.17, a Wednesday
    # "Nov. 09 - März 2010": November 2009; „26. Nov. 24, 19:30“: 26 November 2024
    text = with_full_short_years(text)
    if "." in text:
        text = _GLUED_WEEKDAY.sub(r"\g<wd>. ", text)
    if "Uhr-" in text:
        text = _BELL_CLOCK.sub(r"\g<h> Uhr", text)  # "nach dem 11-Uhr-Läuten": at 11
    text = spoken_clock(text)  # "um Viertel vor Elf", "halb acht", "um elf Uhr"
    text = letter_meridiems_spelt_out(text)  # "2:00p - 3:00p": 2:00 pm - 3:00 pm
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub(" - ", text)
    if "/" in text and ("Uhr" in text or "uhr" in text):
        text = _CLOCK_OR_CLOCK.sub(r"\g<first>", text)  # "19 Uhr / 19:30 Uhr": 19 Uhr
    text = _with_month_dots(text)  # „am 23.03 um 18 Uhr“, „19.07 Nürnberg …“
    text = approximate_ends_dropped(text)  # „bis ca 8.4.21“: the period's last day
    if ",-" in text or ", -" in text:
        for _ in range(2):  # "Pfingstsamstag,-sonntag,-montag": each middle item in turn
            text = _COMPOUND_LIST_ELLIPSIS.sub(r"\g<stem>\g<first>, \g<stem>\g<second>", text)
    if " -" in text and "und -" in text:
        # "am Pfingstmontag und -dienstag": the second compound shares the first one's stem
        text = _COMPOUND_ELLIPSIS.sub(r"\g<stem>\g<first> \g<join> \g<stem>\g<second>", text)
    if "(" in text:
        text = bracket_clocks_opened(text)  # "2024-04-21 (11:00) - 2024-04-28 (17:00)"
        text = without_range_notes(text)  # "16.06.2022 (Fronleichnam) bis zum Sonntag, 19.06.2022"
        text = _ORDINAL_NUMERAL_BRACKET.sub(r"\g<w>", text)
        if "neu" in text or "new" in text:
            text = _NEW_REMARK.sub("", text)  # "jeden ersten(neu!) Dienstag": a change marked
    if ". " in text:
        text = _SPACED_ORDINALS.sub(r"\g<n>.,", text)  # "1. 3. und 5. Dienstag": no 1 March
    if "Uhr" in text and (". -" in text or ".-" in text):
        text = _DOTTED_HOUR_RANGE.sub(r"\g<h1>-\g<h2> Uhr", text)  # "15. - 20 . Uhr"
    if "des " in text or "Monat " in text:
        text = _GENITIVE_MONTH.sub(r"\g<wd> im \g<mn>", text)
    if "Uhr" in text:
        text = _UHR_MINUTES.sub(r"\g<h>:\g<mi> Uhr", text)  # "um 9Uhr30": 9:30 Uhr
        if ":Uhr" in text or ": Uhr" in text:
            text = _EMPTY_MINUTES.sub(r"\g<h> ", text)  # "ab 9:Uhr": 9 Uhr
        if ". Uhr" in text or ".Uhr" in text:
            text = _DOTTED_HOUR.sub(r"\g<at> \g<h> ", text)  # „um 14. Uhr“: 14 Uhr
        text = _CORRECTED_CLOCK.sub(r"\g<at> \g<new>", text)  # „um 19:30 19:00 Uhr“: 19:00 Uhr
    if "h" in text:
        text = _H_MINUTES.sub(r"\g<h>:\g<mi> Uhr", text)  # "um 19 h 30": 19:30 Uhr
    text = academic_clocks(text)  # „14-16 c.t.“: 14:15-15:45 Uhr; „08.3o-10.oo“: 08.30-10.00
    if "c.t" in text or "c. t" in text or " ct" in text or "hct" in text:
        text = _CUM_TEMPORE.sub(_a_quarter_later, text)
    if "at " in text:
        text = _AT_RUN_TOGETHER.sub(r"at \g<h>:\g<mi>", text)
    if "ten " in text:
        text = _ORDINAL_RANGE.sub(_ordinal_range_as_digits, text)
    if "ags " in text or "ends" in text or "gens" in text:
        text = _HABITUAL_DAYPART.sub(lambda found: f"{found['wd'].lower()}s {found['part']}", text)
    if "Z" in text or "UTC" in text or "GMT" in text or "0-" in text or "0 -" in text:
        text = _RUN_TOGETHER_CLOCK.sub(_clock_with_colon, text)
    if (
        _FOUR_DIGITS.search(text) is not None
        and _DAY_WORD.search(text) is not None
        and not looks_german(text)
    ):
        text = _RUN_TOGETHER_RANGE.sub(_run_together_range, text)
        text = _FROM_RUN_TOGETHER.sub(r"from \g<h>:\g<mi>", text)
    if "onn-" in text:
        text = _SUNDAY_AND_HOLIDAY.sub(r"Sonntag\g<s>", text)  # "jeden Sonn- und Feiertag"
    if "thT" in text or "rdT" in text or "ndT" in text or "stT" in text:
        text = _FUSED_ORDINAL.sub(r"\g<o> ", text)  # "4thTuesday of the month"
    if ":" in text:
        # "3:00:00 PM" (a calendar plug-in's seconds), "5: 00 p.m." (a line broken after the
        # colon), "9 : 00 AM" (hour and minutes in spans of their own): the clock as people write it.
        text = _CLOCK_SECONDS.sub(r"\g<hm>", text)
        text = _BROKEN_CLOCK.sub(r"\g<h>:\g<mi>", text)
    if ". " in text and "m" in text:
        text = _SPACED_DOT_CLOCK.sub(r"\g<h>.\g<mi>", text)  # "at 7. 00 pm": a space typed
    if "etwa " in text or "ca. " in text or "circa " in text:
        text = _APPROXIMATE_MONTH.sub(r"\g<w> ", text)  # "von etwa April bis September"
    if "forth " in text:
        text = _FORTH.sub("fourth", text)  # "on the forth Thursday of each month": a typo
    if "p" in text:
        text = _SHORT_PM.sub(r"\g<clock>pm", text)  # "on Wednesdays from 4-6p"
    if "vening" in text:
        text = _EVENING_CLOCK.sub(lambda m: m[0] + "pm", text)  # "every Tuesday evening from 6.30"
    if ", " in text:
        text = _MONTH_COMMA_DAY.sub(r"\g<m> \g<d>", text)  # "September, 28th, 4pm - 10pm"
    if "clock" in text:
        text = _DAY_HOUR_OCLOCK.sub(r"\g<h>:00", text)  # "at 18 o’clock": 18:00
    if "thth" in text.lower() or "stst" in text.lower() or "ndnd" in text.lower():
        text = _DOUBLED_SUFFIX.sub(r"\g<o>", text)  # "SUNDAY 16thTH JUNE"
    return NOON.sub("12:00 p.m.", text) if "oon" in text or "ittag" in text else text


# "Date: Saturday, 28. February 2015 at 18 o’clock": an hour of the day's second half with
# „o'clock“, as a German writes English — no a.m./p.m. needed (one of 1-12 may be either).
_DAY_HOUR_OCLOCK = lazy_re.compile(r"(?<![\d.:])(?P<h>1[3-9]|2[0-3])\s*o'\s?clock\b", re.I)
# "on Monday 11th May at 7. 00 pm": a clock's minutes after a typed space (only before a.m./p.m.:
# "am 7. 10 Teilnehmer" is no clock).
_SPACED_DOT_CLOCK = lazy_re.compile(
    r"(?<![\d.:])(?P<h>0?[1-9]|1[0-2])\.\s+(?P<mi>[0-5]\d)(?=\s*[ap]\.?m\b)", re.I
)
# "Wer von etwa April bis September montags …": an approximate season's months read as its
# months.
_APPROXIMATE_MONTH = lazy_re.compile(
    r"\b(?P<w>von|vom|bis)\s+(?:etwa|ca\.|circa)\s+(?=(?:" + MONTH_ALT + r")\b)", FLAGS
)
_FORTH = lazy_re.compile(r"\bforth(?=\s+(?:" + WEEKDAY_FULL_ALT + r"|week|weekend)\b)", FLAGS)
# "Bike Repair Hours on Wednesdays from 4-6p", "every Sunday from 2:00-4:00p": a US listing's "p"
# for p.m. after a clock range or after "from"/"at" (a lone "5p" elsewhere may be a house number).
_SHORT_PM = lazy_re.compile(
    r"(?<![\w.:])(?P<clock>(?:(?<=from\s)|(?<=at\s))\d{1,2}(?::[0-5]\d)?"
    # "TIME: 7p sharp ... 6:30 early arrivals": a clock said to be kept to the minute
    r"|\d{1,2}(?::[0-5]\d)?(?=p\s+sharp\b)"
    r"|\d{1,2}(?::[0-5]\d)?\s*-\s*\d{1,2}(?::[0-5]\d)?)p(?![\w.])"
)
# "open every Tuesday evening from 6.30": a clock of the evening without its p.m.
_EVENING_CLOCK = lazy_re.compile(
    r"(?:(?<=\bevening\s)|(?<=\bevenings\s))(?:from|at|starting\s+at)\s+"
    r"(?P<clock>(?:[1-9]|1[01])(?:[.:][0-5]\d)?)(?![\d.:])(?!\s*(?:[ap]\.?m\b|o'clock|uhr))",
    re.I,
)
# "Wann? September, 28th, 4pm - 10pm": a comma between the month and its ordinal day.
_MONTH_COMMA_DAY = lazy_re.compile(
    r"\b(?P<m>" + MONTH_ALT + r"),\s+(?P<d>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b", re.I
)
# "WEREHAM OPEN GARDENS SUNDAY 16thTH JUNE": an ordinal's suffix typed twice.
_DOUBLED_SUFFIX = lazy_re.compile(r"\b(?P<o>\d{1,2}(?P<s>st|nd|rd|th))(?P=s)\b", re.I)


# "Das Training findet Mittwoch Nachmittags im Vereinsheim statt": a weekday, then a part of the
# day with the adverb's -s, is a habit ("mittwochs nachmittags"); "am Mittwoch abends" is one day.
_HABITUAL_DAYPART = lazy_re.compile(
    rf"(?<!\bam\s)(?<!\ban\s)(?<!\bden\s)\b(?P<wd>{GERMAN_WEEKDAY_ALT})"
    r"\s+(?P<part>vormittags|nachmittags|abends|morgens)\b",
    FLAGS,
)


# "Christmas party December 1, at 1730": minutes of a meeting in the 24-hour clock, hours and
# minutes run together after "at" (not a house number: "at 1730 Elm Street", "at 1730 N. 5th").
_AT_RUN_TOGETHER = lazy_re.compile(
    r"\bat\s+(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\d.,:/-])"
    r"(?!\s*(?:hours?\b|hrs\b)?\s*(?:[A-Z][\w.]*\s+){0,2}(?:st|street|ave|avenue|rd|road|blvd|boulevard"
    r"|dr|drive|lane|ln|way|hwy|highway|court|ct|place|pl|pkwy|parkway|suite|ste|n|s|e|w|north"
    r"|south|east|west)\b)",
    FLAGS,
)
# "Vom vierten bis zum siebten Mai": the days as ordinal words (the fourth to the seventh).
_ORDINAL_DAY_WORDS = {
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "sechsten": 6,
    "siebten": 7, "siebenten": 7, "achten": 8, "neunten": 9, "zehnten": 10, "elften": 11,
    "zwölften": 12, "dreizehnten": 13, "vierzehnten": 14, "fünfzehnten": 15, "sechzehnten": 16,
    "siebzehnten": 17, "achtzehnten": 18, "neunzehnten": 19, "zwanzigsten": 20,
    "einundzwanzigsten": 21, "zweiundzwanzigsten": 22, "dreiundzwanzigsten": 23,
    "vierundzwanzigsten": 24, "fünfundzwanzigsten": 25, "sechsundzwanzigsten": 26,
    "siebenundzwanzigsten": 27, "achtundzwanzigsten": 28, "neunundzwanzigsten": 29,
    "dreißigsten": 30, "einunddreißigsten": 31,
}  # fmt: skip
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_DAY_WORDS, key=len, reverse=True))
# Only a range's two ends with the month after the second ("vom ersten bis zum dritten Juni"),
# never a lone word ("am ersten Mai-Wochenende", "zum zweiten Mal").
_ORDINAL_RANGE = lazy_re.compile(
    rf"\b(?P<pre>vom|von|zwischen\s+dem)\s+(?P<a>{_ORDINAL_WORD})\s+(?P<join>bis(?:\s+zum)?|und\s+dem)\s+"
    rf"(?P<b>{_ORDINAL_WORD})\s+(?P<mn>{MONTH_ALT})\b",
    FLAGS,
)


def _ordinal_range_as_digits(found: re.Match[str]) -> str:
    first = _ORDINAL_DAY_WORDS[found["a"].lower()]
    second = _ORDINAL_DAY_WORDS[found["b"].lower()]
    return f"{found['pre']} {first}. {found['join']} {second}. {found['mn']}"


def _clock_with_colon(found: re.Match[str]) -> str:
    if found["h"]:
        return f"{found['h']}:{found['mi']}"
    return f"{found['h1']}:{found['m1']}-{found['h2']}:{found['m2']}"


_FUSED_ORDINAL = lazy_re.compile(
    r"\b(?P<o>\d{1,2}(?:st|nd|rd|th))(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
# (only before a.m./p.m.: "Fri Nov 24 08:00:00 CET 2017" is a machine's stamp)
_CLOCK_SECONDS = lazy_re.compile(r"(?<![\dT:.])(?P<hm>\d{1,2}:[0-5]\d):00(?=\s*[ap]\.?m\b)", re.I)
# ("Samstag 2025-04-12: 13 Uhr …": an ISO day's end and its colon, no broken clock)
# "5: 00 p.m." (a line broken after the colon), "9 : 00 AM" (hour and minutes in inline
# elements of their own, read with a space on each side of the colon).
_BROKEN_CLOCK = lazy_re.compile(
    r"(?<![\d:./-])(?P<h>\d{1,2})(?::\s+|\s+:\s*)(?P<mi>[0-5]\d)(?=\s*(?:[ap]\.?m\.?|uhr)\b)",
    re.I,
)


def _a_quarter_later(found: re.Match[str]) -> str:
    """„18 Uhr c.t.“ → „18:15 Uhr“, „18.30 c.t.“ → „18:45 Uhr“, „11.45 c.t.“ → „12:00 Uhr“ (a
    clock so late that its quarter runs into the next day keeps its own time)."""
    hour = int(found["h"] or found["h2"])
    minutes = hour * 60 + int(found["m"] or found["m2"] or 0) + 15
    if minutes >= 24 * 60:
        minutes -= 15
    return f"{minutes // 60}:{minutes % 60:02d} Uhr"
