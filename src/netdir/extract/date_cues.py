"""Cheap tests for "this text holds a date" in German and English, for the extractors' choices.

These patterns only *find* date phrases (is this block dated? where does the date phrase begin
and end?); reading them into days is ``netdir.normalize.when``'s job. They are deliberately
broader than the parser: a block the parser cannot read still looks like a dated row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from netdir import lazy_re
from netdir.normalize.when import date_role, parse_when
from netdir.normalize.when_grammar import WEEKDAY_FULL_ALT
from netdir.normalize.when_undotted_opening import UNDOTTED_OPENING_CUE
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, alternation

# (with the Austrian „Jänner“ and „Feber“ and the Swiss „Januer“ that ``when_words`` reads)
_MONTH_WORDS = (
    r"jan(?:uary|uar|uer)?|j(?:ä|ae)nner|feb(?:ruary|raury|ruar|er)?|m(?:ä|ae)rz?|mar(?:ch)?|apr(?:il)?|ma[iy]|jun[ie]?|"
    r"jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?"
)
MONTH_WORD = lazy_re.compile(rf"^(?:{_MONTH_WORDS})\.?$", re.IGNORECASE)
_WEEKDAY_WORDS = alternation(WEEKDAY_ABBREVIATIONS)
MONTH_YEAR = lazy_re.compile(rf"(?:{_MONTH_WORDS})\.?\s?\d{{4}}", re.IGNORECASE)
WEEKDAY_WORD = lazy_re.compile(rf"^(?:{_WEEKDAY_WORDS})\.?,?$", re.IGNORECASE)
DATE_LIKE = lazy_re.compile(
    # 12.03. / 12.03.2027 / 12. 3. 27 — but not "Raum 3.11.1" or a version "1.2.3"
    # („22.08. 19:00 Uhr“: a clock after the day is no two-digit year; nor are whole hours
    # after a space, „Am Samstag, den 12.11. 10-14 Uhr“, „12.11. 10 bis 14 Uhr“, „12.11. 10 Uhr“:
    # read as „12.11.10“ the day fell into 2010)
    rf"\b\d{{1,2}}\s?\.\s?\d{{1,2}}\.(?:\d{{2,4}}(?!:\d)|\s\d{{4}}(?!:\d)"
    r"|\s\d{2}(?![:.]\d|\s?(?:[–—-]|bis\b)\s?\d|\s?(?:uhr|h)\b))?(?!\d)"
    # 12. März 2027, 20 . August, 17 February 2015, 3rd of May
    # ("19. März '27": a year shortened with an apostrophe, as posters and ticket shops write it;
    # „11ten Januar“, „1ter Mai“: a German day with the ending of the spoken ordinal)
    rf"|\b\d{{1,2}}(?:\s?\.|st|nd|rd|th|s?te[nmrs]?)?\s?(?:of\s)?(?:{_MONTH_WORDS})\b\.?"
    # („Tue 20th Dec, 2011, 7.00pm“, „Tuesday 20 December, 2011“: a comma before the year, as
    # British ticket shops write it — a year of this or the last century, no number running on)
    r"(?:\s?\d{4}|,\s?(?:19|20)\d{2}(?![\d:.])|\s?['’‘](?:[0-9]{2})(?!\d))?"
    # „9. Sa März“: a badge that stacks the day, the weekday and the month, joined in that order
    # (``when_badge_weekday`` reads it)
    rf"|\b\d{{1,2}}\.\s?(?:{_WEEKDAY_WORDS}|{WEEKDAY_FULL_ALT})\.?,?\s(?:{_MONTH_WORDS})\b\.?(?:\s?\d{{4}})?"
    # 2027-03-12, 2019-9-18, and a stamp written out as text ("2019-01-17T00:00:00.000Z": a
    # script's date printed raw; the "T" after the day is no word boundary)
    r"|\b\d{4}-\d{1,2}-\d{1,2}(?:\b|(?=T\d{2}:\d{2}))"
    # „📅 Time: 2025/11/12“: the year first with slashes (``parse_when`` reads it) — a year of
    # this or the last century, a month and a day of their sizes, no fourth part running on (not
    # a path „2025/11/12/3“). Blog themes print a post's day so („<time>2024/05/15</time>“ under
    # a parish news card whose summary announces its fest for 15 June), so it dates a block only
    # where the page labels it as the time or date („Time:“, „Date:“, „When:“, „Datum:“) or a
    # clock follows it („2025/11/12 18:00“)
    r"|(?:(?<=time:)|(?<=time:\s)|(?<=date:)|(?<=date:\s)|(?<=when:)|(?<=when:\s)"
    r"|(?<=datum:)|(?<=datum:\s)|(?<=termin:)|(?<=termin:\s))"
    r"(?:19|20)\d{2}/(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\b(?![/\d])"
    r"|\b(?:19|20)\d{2}/(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?=,?\s\d{1,2}:\d{2})"
    # "Sa. 26.11", "Mo 28.11": a weekday makes a day and month without their final dot a date
    # (not a clock "Mo 10.30 Uhr": the second number is a month)
    rf"|(?<![^\W\d_])(?:{_WEEKDAY_WORDS})\.?,?\s?(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\b"
    r"(?![.\d]|[,:]\d|\s?(?:uhr|h)\b)"
    # "Sat, 11/18", "Mon, 1/8": a weekday makes a day and month with a slash and no year a date
    # (US order or European: the page decides, as for 09/07/23) — a full weekday name or a
    # capitalised English abbreviation, as ``when_mentions`` reads them ("so 1/2" is no Sunday)
    rf"|\b(?:{WEEKDAY_FULL_ALT}|(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun))\.?,?\s?"
    r"(?!24/7\b)(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\b(?![/\d])"
    # February 17, 2015 / Jan.31 / Jan 5 — but "August 19:00" is a month and a time
    # ("January 22-23, 2010", "December 7-8 2000": a run of days before the year keeps its
    # year — read as "January 22" alone, the run fell into the year the page was read in)
    rf"|\b(?:{_MONTH_WORDS})\.?\s?\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d)"
    r"(?:\s?[–—-]\s?\d{1,2}(?:st|nd|rd|th)?(?=,?\s?\d{4}\b))?(?:,?\s?\d{4}\b)?"
    # März 2027
    rf"|\b(?:{_MONTH_WORDS})\.?\s?\d{{4}}\b"
    # 09/07/23, 9-7-2023 (US or European: the page decides); the hyphened form only with day-
    # and month-sized numbers ("Partymaß 80-90-00" names three decades)
    r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"
    r"|\b(?:[12]\d|3[01]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])-(?:\d{4}|\d{2})\b"
    # "18th this month": a day of the month the page is read in (``this_month_days``)
    r"|\b\d{1,2}(?:st|nd|rd|th)\s(?:of\s)?this\smonth\b"
    # „19.07 Nürnberg“, „25.07 19:00 Uhr“: a padded day and month without the month's dot
    rf"|{UNDOTTED_OPENING_CUE}",
    re.IGNORECASE,
)
# "6:30 pm", "9:30 AM", "3 p.m." — but not the German preposition in "OBR 10 am 20.10.": cased,
# unlike when_grammar's AM_PM (whose callers tell the German „am“ apart themselves).
# A lowercase „am“ written onto the clock („11am“, „8:30am–10am“) is English too: the German
# preposition always stands apart from the number before it. So is one apart from it before a
# time zone or a comma („September 27, 2024, 11 am CDT“, „…, 11 am, Room 4“): the German
# preposition goes on to the day or place it names („10 am 20.10.“, „am Markt“) — even at the
# end of a text, where a day was cut out after it („… des OBR 10 am“ of „… OBR 10 am 20.10.2026“).
_CASED_AM_PM = (
    r"(?-i:AM|PM|A\.M\.|P\.M\.|a\.m\.|p\.m\.|pm|(?<=\d)am"
    r"|am(?=\s?[,;)]|\s(?:[A-Z]{1,4}T|UTC)\b))"
)
# The whole date phrase around a DATE_LIKE match: a leading range or list day ("24.–",
# "24.02. bis ", "20.+21.02.23", "15. und 16. März", "11. / 12.07.15", "27/28. Oktober"),
# a weekday, and times ("10:00 bis 17:00 Uhr", "at 3:00 p.m."), so a teaser's range keeps its
# first day.
_RANGE_START = (
    # ("20.04.24 - 21.04.24": a first day whose year has two digits, right after the month's dot)
    r"(?:\d{1,2}\.(?:\s?\d{1,2}\.)?(?:\s?\d{4}|(?<=\.)\d{2}(?!\d))?\s?(?:[–—/-]|bis|\+|&|und)\s?"
    # "9+10.9.2026": two days joined by a plus, the first without its dot
    r"|\d{1,2}\s?\+\s?(?=\d{1,2}\.\s?\d{1,2}\.)"
    # "27/28. Oktober 2023", "28/29 Juli": two days, the first without its dot
    rf"|\d{{1,2}}/(?=\d{{1,2}}(?:\.|\s(?:{_MONTH_WORDS})\b))"
    # "28–31 January 2020": an English run, its first day without a dot before the dash
    rf"|\d{{1,2}}\s?[–—-]\s?(?=\d{{1,2}}\s(?:{_MONTH_WORDS})\b)"
    r"|\d{1,2}(?:st|nd|rd|th)\s?(?:[–—-]|to|until)\s?)?"  # "20th to 22nd December"
)
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?(?:\s?(?:Uhr|h\b|{_CASED_AM_PM}))?"
_ROUGHLY = r"(?:(?:voraussichtlich|ca\.|circa|gegen)\s)?"
_TIME = (
    # ("…, voraussichtlich 17:00", "…, ca. 19:30 Uhr": a clock said to be approximate)
    rf"(?:,?\s{_ROUGHLY}(?:ab\s|von\s|um\s|at\s|from\s|@\s)?\d{{1,2}}[:.]\d{{2}}(?:\s?(?:Uhr|{_CASED_AM_PM}))?"
    rf"(?:\s?(?:[–—-]|bis|to)\s?{_CLOCK})?"
    # "02.06. von 12 bis ca. 17 Uhr", "12.06., 11 bis 14 Uhr": whole hours joined by „bis“,
    # „Uhr“ only after the end (an approximate end too). A dash between two numbers after a
    # day („03.11.2025, 13 - 14 Uhr, Raum“) is left to the readers of such brackets.
    rf"|,?\s(?:von\s|ab\s)?\d{{1,2}}\sbis\s{_ROUGHLY}\d{{1,2}}(?:[:.]\d{{2}})?\s?Uhr\b"
    rf"|,?\s(?:at\s|um\s|ab\s)?\d{{1,2}}\s?(?:Uhr|{_CASED_AM_PM})"
    # „Tue 20th Dec, 2011, Doors 6.30pm / Show 7.30pm“: a venue's doors, then its show (the
    # start, as ``parse_when`` reads the pair)
    rf"|,?\s(?-i:Doors|doors):?\s(?:open\s)?(?:at\s)?{_CLOCK}"
    rf"(?:\s?[/|,;–—-]\s?(?:show|music|start)s?:?\s(?:at\s)?{_CLOCK})?"
    # "27.01. – 17:00 Uhr": a dash before a clock time (a colon: "– 14.03." is a range)
    rf"|\s?[–—-]\s?\d{{1,2}}:\d{{2}}(?:\s?(?:Uhr|{_CASED_AM_PM}))?"
    # "December 19, 2015 &mdash; 8pm": after the year, a dash before an hour with its am/pm (no
    # day takes a pm); „June 3 - 5pm“ without a year may be the end of hours, and stays apart
    rf"|(?<=\d{{4}})\s?[–—-]\s?\d{{1,2}}\s?{_CASED_AM_PM}(?!\w))?"
)
# "<span>Sa.</span>03.02.2018": a weekday in an element of its own may touch the day after its dot.
_WEEKDAY = rf"(?:(?<![^\W\d_])(?:{_WEEKDAY_WORDS})(?:\.?,?\s|\.(?=\d)))?"
# "Samstag, 1. August 2026, 12 Uhr (bis Sonntag, 6 Uhr)": the night's end in brackets after
# its start, a weekday and a clock only — "(bis 12.5. anmelden)" is no part of the date.
# "03. September (14–17 Uhr) – Park am alten Bahndamm": the hours in brackets after the day.
_BRACKETED_END = (
    rf"(?:\s?\((?:bis|until)\s(?:(?:{_WEEKDAY_WORDS})\.?,?\s)?{_CLOCK}\)"
    # "05.08.24 - 08.08.24 (je 09-14 Uhr)": each day's hours
    r"|\s?\((?:ab\s|um\s|von\s|je\s|jeweils\s)?\d{1,2}(?:[:.]\d{2})?(?:\s?(?:[–—-]|bis)\s?\d{1,2}(?:[:.]\d{2})?)?"
    r"\s?(?:Uhr|h)\)"
    r"|\s?\((?:ab\s|um\s|von\s)?\d{1,2}:\d{2}(?:\s?(?:[–—-]|bis)\s?\d{1,2}:\d{2})?\))?"
)
DATE_PHRASE = lazy_re.compile(
    rf"{_WEEKDAY}{_RANGE_START}(?:{DATE_LIKE.pattern}){_TIME}{_BRACKETED_END}", re.IGNORECASE
)


# What a date phrase's first digit needs around it (every alternative of DATE_PHRASE, read up to
# its first digit): after its one or two digits a dot, dash (en and em dashes too: "28–31
# January"), slash, plus ("9+10.9.2026") or letter ("12.03.", "12-03-27", "09/07/23", "12 März",
# "3rd"), or a year and a dash or slash ("2027-03-12", "2025/11/12") ...
_DIGIT_LED = lazy_re.compile(r"\d{1,2}\s?(?:[./+–—-]|[^\W\d_])|\d{4}[-/]")
# ... or a month word just before it ("März 2027", "Jan.31"). "Bereich 17: …" has neither.
# (The lookahead lets the engine skip the letters no month word begins with.)
_MONTH_BEFORE = lazy_re.compile(rf"(?=[adfjmnos])(?:{_MONTH_WORDS})\.?\s?\Z", re.IGNORECASE)
_MONTH_LEAD = len("september. ")
# Every month word and weekday word, one by one (the words ``_MONTH_WORDS`` and
# ``_WEEKDAY_WORDS`` match).
_MONTH_LIST = [
    "jan",
    "january",
    "januar",
    "januer",
    "jänner",
    "jaenner",
    "feb",
    "feber",
    "february",
    "febraury",
    "februar",
    "märz",
    "mär",
    "maerz",
    "maer",
    "mar",
    "march",
    "apr",
    "april",
    "mai",
    "may",
    "jun",
    "june",
    "juni",
    "jul",
    "july",
    "juli",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "okt",
    "oct",
    "oktober",
    "october",
    "nov",
    "november",
    "dez",
    "dec",
    "dezember",
    "december",
]
_WEEKDAY_LIST = _WEEKDAY_WORDS.split("|")


def _prefix_tree(words: list[str]) -> str:
    """A regex matching exactly ``words``, branching letter by letter ("m(?:i(?:ttwoch)?|o…)"):
    a position no word starts at fails on its first letter instead of trying every word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        ends_here = "" in node
        parts = [
            re.escape(letter) + branch(child) for letter, child in sorted(node.items()) if letter
        ]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends_here else body

    return branch(tree)


_DIGIT = lazy_re.compile(r"\d")


def _scan(
    text: str,
    match_at: Callable[[str, int], re.Match[str] | None],
    lead_of: Callable[[str, int, int], re.Match[str] | None],
    lead_chars: int,
) -> Iterator[re.Match[str]]:
    """The matches of a date pattern (``match_at``: never empty, its first digit led as
    ``_DIGIT_LED`` or ``_MONTH_BEFORE`` say) in ``text`` from left to right, each tried from the
    first place up to ``lead_chars`` before a digit where ``lead_of`` finds the pattern's text
    before its first digit, else at the digit."""
    position, size = 0, len(text)
    next_digit, digit_led, month_before = _DIGIT.search, _DIGIT_LED.match, _MONTH_BEFORE.search
    while position < size:
        digit = next_digit(text, position)
        if digit is None:
            return
        first = digit.start()
        if (
            digit_led(text, first) is None
            and month_before(text, max(position, first - _MONTH_LEAD), first) is None
        ):
            position = first + 1
            continue
        lead = lead_of(text, max(position, first - lead_chars), first)
        start = lead.start() if lead is not None else first
        found = None
        while start <= first:
            found = match_at(text, start)
            if found is not None:
                yield found
                break
            start += 1
        position = max(found.end(), start + 1) if found is not None else first + 1


# The text a DATE_LIKE match holds before its first digit: a weekday (abbreviated or full: „Sa.
# 26.11“, „Sat, 11/18“) or a month word („März 2027“, „Jan.31“), then a dot, a comma and a space
# at most; searched in the window before the digit like ``_PHRASE_LEAD``.
_LIKE_LEAD_WORDS = _prefix_tree(_WEEKDAY_LIST + _MONTH_LIST)
_LIKE_LEAD = lazy_re.compile(rf"(?=[adfjmnostw])(?:{_LIKE_LEAD_WORDS})\.?,?\s?\Z", re.IGNORECASE)
_LIKE_LEAD_BEFORE_DIGIT = max(map(len, _WEEKDAY_LIST + _MONTH_LIST)) + len(".,") + 1  # and a space
# The text a DATE_PHRASE match holds before its first digit: its own weekday (``_WEEKDAY``: a
# space after it, or its dot glued to the day: „Sa.07.04.2018“), then DATE_LIKE's lead (a second
# weekday: „So, Montag, 11/18“). Searched in the window before the digit, its first match is the
# first place a phrase can begin; no match means the phrase begins at the digit. Only non-empty
# leads, and the words as prefix trees: the search tries every position of the window, and
# trying each word there was ~60 µs per digit.
_PHRASE_LEAD = lazy_re.compile(
    rf"(?=[adfjmnostw])(?:(?:{_prefix_tree(_WEEKDAY_LIST)})(?:\.?,?\s|\.)"
    rf"(?:(?:{_LIKE_LEAD_WORDS})\.?,?\s?)?|(?:{_LIKE_LEAD_WORDS})\.?,?\s?)\Z",
    re.IGNORECASE,
)
# Every date phrase holds a digit, and at most this many characters come before its first one:
# two words of the lead with their punctuation („Donnerstag.,␣Donnerstag.,␣“, 2 × 13). A range
# start begins with a digit itself.
_PHRASE_LEAD_BEFORE_DIGIT = 2 * _LIKE_LEAD_BEFORE_DIGIT


def iter_date_phrases(text: str) -> Iterator[re.Match[str]]:
    """``DATE_PHRASE.finditer(text)``, match for match, trying the pattern only where a phrase
    can begin: before a digit that can be a phrase's first (``_DIGIT_LED``, ``_MONTH_BEFORE``),
    from the first place whose text up to that digit is the pattern's lead (``_PHRASE_LEAD``).
    Each tried position of DATE_PHRASE is costly (its optional weekday and range prefixes), and
    most of a page's text is far from such a digit."""
    return _scan(text, DATE_PHRASE.match, _PHRASE_LEAD.search, _PHRASE_LEAD_BEFORE_DIGIT)


# A block's lines and its elements' texts are searched again by its scoring, dating, titling and
# placing (on the corpus pages 68 % of the searches for a phrase, 88 % of those for a date-like
# text, repeat one): the first match is remembered by the text (a match holds its text).
_SEARCHES_REMEMBERED = 16384


@lru_cache(maxsize=_SEARCHES_REMEMBERED)
def search_date_phrase(text: str) -> re.Match[str] | None:
    """``DATE_PHRASE.search(text)`` by ``iter_date_phrases``: the first match."""
    return next(iter_date_phrases(text), None)


def iter_date_like(text: str) -> Iterator[re.Match[str]]:
    """``DATE_LIKE.finditer(text)``, match for match, trying the pattern only where a match can
    begin, as ``iter_date_phrases`` does for DATE_PHRASE (``_LIKE_LEAD``: DATE_LIKE's leads).
    The pattern's search tries each of a text's positions (~0.3 µs a character); a listing's
    texts are long and their digits few."""
    return _scan(text, DATE_LIKE.match, _LIKE_LEAD.search, _LIKE_LEAD_BEFORE_DIGIT)


@lru_cache(maxsize=_SEARCHES_REMEMBERED)
def search_date_like(text: str) -> re.Match[str] | None:
    """``DATE_LIKE.search(text)`` by ``iter_date_like``: the first match."""
    return next(iter_date_like(text), None)


def sub_date_phrases(text: str, replacement: str = " ") -> str:
    """``DATE_PHRASE.sub(replacement, text)`` for a plain replacement, by ``iter_date_phrases``
    (a date phrase is never empty, so the two find the same matches)."""
    pieces: list[str] = []
    end = 0
    for match in iter_date_phrases(text):
        pieces.append(text[end : match.start()])
        pieces.append(replacement)
        end = match.end()
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


TIME_LIKE = lazy_re.compile(
    rf"(?<![\d.:])\d{{1,2}}:\d{{2}}(?:\s?(?:Uhr|h\b|{_CASED_AM_PM}))?(?!\d)"
    r"|(?<![\d.:])\d{1,2}\.\d{2}\s?(?:Uhr|h\b)"  # "19.30 Uhr", but "21.01." is a date
    # „18.30 – 19.30 Uhr“: the first clock of a dotted range, „Uhr“ only after its end
    r"|(?<![\d.:])\d{1,2}\.\d{2}(?=\s?[–—-]\s?\d{1,2}[.:]\d{2}\s?(?:Uhr|h\b))"
    # "9.00pm", "7.30 p.m.": a British clock, its dot before the minutes (a day never takes am/pm)
    rf"|(?<![\d.:])\d{{1,2}}\.\d{{2}}\s?{_CASED_AM_PM}(?!\w)"
    # "8 pm", and "8:PM" of hand-typed listings
    rf"|(?<![\d.:])\d{{1,2}}(?::(?=[ap]\.?m))?\s?(?:Uhr|{_CASED_AM_PM})(?!\w)"
    # "130 pm", "730pm": a twelve-hour clock typed without its colon (``when_colonless_clocks``)
    rf"|(?<![\d.:,])(?:1[0-2]|[1-9])[0-5]\d\s?{_CASED_AM_PM}(?!\w)"
    # "20h", and the academic quarter "20h c.t." / "20 h s.t." of university and
    # student-society programmes: a time cell, never a row's title.
    r"|(?<![\w.:])(?:\d{1,2}\s?h\s?[cs]\.\s?t\.|\d{1,2}h(?!\w))",
    re.IGNORECASE,
)
#: „ab 13.30 Uhr“, „um 19 Uhr“: the clock a German sentence gives after its „ab“ or „um“, as a
#: regex without capture or flags (the reader's: held_instead, verb_led_titles,
#: block_text_titles, venue_titles).
CLOCK_AT = r"(?:ab|um)\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr"
# "Posted Nov 16, 2020 11:47 AM", "Stand: 12.03.2026": when a text was published, not an event;
# „(Eintrag vom 13.01.2024)“, „Beitrag vom …“: a news page's stamp of when a post went up.
# „Patchnotes 06.09.2025“, „Changelog 2.3.2026“: the day a note of changes to the page was
# written (a student council's box above its programme), no event either.
PUBLICATION_NOTE = lazy_re.compile(
    r"\b(?:posted|published|updated|last\s+updated|modified|amended|ver(?:ö|oe)ffentlicht|aktualisiert"
    r"|erstellt|eingestellt|(?:ge|ver)(?:ä|ae)ndert|stand|eintrag|beitrag"
    r"|patch\s?notes|release\s?notes|changelog)(?:\s+(?:on|am|at|vom))?\s*:?\s*"
    rf"(?:{DATE_PHRASE.pattern})",
    re.IGNORECASE,
)
_PUBLICATION_WORDS = (
    "posted", "published", "updated", "modified", "amended", "veröffentlicht",
    "veroeffentlicht", "aktualisiert", "erstellt", "eingestellt", "geändert", "geaendert", "stand",
    "verändert", "veraendert", "eintrag", "beitrag", "notes", "changelog",
)  # fmt: skip


def without_publication_notes(text: str) -> str:
    """``text`` with its "Posted …"/"Stand: …" notes blanked (a cheap test first: most texts
    have none, and the pattern is as long as a date phrase)."""
    lowered = text.lower()
    if not any(word in lowered for word in _PUBLICATION_WORDS):
        return text
    return PUBLICATION_NOTE.sub(" ", text)


YEAR = lazy_re.compile(r"(?<![\d./-])(?:19[89]\d|20[0-4]\d)(?![\d])")
# "25" on a tab or "Saison 24/25": a two-digit year only counts where nothing else is written.
SHORT_YEAR_TAB = lazy_re.compile(r"^\s*['’‘]?(?P<y>[2-4]\d)\s*$")
# ("28/29 Juli": the slash joins two days, the second is no year)
_HAS_FULL_YEAR = lazy_re.compile(
    rf"\b(?:19|20)\d{{2}}\b|\d{{1,2}}\.\d{{1,2}}\.\d{{2}}\b"
    rf"|/\d{{2}}\b(?!\.?\s?(?:{_MONTH_WORDS})\b)|-\d{{2}}\b(?![:.]\d|\s?(?:uhr|h)\b)",
    re.IGNORECASE,
)
_SPACED_DOT = lazy_re.compile(r"(\d)\s+\.(?=\s?\S)")


# „November 17-18“, „May 29-30“, „29-30 May“: a run of days of one month, the second day
# after a dash.
_DAY_RUN_BEFORE = lazy_re.compile(rf"(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}\s?\Z", re.IGNORECASE)
_DAY_RUN_AFTER = lazy_re.compile(rf"\.?\s?(?:{_MONTH_WORDS})\b", re.IGNORECASE)


def has_year(text: str) -> bool:
    """Whether a date text states its year (``2027``, ``12.03.27``, ``09/07/23``, ``12-05-23``);
    the end of a clock range („09:30-12:30 Uhr“, „10-12 Uhr“) is no year, nor the last day of a
    run after a month word („November 17-18“: a past meeting's days, the year in another cell)."""
    return any(not _ends_a_day_run(text, match) for match in _HAS_FULL_YEAR.finditer(text))


def _ends_a_day_run(text: str, match: re.Match[str]) -> bool:
    """``match`` is „-18“ closing a run of days under a month word, not a two-digit year."""
    if not match.group().startswith("-"):
        return False
    return bool(
        _DAY_RUN_BEFORE.search(text, 0, match.start()) or _DAY_RUN_AFTER.match(text, match.end())
    )


def tidy_date_text(text: str) -> str:
    """``Sa 20 . August 2022`` → ``Sa 20. August 2022``: inline spans put spaces before dots."""
    return _SPACED_DOT.sub(r"\1.", text)


_DEADLINE_BEFORE = lazy_re.compile(
    r"\b(?:bis|by|until)\s+(?:(?:zum|spätestens)\s+)*\Z", re.IGNORECASE
)


def dated_by_a_deadline(text: str) -> bool:
    """A text whose first date is a deadline, a day after "bis"/"by"/"until" with no day before
    it ("<h2>Workshop: Aufruf zur Beteiligung - Einreichung bis 10.03.2025</h2>" over a call,
    „ANMELDUNG BIS ZUM 25.5.2026“ in a card's description): no event's day."""
    return _deadline_day(text) is not None


def _deadline_day(text: str) -> re.Match[str] | None:
    """The text's first date (``DATE_PHRASE``) when it is a deadline (``dated_by_a_deadline``)."""
    match = search_date_phrase(text)
    if match is None:
        return None
    before = text[: match.start()]
    # „bis “ ends in a space: a text whose first date follows no space is told so without
    # sweeping all of its words for a „bis“ (a search per card, per reading of it).
    if not before[-1:].isspace() or _DEADLINE_BEFORE.search(before) is None:
        return None
    return match


# What a deadline is for: registering, applying, submitting („ANMELDUNG BIS ZUM 25.5.2026“);
# „Bis zum 05.11.2023 trifft sich … auf dem Martinimarkt“ is the end of a running event.
_REGISTRATION = lazy_re.compile(
    r"\b(?:anmeld\w*|anmelden|melden|einreich\w*|einsend\w*|bewerb\w*|registr\w*|"
    r"buchung|buchbar|tickets?|karten|register|registration|sign\s+up|rsvp|apply|submit\w*)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def registration_deadline(text: str) -> bool:
    """A deadline (``dated_by_a_deadline``) for registering, applying or submitting.

    Cached: each dated element of a block is asked, for each candidate group that holds the
    block (corpus and bench pages: 37,073 calls, 6,966 texts)."""
    match = _deadline_day(text)
    return match is not None and _REGISTRATION.search(text[: match.start()]) is not None


_ROLE_DAY = date(2000, 1, 1)  # date_role reads the words around a date; the day is irrelevant


def role_of_dates(text: str) -> str | None:
    """``normalize.when.date_role`` of a text on no page's day: ``"deadline"`` for „Anmeldung
    bis 24.10.2026“, ``"published"`` for a stamp, None for an event's date."""
    return date_role(text, today=_ROLE_DAY)


# Words that say a day was left for another: „adjourned from 22 December 2025“.
_MOVED_HINTS = ("adjourned", "postponed", "rescheduled", "deferred", "vertagt")


def only_a_moved_day(text: str) -> bool:
    """Whether the text's only dates are days something was moved away from („Special Council
    Meeting Agenda - adjourned from 22 December 2025“): the event is held on another day."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _MOVED_HINTS)):
        return False
    found = parse_when(text, today=_ROLE_DAY)
    return found.start is None and found.end is None
