"""Held-out batch W (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_place_named_as_its_street_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    # Kulturinsel Moabit's Event JSON-LD: Place "Strandbad Tegelsee" whose streetAddress is
    # "Strandbad Tegelsee" too ("Strandbad Tegelsee, Strandbad Tegelsee, 13505 Berlin").
    rows = _inspect(
        capsys,
        "hand-jsonld-kulturinselmoabit-fete-2025.html",
        "https://kulturinselmoabit.org/test/",
        "2025-08-15",
    )
    assert rows[0]["location"] == "Strandbad Tegelsee, 13505 Berlin"
