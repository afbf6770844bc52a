"""A convention's programme whose cards name only a weekday: the days of the page's run.

„Tag, Zeit: Samstag, 10.00 - 12.00 Uhr“ on each round of a role-playing convention's programme,
under the site's name „Luzerner Rollenspieltage / 22. + 23. August 2026“: a card's weekday line
alone reads as a weekly habit (``weekday_lines.weekly_rule``: a group meets every Saturday), but
a page whose head states a short run of days (``weekday_grid.run_of_days``, at most a week) in
which every such weekday falls once means that run's days: Saturday is 22 August. The date text
gets the day beside its weekday and loses the weekly rule; its provenance says so.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.rule_dates import WEEKDAY_LINE_SOURCE
from netdir.extract.weekday_grid import run_of_days
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from netdir.records import RawRecord

#: Provenance suffix of a weekday line dated by the page's run of days.
RUN_DAY = " + day of the page's run"
_WEEKDAY = lazy_re.compile(rf"\b(?:{alternation(WEEKDAYS)})\b", re.IGNORECASE)
_MIN_CARDS = 2  # one card's weekday may be the habit of a lone group


def date_weekdays_by_the_run(records: list[RawRecord], tree: LexborHTMLParser, today: date) -> None:
    """Give each weekday-line record of the list the day of the page's run that falls on its
    weekday, when the run holds each weekday the list names (else leave them weekly)."""
    weekly = [record for record in records if _by_a_weekday_line(record)]
    if len(weekly) < _MIN_CARDS:
        return
    named = [_WEEKDAY.search(record.date_text or "") for record in weekly]
    if any(found is None for found in named):
        return
    run = run_of_days(tree, today)
    if not run:
        return
    by_weekday = {day.weekday(): day for day in run}
    wanted = [WEEKDAY_ABBREVIATIONS[found.group(0).lower()] for found in named if found]
    if not all(weekday in by_weekday for weekday in wanted):
        return
    for record, found, weekday in zip(weekly, named, wanted, strict=True):
        assert found is not None and record.date_text is not None
        day = by_weekday[weekday]
        text = record.date_text
        record.date_text = f"{text[: found.end()]}, {day:%d.%m.%Y}{text[found.end() :]}"
        record.recurrence = None
        record.field_sources["date_text"] += RUN_DAY
        record.field_sources.pop("recurrence", None)


def _by_a_weekday_line(record: RawRecord) -> bool:
    # („listing:ul.rounds>li.round weekday line + year:h2“: a year from the page may follow)
    source = record.field_sources.get("date_text", "")
    return bool(record.date_text) and f" {WEEKDAY_LINE_SOURCE.removeprefix('listing:')}" in source
