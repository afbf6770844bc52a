"""A place line written „venue / town“ (extract/venue_slash_town.py, held-out batch 75)."""

from __future__ import annotations

import time

import pytest

from netdir.extract.place_lines import place_after_anchor
from netdir.extract.venue_slash_town import venue_slash_town
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "line",
    [
        "Aarepark / Interlaken",
        "Lerchenfeld / Thun",
        "150 Jahr Jubiläum Friedenskirche / Olten",
        "New Life Bern / Kulturhalle 12 / Bern",
    ],
)
def test_a_venue_and_a_known_town_set_apart_by_a_slash_is_a_place(line: str) -> None:
    assert venue_slash_town(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rock / Pop",  # no town at the end
        "Kinder / Familie",
        "Bern",  # no slash
        "a / b / c / Bern",  # four parts
        "das Konzert fand statt / Bern",  # a sentence before the town
        "Jazz/Bern",  # no spaced slash
    ],
)
def test_other_lines_with_slashes_are_no_such_place(line: str) -> None:
    assert not venue_slash_town(line)


def test_the_line_after_the_title_is_the_place() -> None:
    lines = ["08.08.09", "hip hop concert", "Aarepark / Interlaken"]
    assert place_after_anchor(lines, ["hip hop concert", "08.08.09"]) == "Aarepark / Interlaken"
    assert place_after_anchor(["Konzert", "Rock / Pop"], ["Konzert"]) is None


def test_long_lines_read_fast() -> None:
    began = time.perf_counter()
    assert not venue_slash_town("Aarepark / " * 5000 + "Bern")
    assert time.perf_counter() - began < 1.0


def test_the_hip_hop_groups_shows_and_where_they_played(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Batch 75's concert archive: „<h3>hip hop concert</h3><p>Aarepark / Interlaken</p>“ —
    before, only the lines with a venue word („Markuskirche / Bern“) were places (10/22)."""
    records = inspect_corpus_page(capsys, "static-hm-clan-konzerte-1999-2010")
    places = {(r["title"], r["start"][:10]): r.get("location") for r in records}
    assert places[("hip hop concert", "2009-08-08")] == "Aarepark / Interlaken"
    assert places[("Konzert (nach Workshop)", "2009-04-11")] == "Lerchenfeld / Thun"
    assert places[("hip hop Gottesdienst", "2009-11-08")] == "Markuskirche / Bern"
