"""A day joined to its month's name by a hyphen (round 144: a civic site on Arlington, MA:
"Special Town Meeting starting 17-October", "open Saturday 6-June 8AM - 8PM")."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from netdir.normalize.when_hyphen_day_month import day_month_unhyphened


def test_the_hyphen_between_day_and_month_becomes_a_space() -> None:
    assert day_month_unhyphened("starting 17-October.") == "starting 17 October."
    assert day_month_unhyphened("Monday 2-October") == "Monday 2 October"
    assert day_month_unhyphened("am 3-Mai") == "am 3 Mai"


def test_other_hyphens_stay() -> None:
    assert day_month_unhyphened("6-7 June") == "6-7 June"
    assert day_month_unhyphened("2019-10-October") == "2019-10-October"


def test_parse_when_reads_the_day() -> None:
    found = parse_when("ARB meets again Monday 2-October to make …", today=date(2023, 9, 19))
    assert found.start == "2023-10-02"
    found = parse_when("open Saturday 6-June 8AM - 8PM.", today=date(2020, 6, 2), day_first=False)
    assert (found.start, found.end) == ("2020-06-06T08:00:00+02:00", "2020-06-06T20:00:00+02:00")


def test_a_range_from_a_named_month_stays() -> None:
    text = "performing Friday and Saturday evenings October 18-November 2"
    assert day_month_unhyphened(text) == text
    assert day_month_unhyphened("The dates for 2020 are July 27-August 2.").endswith("27-August 2.")


def test_a_whole_date_joined_by_hyphens_is_read() -> None:
    # Structured batch AY: a community's event XML, "<dateStart>28-May-2022</dateStart>",
    # "01-Sept-2022", "08-October-2022"; a database's "13-Dec-2019". Before: no day.
    assert day_month_unhyphened("13-Dec-2019") == "13 Dec 2019"
    today = date(2022, 7, 15)
    assert parse_when("28-May-2022", today=today).start == "2022-05-28"
    assert parse_when("01-Sept-2022", today=today).start == "2022-09-01"
    assert parse_when("08-October-2022", today=today).start == "2022-10-08"
    assert parse_when("Sat 02-June-2022 10:00", today=today).start == "2022-06-02T10:00:00+02:00"


def test_a_hyphened_date_inside_a_longer_number_stays() -> None:
    assert day_month_unhyphened("ID 2022-13-Dec-2019") == "ID 2022-13-Dec-2019"
    assert day_month_unhyphened("13-Dec-2019-04") == "13-Dec-2019-04"
