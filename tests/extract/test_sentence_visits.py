"""extract/sentence_places: the place an outing's sentence says the group visits."""

from __future__ import annotations

from netdir.extract.sentence_places import visited_place


def test_what_the_group_visits_is_the_place() -> None:
    assert (
        visited_place(
            "Am Samstag, 7. Juni 2025 besuchen wir den Erinnerungsort BADEHAUS in"
            " Wolfratshausen-Waldram. Um 14 Uhr haben wir die Gelegenheit …"
        )
        == "Erinnerungsort BADEHAUS in Wolfratshausen-Waldram"
    )
    assert visited_place("Wir besichtigen das Kloster Ettal und wandern zurück.") == (
        "Kloster Ettal"
    )


def test_the_visited_place_keeps_whose_it_is_and_its_town() -> None:
    assert (
        visited_place("Wir besichtigen die DIY-Windanlage des Walnusshofs in Steinhöfel und bauen.")
        == "DIY-Windanlage des Walnusshofs in Steinhöfel"
    )


def test_no_place_without_a_visit_or_with_a_time_after_it() -> None:
    assert visited_place("Wir treffen uns am Rathaus.") is None
    assert visited_place("Im Mai besuchen wir im Rahmen der Reise die Stadt.") is None
    assert visited_place("Besuchen Sie den Markt!") is None  # an invitation, not an outing
