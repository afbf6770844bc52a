"""Kind cues that cannot backtrack: long words classify in linear time, with the same results."""

from __future__ import annotations

import pytest

from netdir.normalize.classify import classify_kind

# Before: 40k characters took 33 s (quadratic); the timeout is the bound, not a benchmark.
LONG_WORD = "a" * 60_000


@pytest.mark.timeout(10)
@pytest.mark.parametrize("tail", ["", "x", "preis", "camp", "-forum", "forum", "!"])
def test_a_huge_word_without_spaces_is_classified_quickly(tail: str) -> None:
    classify_kind(None, LONG_WORD + tail, LONG_WORD)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Innovationspreis 2027", "award"),
        ("Verleihung Preis für gute Verwaltung", "award"),
        ("Preisträger", "event"),  # "preis" inside a word, not at its end
        ("VerwaltungsCamp Nord", "barcamp"),
        ("Camp", "barcamp"),
        ("Camping am See", "event"),
        ("Digital-Forum Kommunen", "conference"),
        ("Zukunftsforum Verwaltung", "conference"),
        ("Ab-forum", "conference"),
        ("Abforum", "event"),  # two letters before "forum" are not a compound
        ("Forum online für alle", "platform"),
    ],
)
def test_compound_cues_mean_what_they_meant(title: str, kind: str) -> None:
    assert classify_kind(None, title, None) == kind
