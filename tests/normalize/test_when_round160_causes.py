"""Causes of round 160's misses (British English, a swimming club's news): requests answered by a day,
a 24-hour clock's end told by "finish at", a meeting delayed until a day, two named days joined by
"and"."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("If you wish to stand for any of the positions on the Committee please complete and return "
         "by the 16th January with your details.", date(2015, 1, 5)),
        ("Please could you let Jessica, Mark or Lorraine know if you would like to attend and a £10 "
         "deposit, by Friday October 16th.", date(2015, 10, 11)),
        ("If you want to buy an item could you let me have the details and payment by Sunday 12th "
         "June.", date(2016, 5, 23)),
        ("Please also send me details of any resolutions you may wish to put forward at the AGM by "
         "the 28th January.", date(2025, 1, 5)),
    ],
)  # fmt: skip
def test_a_day_to_answer_by_is_no_event(text: str, today: date) -> None:
    found = parse_when(text, today=today, day_first=True)
    assert found.start is None
    assert found.deadline is not None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("We return on Monday 5th May with a new session at 7pm.", "2025-05-05T19:00:00+02:00"),
        ("Please send us your photos of the gala on Saturday 10th May.", "2025-05-10"),
    ],
)
def test_other_returns_and_sendings_keep_their_day(text: str, start: str) -> None:
    assert parse_when(text, today=date(2025, 4, 1), day_first=True).start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The morning swimming session at Archway on Monday 25th May will start at 07:30 and finish "
         "at 08:30.", "2015-05-25T07:30:00+02:00", "2015-05-25T08:30:00+02:00"),
        ("From Sunday 3rd October the session will resume. The session starts at 07:30 and finishes "
         "at 09:00.", "2015-10-03T07:30:00+02:00", "2015-10-03T09:00:00+02:00"),
    ],
)  # fmt: skip
def test_finish_at_a_24_hour_clock_is_the_end(text: str, start: str, end: str) -> None:
    found = parse_when(text, today=date(2015, 5, 1), day_first=True)
    assert (found.start, found.end) == (start, end)


def test_a_meeting_delayed_until_a_day_is_held_that_day() -> None:
    found = parse_when(
        "Due to unforeseen circumstances we have decided to delay the AGM until Monday 20th March.",
        today=date(2023, 2, 19),
        day_first=True,
    )
    assert (found.start, found.end) == ("2023-03-20", None)
    # a run's end stays an end
    runs = parse_when("The exhibition runs until Monday 20th March.", today=date(2023, 2, 19))
    assert (runs.start, runs.end) == (None, "2023-03-20")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "The cancelled morning sessions are Wednesday 25th May and Friday 27th May at Archway.",
            None,
        ),
        ("Sessions on 25th May and 27th May.", None),
        # following days stay a span
        ("Sessions on Wednesday 25th May and Thursday 26th May.", "2016-05-26"),
    ],
)
def test_two_days_each_naming_its_month(text: str, end: str | None) -> None:
    found = parse_when(text, today=date(2016, 5, 18), day_first=True)
    assert (found.start, found.end) == ("2016-05-25", end)


def test_a_called_off_session_then_the_day_sessions_continue() -> None:
    found = parse_when(
        "The Sunday morning session on 14th August has unfortunately had to be cancelled. Apologies"
        " to those who were planning to attend. Sundays will continue as usual on 21st August.",
        today=date(2016, 8, 12),
        day_first=True,
    )
    assert found.start == "2016-08-21"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Hello, just to let you know that the session tomorrow morning at Archway 7.30 to 8.30 has "
         "been cancelled due to no lifeguard cover.", "2015-08-31T07:30:00+02:00",
         "2015-08-31T08:30:00+02:00"),
        ("the session tomorrow at 19:30", "2015-08-31T19:30:00+02:00", None),
        # a clock in another sentence is not tomorrow's
        ("See you tomorrow. Meeting on 5 September at 19:30", "2015-09-05T19:30:00+02:00", None),
    ],
)  # fmt: skip
def test_tomorrow_inside_a_sentence_with_its_clock(text: str, start: str, end: str | None) -> None:
    found = parse_when(text, today=date(2015, 8, 30), day_first=False)
    assert (found.start, found.end) == (start, end)
