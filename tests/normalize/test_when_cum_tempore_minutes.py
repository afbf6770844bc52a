"""„c.t.“ after a clock with its minutes: the academic quarter is added to any clock.

Batch 173's student association lists its Stämme „Jeden dritten Donnerstag im Monat um 18.30
c.t.“ and „Jeweils am Mittwoch nach dem 10. des Monats um 11.45 c.t.“: ``when_clean`` read a
quarter past whole hours only („18 Uhr c.t.“, „18.00 c.t.“), so the half hour stayed 18:30.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import saved_page_readings

JUNE_2026 = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("am 12.5.2026 um 18 Uhr c.t.", "2026-05-12T18:15:00+02:00"),  # as before
        ("am 12.5.2026 um 18.30 c.t.", "2026-05-12T18:45:00+02:00"),
        ("am 12.5.2026 um 18:30 Uhr c.t.", "2026-05-12T18:45:00+02:00"),
        ("am 12.5.2026 um 11.45 c.t.", "2026-05-12T12:00:00+02:00"),
        ("am 12.5.2026 um 9.30 Uhr ct.", "2026-05-12T09:45:00+02:00"),
        ("am 12.5.2026, 19.30 s.t.", "2026-05-12T19:30:00+02:00"),  # sine tempore: sharp
        # a quarter that would run into the next day: the clock as written
        ("am 12.5.2026 um 23.50 c.t.", "2026-05-12T23:50:00+02:00"),
    ],
)
def test_a_quarter_after_any_clock(text: str, start: str) -> None:
    assert parse_when(text, today=JUNE_2026).start == start


def test_the_rule_keeps_its_quarter() -> None:
    found = parse_when("Jeden dritten Donnerstag im Monat um 18.30 c.t.", today=JUNE_2026)
    assert (found.start, found.recurrence) == (
        "2026-06-18T18:45:00+02:00",
        "FREQ=MONTHLY;BYDAY=3TH",
    )


def test_the_student_associations_stamme_start_a_quarter_after_their_clocks() -> None:
    starts = {title: start for title, start, _ in saved_page_readings(_FROBURGER)}
    assert starts["Berner Stamm"] == "2026-06-18T18:45"  # „um 18.30 c.t.“
    assert starts["Freitagstamm"] == "2026-06-05T18:15"  # „um 18.00 c.t.“, as before


_FROBURGER = "static-av-froburger-anlaesse-2026-09"
