"""A listing's line that credits the work before its day: „Von Max Frisch 11. 06. 2019, 20:00“.

A theatre's cards write the play's author (or genre and author) above the showing's day and
clock in one line: „Komödie von Ulrich Hub 14. 06. 2019, 10:00“, „Éric-Emmanuel Schmitt 16. 06.
2019, 18:00“, „Von Max Frisch 11. 06. 2019, 20:00“. The date grammar reads the last as an
article's byline and its stamp (``when_stamps``: „Von Irina Steinmann 26.07.2016, 11:05“ is
when a story was published), so that card is left without a start. One line alone cannot tell
the two apart; the list can: when the rows whose line comes from the same part of their block
otherwise read as offerings' days, and some of them write words before their day too, the
„Von <Name>“ opening one row's line is that row's credit, like its siblings'. The credit is cut
off the date text (its provenance says so) so the day is read as the showing's. A news list
whose rows open with their authors' bylines keeps them as stamps: there, no sibling's line
reads as an offering's day with words before it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR
from netdir.normalize.when_stamps import opens_with_a_byline
from netdir.normalize.when_words import MONTHS, WEEKDAY_ABBREVIATIONS
from netdir.records import RawRecord

#: Provenance suffix of a date text whose opening credit was cut off.
CREDIT_CUT = " + credit before the day cut"
# Where a line's words may end and its day begin: after a space, before a letter or digit.
_CUTS = lazy_re.compile(r"(?<=\s)(?=[^\W_])")
_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
#: Sibling rows that must read as offerings' days, and of them those with words before the day.
_DAYS = 2
_WORDED_DAYS = 1


def cut_credits_before_days(records: list[RawRecord], today: date) -> None:
    """In ``records`` (one listing's rows), the date texts that open with a byline-shaped
    credit while their siblings' lines read as offerings' days lose the credit."""
    by_source: dict[str, list[RawRecord]] = defaultdict(list)
    for record in records:
        if record.date_text and record.start is None:
            by_source[record.field_sources.get("date_text", "")].append(record)
    for rows in by_source.values():
        credited: list[tuple[RawRecord, str]] = []
        days = worded = 0
        for record in rows:
            text = record.date_text or ""
            if _start_of(text, record, today) is not None:
                days += 1
                worded += _words_before_the_day(text)
            elif (rest := _after_the_credit(text, record, today)) is not None:
                credited.append((record, rest))
        if not credited or days < _DAYS or worded < _WORDED_DAYS or days <= len(credited):
            continue
        for record, rest in credited:
            record.date_text = rest
            source = record.field_sources.get("date_text", "listing:")
            record.field_sources["date_text"] = source + CREDIT_CUT


def _start_of(text: str, record: RawRecord, today: date) -> str | None:
    year = record.extra.get(PAGE_YEAR)
    return parse_when(text, today=today, year=int(year) if year else None).start


def _words_before_the_day(text: str) -> bool:
    """Whether the line writes words (not a weekday or month) before its first figure:
    „Komödie von Ulrich Hub 14. 06. 2019“, not „Sa, 14. 06. 2019“."""
    lead = text[: next((i for i, ch in enumerate(text) if ch.isdigit()), len(text))]
    return any(
        word.lower() not in WEEKDAY_ABBREVIATIONS and word.lower() not in MONTHS
        for word in _WORD.findall(lead)
    )


def _after_the_credit(text: str, record: RawRecord, today: date) -> str | None:
    """The rest of ``text`` after a byline-shaped opening („Von Max Frisch “) when that rest
    reads as a day with a start; None when no such opening is there."""
    if not text.lstrip()[:3].casefold().startswith(("von", "by")):
        return None
    for cut in _CUTS.finditer(text):
        before, rest = text[: cut.start()], text[cut.start() :]
        if not opens_with_a_byline(before):
            continue
        if _start_of(rest, record, today) is not None:
            return rest
    return None
