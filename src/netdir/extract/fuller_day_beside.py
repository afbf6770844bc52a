"""A yearless date block beside a line of the same row that names the same day with its year.

A parents' council's Termine page sets each row as a date block — the day over a short month,
„<div>5</div><div>Dez</div>“ — beside a meta line „Freitag, 5. Dezember 2025, 09:00 Uhr“ and
the name. The shortest dated element of the row is the block, and read alone it lands on the
5th of December nearest the page's day: the row of „Freitag, 12. Juni 2026, 18:30 Uhr“ came
out in June 2025. The block only repeats, large, the day its row's line states in full; a reader
takes the line, which also gives the year and the hour. So a yearless date that names a day
and month gives way to the shortest element of its row that names the same day and month with
a year — an element beside the block, not the row around it, and the year in the day's own
phrase. A row whose only full date names another day (a deadline, a posting stamp) keeps its
block's date.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import date_like, node_text
from netdir.extract.calendar_days import day_and_month
from netdir.extract.date_cues import has_year, search_date_phrase

_MAX_LINE = 200  # a date line, not a paragraph


def fuller_day_beside(
    segment: list[LexborNode], text: str, skip: set[str]
) -> tuple[int, str, str] | None:
    """The (length, text, tag) of the shortest element of the row that names the day and month
    of the yearless ``text`` with its year, or None (also when ``text`` states its year).
    ``skip``: texts that only stamp the row (posted, changed), never its date."""
    if has_year(text):
        return None
    day = day_and_month(text)
    if day is None:
        return None
    best: tuple[int, str, str] | None = None
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            line = node_text(candidate)
            if not line or len(line) > _MAX_LINE or line in skip or not date_like(line):
                continue
            if text in line:
                continue  # the row (or the block) around the yearless date, not a line beside it
            phrase = search_date_phrase(line)
            # the year in the day's own phrase: „Mertonstr. 26-28“ later on the line is none
            if phrase is None or not has_year(phrase.group(0)) or day_and_month(line) != day:
                continue
            if best is None or len(line) < best[0]:
                best = (len(line), line, candidate.tag or "")
    return best
