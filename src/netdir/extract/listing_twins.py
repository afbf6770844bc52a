"""One evening listed twice on a listing page is one record (same name, same day)."""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.context import folded
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE, has_year
from netdir.extract.listed_show_days import ANOTHER_SHOWING
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord

# Quotes and marks around a name: "«Klaushock»" and "Klaushock", "Helm ab*" and "Helm ab".
_NAME_MARKS = lazy_re.compile(r"[«»„“”‚‘’\"'*†]")


def _twin_key(record: RawRecord) -> tuple[str, str] | None:
    day = DATE_LIKE.search(record.date_text or "")
    if day is None:
        return None
    name = folded(_NAME_MARKS.sub("", record.title))
    # "06. Januar" under the summary "2018" and under "2017": the years the page gave them
    # keep the two concerts apart.
    year = str(record.extra.get(PAGE_YEAR, ""))
    return name, re.sub(r"\W+", "", day.group(0).casefold()) + year


def without_same_day_twins(records: list[RawRecord]) -> list[RawRecord]:
    """One evening listed in two sections ("«Klaushock»" with its hours under the practice
    evenings, "Klaushock" again under the social events): the same name on the same day is
    one event when at most one of the two states a time (two showings at two times stay
    two) and they link to no two different pages. The timed one is kept, in the first place. A
    day a production's list names twice („26.6. / 26.6.“, ``ANOTHER_SHOWING``) is two showings."""
    kept: list[RawRecord] = []
    first: dict[tuple[str, str], int] = {}
    for record in records:
        key = _twin_key(record)
        index = first.get(key) if key is not None else None
        if index is None:
            if key is not None:
                first[key] = len(kept)
            kept.append(record)
            continue
        twin = kept[index]
        timed = [bool(TIME_LIKE.search(r.date_text or "")) for r in (twin, record)]
        another = record.field_sources.get("date_text", "").endswith(ANOTHER_SHOWING)
        if all(timed) or (twin.url and record.url and twin.url != record.url) or another:
            kept.append(record)
            continue
        if timed[1]:
            kept[index] = record
    return kept


def without_untimed_repeats(records: list[RawRecord], today: date) -> list[RawRecord]:
    """A stage's home page teases a production with its days alone („Il barbiere di Siviglia“
    over „15.6. / 17.6. / 13.12.“) and lists the next evenings in full in its calendar beside
    („Mo 15.6.26 | 19:00 | Il barbiere di Siviglia“): the teaser's „15.6.“ is the calendar's
    evening, told once more without its year and hour. A record whose day states neither a year
    (nor has one from the page) nor a time is dropped when another record of the page has its
    name, its day and month, and a time — and they link to no two different pages; each timed
    record answers for one such repeat (a list that names a day twice, a matinee and an evening,
    keeps its second). ``without_same_day_twins`` cannot see them: „15.6.“ and „15.6.26“ are two
    texts."""
    timed: dict[tuple[str, str], list[RawRecord]] = {}
    for record in records:
        if TIME_LIKE.search(record.date_text or "") and (key := _month_day_key(record, today)):
            timed.setdefault(key, []).append(record)
    if not timed:
        return records
    kept: list[RawRecord] = []
    for record in records:
        key = _month_day_key(record, today) if _bare_yearless_day(record) else None
        repeated = timed.get(key) if key is not None else None
        twin = next(
            (t for t in repeated or [] if not (t.url and record.url and t.url != record.url)),
            None,
        )
        if twin is not None and repeated is not None:
            repeated.remove(twin)
            continue
        kept.append(record)
    return kept


def _bare_yearless_day(record: RawRecord) -> bool:
    text = record.date_text or ""
    return (
        bool(text)
        and record.start is None
        and PAGE_YEAR not in record.extra
        and not has_year(text)
        and TIME_LIKE.search(text) is None
    )


def _month_day_key(record: RawRecord, today: date) -> tuple[str, str] | None:
    """The folded name and the „MM-DD“ of the record's start day; None without a day."""
    if not record.date_text or not DATE_LIKE.search(record.date_text):
        return None
    start = record.start or parse_when(record.date_text, today=today).start
    if start is None or len(start) < len("2026-06-15"):
        return None
    return folded(_NAME_MARKS.sub("", record.title)), start[5:10]
