"""An event object whose day stands in parts: day, month and year apart, or around it."""

from __future__ import annotations

from datetime import date

from netdir.extract.json_date_parts import parted_days, stated_parts

TODAY = date(2024, 9, 20)


def test_a_day_and_an_abbreviated_month_without_a_year_take_the_nearest_year() -> None:
    event = {"dateno": "12", "datemonth": "SEP", "title": "Kabarett", "time": "20:00 Uhr"}
    assert parted_days(event, {}, TODAY) == ("2024-09-12", None, "dateno+datemonth")
    assert parted_days({"dateno": "3", "datemonth": "JAN"}, {}, TODAY)[0] == "2025-01-03"  # type: ignore[index]


def test_numbers_and_a_stated_year() -> None:
    event = {"tag": "10", "monat": "1", "jahr": "2015", "name": "Komödie"}
    assert parted_days(event, {}, TODAY) == ("2015-01-10", None, "tag+monat+jahr")
    assert parted_days({"day": 14, "month": 8, "year": 2026}, {}, TODAY)[0] == "2026-08-14"  # type: ignore[index]


def test_month_and_year_from_the_objects_around_it() -> None:
    around = stated_parts({"month": "October"}, stated_parts({"year": 2024, "months": []}, {}))
    assert around == {"year": 2024, "month": 10}
    assert parted_days({"day": "7", "event": "Regular Meeting"}, around, TODAY) == (
        "2024-10-07",
        None,
        "day",
    )


def test_a_run_of_days_ends_on_its_last_day_in_the_next_month_when_it_wraps() -> None:
    around = {"year": 2024, "month": 9}
    assert parted_days({"day": "27-29"}, around, TODAY) == ("2024-09-27", "2024-09-29", "day")
    assert parted_days({"day": "30–2"}, around, TODAY) == ("2024-09-30", "2024-10-02", "day")
    assert parted_days({"day": "30-2"}, {"year": 2024, "month": 12}, TODAY)[1] == "2025-01-02"  # type: ignore[index]


def test_no_day_without_a_month_nor_for_words_or_impossible_days() -> None:
    assert parted_days({"day": "8"}, {}, TODAY) is None
    assert parted_days({"day": "Monday", "month": "May"}, {}, TODAY) is None
    assert parted_days({"day": "31", "month": "11", "year": "2024"}, {}, TODAY) is None
    assert parted_days({"day": "0", "month": "5"}, {}, TODAY) is None
    assert parted_days({"day": "12", "month": "13"}, {}, TODAY) is None
    assert parted_days({"day": True, "month": "5"}, {}, TODAY) is None


def test_a_groups_whole_day_is_the_day_of_the_events_listed_under_it() -> None:
    # Structured batch AZ: a club's programme as [{"date": …, "events": [{"title", "time"}]}].
    from netdir.extract.json_date_parts import grouped_day

    group = {"date": "2025-10-08", "events": [{"title": "Bearaoke After Work"}]}
    inherited = grouped_day(group, "events", {})
    event = {"title": "Bearaoke After Work", "time": "7:00 PM"}
    assert parted_days(event, inherited, TODAY) == ("2025-10-08", None, "group.date")
    assert grouped_day({"date": "Oktober", "events": []}, "events", {}) == {}
    assert grouped_day({"date": "2025-02-30", "events": []}, "events", {}) == {}
    assert parted_days(event, {}, TODAY) is None


def test_only_a_list_of_events_inherits_its_groups_day() -> None:
    from netdir.extract.json_date_parts import grouped_day

    dated = {"date": "2025-10-08", "attachments": [{"name": "programm.pdf"}]}
    assert grouped_day(dated, "attachments", {}) == {}
    assert grouped_day({"datum": "2025-10-08", "termine": []}, "termine", {}) != {}
