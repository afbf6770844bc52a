"""Opening hours as a range of weekdays with its hours (date round 151: a bookstore's „Tue-Sat:
10am-6pm | Closed Sunday & Monday“ and „Hours: Tuesday–Saturday, 12:00pm–8:00pm“ read as no date
at all): a weekly rule over the range's days with its hours, never one day."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_weekday_ranges import weekday_ranges_as_adverbs

TUE_TO_SAT = "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA"


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("Di-Sa 10-18 Uhr", "dienstags bis samstags 10-18 Uhr"),
        ("Tue-Sat: 10am-6pm", "dienstags bis samstags 10am-6pm"),
        ("Tuesday-Saturday, 12:00pm-8:00pm", "dienstags bis samstags 12:00pm-8:00pm"),
        ("Mo. bis Fr. von 9 bis 12 Uhr", "montags bis freitags von 9 bis 12 Uhr"),
        ("every Monday-Friday from 9-10am", "montags bis freitags from 9-10am"),
        ("Sa-So 10:00-17:00", "samstags bis sonntags 10:00-17:00"),
    ],
)
def test_a_range_with_its_hours_becomes_weekday_adverbs(text: str, rewritten: str) -> None:
    assert weekday_ranges_as_adverbs(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr",  # no hours: a contact line, a window
        "Fr-So, 12.-14. Mai",  # a weekend's days, no hours
        "Sa 10-18 Uhr",  # one weekday, no range
        "Büro: Mo bis Fr 09:30 bis 14:30 Uhr, außer Mi",  # an office's staff hours
        "ist zu den Öffnungszeiten (Di-Do 14 bis 17 Uhr) in der Infozentrale erhältlich",
        "ab Freitag gelten wieder die regulären Öffnungszeiten Montag bis Freitag von 10 bis 18 Uhr",
    ],
)
def test_other_texts_stay(text: str) -> None:
    assert weekday_ranges_as_adverbs(text) == text


def test_round_151s_opening_hours_are_a_weekly_rule_from_today() -> None:
    # Before: no start at all (the ranges were not read).
    found = parse_when("Tue-Sat: 10am-6pm | Closed Sunday & Monday", today=date(2026, 7, 16))
    assert (found.start, found.end, found.recurrence) == (
        "2026-07-16T10:00:00+02:00",
        "2026-07-16T18:00:00+02:00",
        TUE_TO_SAT,
    )
    found = parse_when(
        "Hours: Tuesday–Saturday, 12:00pm–8:00pm (closed Sunday and Monday)",
        today=date(2026, 8, 22),
    )
    assert (found.start, found.end, found.recurrence) == (
        "2026-08-22T12:00:00+02:00",
        "2026-08-22T20:00:00+02:00",
        TUE_TO_SAT,
    )


def test_german_hours_give_the_next_open_day() -> None:
    found = parse_when("Di–Sa 10–18 Uhr", today=date(2026, 7, 20))  # a Monday: closed
    assert (found.start, found.end, found.recurrence) == (
        "2026-07-21T10:00:00+02:00",
        "2026-07-21T18:00:00+02:00",
        TUE_TO_SAT,
    )


def test_a_long_text_without_hours_is_quick() -> None:
    text = "Mo-Di-Mi-Do-Fr-Sa-So " * 400 + "Mo-Fr 10"
    assert weekday_ranges_as_adverbs(text) == text
