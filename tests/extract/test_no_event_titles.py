"""A structured event named only to say that nothing takes place is no offering."""

from __future__ import annotations

from netdir.extract.no_event_titles import says_no_event


def test_placeholders_of_an_empty_week() -> None:
    for title in (
        "INGEN TURNERING DENNE UGE",
        "Keine Termine vorhanden",
        "No events this week",
        "Kein Training in den Ferien",
        "Pas de réunion en août",
    ):
        assert says_no_event(title), title


def test_titles_that_go_on_to_name_something_are_events() -> None:
    for title in (
        "No Limit Poker Night",
        "Keine Angst vor Mathe",
        "No Meeting with the Board",
        "Turnering: DM i hulspil",
        None,
    ):
        assert not says_no_event(title), title
