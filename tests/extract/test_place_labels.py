"""The words that label a place, in one module (extract.place_labels)."""

from __future__ import annotations

from itertools import permutations

from netdir.extract import place_labels
from netdir.extract.place_labels import ALL_WORDS


def test_no_label_word_starts_another_so_an_alternations_order_never_matters() -> None:
    words = [word.casefold() for word in ALL_WORDS.split("|")]
    assert len(words) == len(set(words))
    assert not [(a, b) for a, b in permutations(words, 2) if b.startswith(a)]


def test_every_readers_words_are_label_words() -> None:
    every = set(ALL_WORDS.split("|"))
    for name in (
        "PLACE_WORDS",
        "BLOCK_WORDS",
        "ENGLISH_BLOCK_WORDS",
        "TERM_WORDS",
        "LINE_WORDS",
        "ENTRY_WORDS",
        "DESCRIPTION_WORDS",
        "PROSE_WORDS",
    ):
        words = getattr(place_labels, name).split("|")
        assert set(words) <= every and len(words) == len(set(words)), name


def test_the_english_words_are_a_blocks_words() -> None:
    english = set(place_labels.ENGLISH_BLOCK_WORDS.split("|"))
    assert english == {"Location", "Venue", "Place"}
    assert english <= set(place_labels.BLOCK_WORDS.split("|"))
