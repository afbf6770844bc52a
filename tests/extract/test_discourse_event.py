"""The event a Discourse post carries (``discourse_event``)."""

from __future__ import annotations

from netdir.extract.discourse_event import carries_discourse_events, discourse_event

EVENT = (
    '<p>Agenda</p><div class="discourse-post-event" data-start="2026-08-15 14:00"'
    ' data-status="standalone" data-timezone="Asia/Calcutta" data-end="2026-08-15 17:00"></div>'
)


def test_the_event_elements_start_and_end_on_the_clock_of_its_zone() -> None:
    assert discourse_event(EVENT) == ("2026-08-15T14:00:00+05:30", "2026-08-15T17:00:00+05:30")


def test_without_a_known_zone_the_clock_stays_as_written() -> None:
    markup = EVENT.replace("Asia/Calcutta", "Mars/Olympus")
    assert discourse_event(markup) == ("2026-08-15T14:00:00", "2026-08-15T17:00:00")


def test_no_element_two_elements_or_no_start_give_nothing() -> None:
    assert discourse_event("<p>IndieWebClub #32</p>") is None
    assert discourse_event(EVENT + EVENT) is None
    assert discourse_event('<div class="discourse-post-event" data-end="2026-08-15"></div>') is None
    assert carries_discourse_events(EVENT)
    assert not carries_discourse_events("<p>Agenda</p>")
