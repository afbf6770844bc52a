"""Lists of separate days in one date text (real strings of tests/realpages/ pages)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list, occurrences, parse_when_list

TODAY = date(2026, 9, 21)


def test_full_dates_joined_by_und_are_separate_days_sharing_the_time() -> None:
    text = "31.10.2026 und 28.11.2026, jeweils 14:00 bis 18:00 Uhr"
    assert day_list(text) == ["31.10.2026, 14:00 bis 18:00 Uhr", "28.11.2026, 14:00 bis 18:00 Uhr"]
    found = [(w.start, w.end) for w in parse_when_list(text, today=TODAY)]
    assert found == [
        ("2026-10-31T14:00:00+01:00", "2026-10-31T18:00:00+01:00"),
        ("2026-11-28T14:00:00+01:00", "2026-11-28T18:00:00+01:00"),
    ]


def test_parse_when_of_a_list_is_its_first_day_not_a_period_to_the_last() -> None:
    found = parse_when("31.10.2026 und 28.11.2026, jeweils 14:00 bis 18:00 Uhr", today=TODAY)
    assert (found.start, found.end) == ("2026-10-31T14:00:00+01:00", "2026-10-31T18:00:00+01:00")


def test_days_of_different_months_in_a_comma_list() -> None:
    text = (
        "jeden ersten Dienstag im Monat,  6. Oktober, 3. November, 1. Dezember, jeweils 15- 17 Uhr"
    )
    starts = [w.start for w in parse_when_list(text, today=TODAY)]
    assert starts == [
        "2026-10-06T15:00:00+02:00",
        "2026-11-03T15:00:00+01:00",
        "2026-12-01T15:00:00+01:00",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("11., 12. und 13. Oktober 2026", "2026-10-11", "2026-10-13"),  # one month word
        ("Sa 13. und So 14. August 2027", "2027-08-13", "2027-08-14"),
        ("Sa 10.10. und So 11.10.2026", "2026-10-10", "2026-10-11"),  # following days
        ("13.10.2026 - 14.10.2026", "2026-10-13", "2026-10-14"),
    ],
)
def test_days_of_one_multi_day_event_stay_a_period(text: str, start: str, end: str) -> None:
    assert day_list(text) is None
    assert [(w.start, w.end) for w in parse_when_list(text, today=TODAY)] == [(start, end)]


def test_a_single_day_with_a_dotted_clock_is_no_list() -> None:
    assert day_list("12.10.2026, 19.00 Uhr") is None
    assert day_list("Freitag, 2. Oktober 2026, 18 Uhr") is None


def test_a_year_written_once_at_the_end_of_a_list_belongs_to_every_day() -> None:
    # Held-out round 5: "Weitere Termine am 27. Mai sowie am 3. und 18. Juni 2019"; read years
    # later, the first days must not take the reading year.
    text = "am 6. Oktober, 3. November und 1. Dezember 2019, jeweils 15-17 Uhr"
    starts = [w.start for w in parse_when_list(text, today=TODAY)]
    assert starts == [
        "2019-10-06T15:00:00+02:00",
        "2019-11-03T15:00:00+01:00",
        "2019-12-01T15:00:00+01:00",
    ]
    # A month after the last day's lies in the year before it.
    assert day_list("12. Dezember und 9. Januar 2020") == ["12. Dezember 2019", "9. Januar 2020"]


def test_a_time_said_before_the_list_belongs_to_every_day() -> None:
    # Held-out round 6 (a council's meeting calendar).
    text = (
        "Die Ratssitzungen finden jeweils dienstags, 17 Uhr, an folgenden Terminen statt: "
        "6. Oktober, 3. November und 1. Dezember."
    )
    starts = [w.start for w in parse_when_list(text, today=TODAY)]
    assert starts == [
        "2026-10-06T17:00:00+02:00",
        "2026-11-03T17:00:00+01:00",
        "2026-12-01T17:00:00+01:00",
    ]


def test_days_joined_by_und_am_are_a_list_and_following_ones_a_period() -> None:
    assert day_list("am 6. Oktober und am 3. November") == ["6. Oktober", "3. November"]
    found = parse_when("Sowohl am 3. Oktober als auch am 4. Oktober", today=TODAY)
    assert (found.start, found.end) == ("2026-10-03", "2026-10-04")


def test_an_english_list_gives_each_month_to_the_days_after_it() -> None:
    # Held-out batch 6 (tests/realpages sam-events-list): six sessions of one course.
    text = "Feb 14 & 21, Mar 14 & 21, Apr 11 & 18, 1:30–4 pm"
    found = [(w.start, w.end) for w in parse_when_list(text, today=date(2026, 2, 20))]
    assert found == [
        ("2026-02-14T13:30:00+01:00", "2026-02-14T16:00:00+01:00"),
        ("2026-02-21T13:30:00+01:00", "2026-02-21T16:00:00+01:00"),
        ("2026-03-14T13:30:00+01:00", "2026-03-14T16:00:00+01:00"),
        ("2026-03-21T13:30:00+01:00", "2026-03-21T16:00:00+01:00"),
        ("2026-04-11T13:30:00+02:00", "2026-04-11T16:00:00+02:00"),
        ("2026-04-18T13:30:00+02:00", "2026-04-18T16:00:00+02:00"),
    ]
    # The year at the end belongs to every day; a later month before it is the year before.
    assert day_list("Dec 12 and Jan 9, 2027") == ["Dec 12, 2026", "Jan 9, 2027"]


def test_a_weekday_in_an_english_list_picks_its_days_year() -> None:
    # Read on 20 February 2026: 14 March is a Sunday in 2027, not in 2026.
    found = parse_when_list("Sun Mar 14 & Sat Mar 20", today=date(2026, 2, 20))
    assert [w.start for w in found] == ["2027-03-14", "2027-03-20"]


@pytest.mark.parametrize("text", ["Feb 14 & 15", "Sat Mar 14 & Sun Mar 15", "Jan 5, 2026 1:00 PM"])
def test_one_english_month_or_following_days_are_no_list(text: str) -> None:
    assert day_list(text) is None


def test_days_under_one_month_word_that_do_not_follow_each_other_are_separate_days() -> None:
    # The corpus rule (tests/realpages/README.md, „A truth file“): „am 3. und 5. Oktober“ are
    # two days; read as one event, every listed day after the first was lost.
    assert day_list("am 24. und 26. Dezember") == ["24. Dezember", "26. Dezember"]
    starts = [w.start for w in parse_when_list("3., 10. und 17. März 2027, 19 Uhr", today=TODAY)]
    assert starts == [
        "2027-03-03T19:00:00+01:00",
        "2027-03-10T19:00:00+01:00",
        "2027-03-17T19:00:00+01:00",
    ]
    assert day_list("zwischen 17. und 20. August") is None  # a period's two ends


def test_a_list_after_the_texts_own_day_is_its_programme_not_its_days() -> None:
    # tests/realpages static-skippertreff-torrevieja-termine: a row's date cell names the trip's
    # period, then its programme ("Am 03. und 05. Oktober finden jeweils um 13 Uhr … statt");
    # read as the row's days, the trip became two programme items.
    text = (
        "08. bis 11. Oktober 2014 Törn nach Alicante zum Volvo Ocean Race Anmerkung: Am 03. und"
        " 05. Oktober finden jeweils um 13 Uhr weitere PRO-AM Races statt."
    )
    assert day_list(text) is None
    found = parse_when(text, today=date(2014, 9, 1))
    assert found.start is not None and found.end is not None
    assert (found.start[:10], found.end[:10]) == ("2014-10-08", "2014-10-11")
    assert day_list("Jan 5, 2026: Programme … Feb 14 & 21, Mar 14 & 21") is None


def test_a_misspelt_month_still_shares_its_days() -> None:
    # hexo-shackspace-events-2015-02: „Septemper“ hid the month the two days share.
    assert occurrences("Samstag 13. und Sonntag 14. Septemper 2014, jeweils 14 Uhr.") == [
        "Samstag 13. September 2014, 14 Uhr.",
        "Sonntag 14. September 2014, 14 Uhr.",
    ]


def test_days_with_colon_clocks_of_their_own_are_sessions_without_uhr() -> None:
    # hexo-shackspace-events-2017-05: „Termine: 26.9. 10:00, 27.9. 10:00“, two course days.
    assert occurrences("26.9. 10:00, 27.9. 10:00") == ["26.9. 10:00", "27.9. 10:00"]
    assert occurrences("Fr 18.04. 19:30 und Sa 19.04. 20:00") == [
        "Fr 18.04. 19:30",
        "Sa 19.04. 20:00",
    ]
    # Without „Uhr“ a dotted pair is no clock: „26.9. 10.10.“ is not read as day and hour.
    assert occurrences("26.9. 10.10., 27.9. 10.10.") != ["26.9. 10.10", "27.9. 10.10"]
