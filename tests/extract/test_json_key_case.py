"""Keys another naming convention spelled (json_key_case)."""

from __future__ import annotations

from netdir.extract.json_key_case import spellings, with_known_keys

KNOWN = spellings(("title", "start"), ("venueName",))


def test_pascal_case_keys_are_also_read_as_the_known_ones() -> None:
    node = {"Title": "Soirée IA", "Start": "2025-01-16T19:00:00+01:00", "VenueName": "EPITECH"}
    read = with_known_keys(node, KNOWN)
    assert (read["title"], read["start"], read["venueName"]) == (
        "Soirée IA",
        "2025-01-16T19:00:00+01:00",
        "EPITECH",
    )
    assert read["Title"] == "Soirée IA"  # the object keeps its own keys


def test_the_known_spelling_wins_and_other_keys_stay_as_they_are() -> None:
    node = {"Title": "Old", "title": "New", "Group": "GDG"}
    assert with_known_keys(node, KNOWN) is node
