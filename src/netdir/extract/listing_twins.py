"""One evening listed twice on a listing page is one record (same name, same day)."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.context import folded
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
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
    two) and they link to no two different pages. The timed one is kept, in the first place."""
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
        if all(timed) or (twin.url and record.url and twin.url != record.url):
            kept.append(record)
            continue
        if timed[1]:
            kept[index] = record
    return kept
