"""A monthly rule written weekday first, its ordinals after a colon (round 144: the boards guide of
a civic site on Arlington, MA, "Tuesdays: Second and Fourth at 07:15 PM")."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from netdir.normalize.when_weekday_then_ordinals import ordinals_before_weekday


def test_the_ordinals_move_before_the_weekday() -> None:
    assert ordinals_before_weekday("Tuesdays: Second and Fourth at 07:15 PM") == (
        "Second and Fourth Tuesdays at 07:15 PM"
    )
    assert ordinals_before_weekday("Mondays: First and Third") == "First and Third Mondays"


def test_a_weekday_before_a_colon_and_other_words_stays() -> None:
    assert ordinals_before_weekday("Tuesday: Board meeting") == "Tuesday: Board meeting"


def test_parse_when_reads_the_monthly_rule() -> None:
    found = parse_when(
        "Select Board | Tuesdays: Second and Fourth at 07:15 PM",
        today=date(2020, 2, 27),
        day_first=False,
    )
    assert (found.start, found.recurrence) == (
        "2020-03-10T19:15:00+01:00",
        "FREQ=MONTHLY;BYDAY=2TU,4TU",
    )
