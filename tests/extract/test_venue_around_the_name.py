"""A place line that holds the event's name and adds the venue word the name leaves out."""

from __future__ import annotations

import pytest

from netdir.extract.place_lines import place_after_anchor
from tests.extract.realpage_inspect import inspect_corpus_page


def test_the_name_with_its_venue_word_is_the_place() -> None:
    lines = ["6", "September", "2026", "St. Michael, Neutraubling", "19:00 Uhr",
             "Kirche St. Michael, Neutraubling", "♪ PAX"]  # fmt: skip
    anchors = ["St. Michael, Neutraubling", "6 September 2026, 19:00 Uhr"]
    assert place_after_anchor(lines, anchors) == "Kirche St. Michael, Neutraubling"


def test_the_name_repeated_is_no_place() -> None:
    lines = ["Konzert im Dom", "19:00 Uhr", "Konzert im Dom", "Eintritt frei"]
    assert place_after_anchor(lines, ["Konzert im Dom", "19:00 Uhr"]) is None


def test_the_ensembles_concerts_are_in_their_churches(capsys: pytest.CaptureFixture[str]) -> None:
    """Penta Vocalis' concert cards: each pin line names the church its heading abbreviates."""
    records = inspect_corpus_page(capsys, "html-pentavocalis-konzerte-2026-08")
    assert [r["location"] for r in records] == [
        "Herz Jesu Kirche, Schwandorf",
        "Kirche St. Michael, Neutraubling",
        "Kirche St. Josef, Weiden in der Oberpfalz",
    ]
