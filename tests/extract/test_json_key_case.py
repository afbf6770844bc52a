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


def test_words_joined_otherwise_and_a_kind_before_the_field_are_read() -> None:
    # Structured batch AY: an XML list's "dateStart" (known: "date_start"); a church event
    # export's "_event_TITLE" and "_place_NAME" (known: "title", "place_name").
    known = spellings(("title", "date_start", "place_name"))
    node = {"dateStart": "02-June-2022", "_event_TITLE": "Sommerfest", "_place_NAME": "Hof"}
    read = with_known_keys(node, known)
    assert (read["date_start"], read["title"], read["place_name"]) == (
        "02-June-2022",
        "Sommerfest",
        "Hof",
    )
    assert with_known_keys({"eventually": "x", "events": []}, known).keys() == {
        "eventually",
        "events",
    }
