"""A fixtures table's opponent column completes the row's name (``opponent_column``)."""

from __future__ import annotations

from netdir.extract.opponent_column import OPPONENT_COLUMN, with_opponent


def test_the_cell_s_own_vs_is_kept() -> None:
    assert with_opponent("Boys' Varsity Soccer", "vs.  Georgetown Day School") == (
        "Boys' Varsity Soccer vs. Georgetown Day School"
    )
    assert (
        with_opponent("Varsity Football", "at Potomac School")
        == "Varsity Football at Potomac School"
    )


def test_a_bare_opponent_is_joined_by_vs() -> None:
    assert with_opponent("Girls' JV Basketball", "Holton-Arms School") == (
        "Girls' JV Basketball vs. Holton-Arms School"
    )


def test_a_cell_naming_nobody_leaves_the_team() -> None:
    assert with_opponent("Girls' Varsity Volleyball", "vs.") == "Girls' Varsity Volleyball"
    assert with_opponent("Girls' Varsity Volleyball", " ") == "Girls' Varsity Volleyball"


def test_the_column_header() -> None:
    assert all(OPPONENT_COLUMN.search(h) for h in ("Opponent", "Opponents", "vs."))
    assert not OPPONENT_COLUMN.search("Opponent's coach")
