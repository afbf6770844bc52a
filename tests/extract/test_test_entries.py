"""A calendar's trial entry („Test“, „Test 2“) or one marked for deletion („bitte löschen“) is no
offering; a test that is named is an event."""

from __future__ import annotations

import json

import pytest

from netdir.extract import extract_page
from netdir.extract.no_event_titles import is_test_entry
from tests.extract.conftest import page_from_text


@pytest.mark.parametrize(
    "title",
    [
        "Test",
        "Test 2",
        "test",
        " TEST 12 ",
        "Testtermin",
        "Test-Event 3",
        "Test #4",
        "test-andi2",  # a schedule's trial slot named by its editor's handle
        "andi_test3",
    ],
)
def test_trial_entries(title: str) -> None:
    assert is_test_entry(title)


@pytest.mark.parametrize(
    "title", ["bitte löschen", "Bitte Löschen!", "BITTE LOESCHEN", "please delete", "(delete me)"]
)
def test_entries_marked_for_deletion(title: str) -> None:
    assert is_test_entry(title)


@pytest.mark.parametrize(
    "title",
    [
        "Test: Technische Informatik",
        "Testspiel gegen den FC Arnsberg",
        "Test Driven Development Dojo",
        "Testing Meetup",
        "Test-Workshop",  # capitalised: a name, not a handle
        "test driven development",
        "Crash-Test",
        "test_folders",  # an unnumbered slug: a CERN workshop's session on its folder tests
        "Löschen",  # a fire brigade's training topic
        "Löschübung der Jugendfeuerwehr",
        "Bitte löschen Sie Ihre alten Daten: Datenschutz-Sprechstunde",
        "Sommerfest",
        "",
        None,
    ],
)
def test_named_tests_and_other_titles(title: str | None) -> None:
    assert not is_test_entry(title)


def test_a_calendars_trial_entries_are_no_records() -> None:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "UID:1",
            "DTSTART:20260717T150000",
            "SUMMARY:Sommerfest",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:2",
            "DTSTART:20260718T150000",
            "SUMMARY:Test 2",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    page = page_from_text(ics, "https://example.org/termine.ics", content_type="text/calendar")
    assert [r.title for r in extract_page(page).records] == ["Sommerfest"]


def test_a_schedules_entries_marked_for_deletion_are_no_records() -> None:
    # A merged frab schedule: a talk and, in the same slot, „bitte löschen“ (its organisers'
    # request to remove the duplicate).
    event = {"date": "2022-12-28T19:00:00+01:00", "start": "19:00", "duration": "01:00"}
    schedule = {
        "schedule": {
            "conference": {
                "title": "Jahresendveranstaltungen",
                "days": [
                    {
                        "index": 1,
                        "date": "2022-12-28",
                        "rooms": {
                            "Warpzone": [
                                {
                                    **event,
                                    "id": 1,
                                    "title": "Einfuehrung in NixOS",
                                    "room": "Warpzone",
                                },
                                {**event, "id": 2, "title": "bitte löschen", "room": "Warpzone"},
                            ]
                        },
                    }
                ],
            }
        }
    }
    page = page_from_text(json.dumps(schedule), "https://example.org/s.json", "application/json")
    assert [r.title for r in extract_page(page).records] == ["Einfuehrung in NixOS"]
