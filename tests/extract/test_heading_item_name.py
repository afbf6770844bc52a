"""One meeting's name from the heading over a list of them (extract.heading_item_name)."""

from __future__ import annotations

import pytest

from netdir.extract.heading_item_name import item_name


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2026 Council Meetings", "Council Meeting"),
        ("Council Meetings 2026", "Council Meeting"),
        ("Upcoming Board Meetings", "Board Meeting"),
        ("Planning Commission Public Hearings", "Planning Commission Public Hearing"),
        ("Budget  Work Sessions", "Budget Work Session"),
    ],
)
def test_a_plural_meeting_heading_names_one_row(heading: str, name: str) -> None:
    assert item_name(heading) == name


@pytest.mark.parametrize(
    "heading",
    ["Recreation Committee", "Programm 2024", "Upcoming Events", "Mitgliederversammlungen"],
)
def test_any_other_heading_stays(heading: str) -> None:
    assert item_name(heading) == heading


def test_a_heading_of_list_words_alone_keeps_its_meeting_word() -> None:
    assert item_name("Upcoming Meetings") == "Meeting"
