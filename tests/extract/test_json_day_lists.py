"""The separate days an event object lists beside its own day (json_day_lists)."""

from __future__ import annotations

from datetime import date

from netdir.extract.json_day_lists import listed_days

TODAY = date(2026, 7, 20)


def test_a_list_of_days_that_opens_with_the_objects_day() -> None:
    node = {"termine": "15., 16., 22. und 23. Mai"}
    assert listed_days(node, "2026-05-15", TODAY) == [
        "2026-05-15",
        "2026-05-16",
        "2026-05-22",
        "2026-05-23",
    ]


def test_a_list_about_other_days_or_a_single_day_is_none() -> None:
    assert listed_days({"termine": "15., 16., 22. und 23. Mai"}, "2026-05-01", TODAY) is None
    assert listed_days({"termine": "15. Mai"}, "2026-05-15", TODAY) is None
    assert listed_days({"beschreibung": "15. und 16. Mai"}, "2026-05-15", TODAY) is None
