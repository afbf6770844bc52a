"""A bold line of hours is no label naming the rows below it (listing_row_context)."""

from __future__ import annotations

from netdir.extract.listing_row_context import states_hours


def test_bare_and_labelled_hours_state_hours() -> None:
    assert states_hours("10.00 - 18.00 Uhr")
    assert states_hours("Beginn: 19.30 Uhr")
    assert states_hours("Beginn: 19.30 Uhr - Veltlinersaal")


def test_a_name_of_meetings_states_no_hours() -> None:
    assert not states_hours("Vorstandssitzungen")
    assert not states_hours("Treffen: Gemeindehaus")
