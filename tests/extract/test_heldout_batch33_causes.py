"""Causes found on held-out batch 33 (an author's readings, a theatre piece's performances, an
initiative's dates, a jam session and a festival page of a Berlin association, a market's
dates), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

READINGS = (
    "bootstrap-lisawoelfl-termine-2026.html",
    "https://lisawoelfl.github.io/termine/",
    "2026-07-24",
)


def test_slashed_fields_give_the_town_and_the_name_not_one_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<p>Wien / 26. Februar 2026 / Erstpräsentation "Ein verlassenes Haus", Thalia W3 / <a>Link
    # </a></p>“: each reading was titled by the whole row, its town and day included.
    rows = _inspect(capsys, *READINGS)
    assert len(rows) == 9
    by_day = {r["start"][:10]: r for r in rows}
    assert by_day["2026-03-22"]["title"] == "#buchbar"
    assert by_day["2026-03-22"]["location"] == "Leipzig"
    first = by_day["2026-02-26"]
    assert first["title"].startswith("Erstpräsentation") and first["location"] == "Wien"
    # The venue the name ends on joins the town.
    last = by_day["2026-10-29"]
    assert (last["title"], last["location"]) == ("Lesung", "Volkshochschule Crailsheim, Crailsheim")
    assert not [r for r in rows if " / " in r["title"]]
