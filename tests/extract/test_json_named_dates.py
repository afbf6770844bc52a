"""Dated objects without a name read with the name of the object they stand under."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_named_dates import with_inherited_names
from tests.extract.conftest import page_from_text

_TITLES = ("title", "name")
_STARTS = ("date", "start")
_PLACES = ("theater", "location")


def test_a_productions_performances_carry_its_title_and_theatre() -> None:
    shows = {"shows": {"der-komet": {
        "title": "Der Komet", "theater": "Staatsschauspiel Dresden",
        "events": [{"date": "2026-01-09 20:00", "ticket_url": "https://t.example/1"},
                   {"date": "2026-01-10 20:00"}],
    }}}  # fmt: skip
    named = with_inherited_names(shows, _TITLES, _STARTS, _PLACES)
    assert named["shows"]["der-komet"]["events"][0] == {
        "title": "Der Komet", "theater": "Staatsschauspiel Dresden",
        "date": "2026-01-09 20:00", "ticket_url": "https://t.example/1",
    }  # fmt: skip
    page = page_from_text(json.dumps(shows), "https://example.org/shows.json", "application/json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Der Komet", "2026-01-09T20:00", "Staatsschauspiel Dresden"),
        ("Der Komet", "2026-01-10T20:00", "Staatsschauspiel Dresden"),
    ]


def test_named_or_undated_children_and_dated_parents_stay_as_they_are() -> None:
    # A conference's sessions have names of their own; a dated series' sub-dates are its own
    # occurrences (read by json_timetables), not renamed; a list of files has no days.
    sessions = {"name": "Konferenz", "sessions": [{"title": "Keynote", "start": "2026-05-01T09:00"}]}  # fmt: skip
    assert with_inherited_names(sessions, _TITLES, _STARTS, _PLACES) == sessions
    dated = {"name": "Kurs", "start": "2026-05-01", "dates": [{"date": "2026-05-08"}]}
    assert with_inherited_names(dated, _TITLES, _STARTS, _PLACES) == dated
    files = {"name": "Satzung", "files": [{"url": "a.pdf"}]}
    assert with_inherited_names(files, _TITLES, _STARTS, _PLACES) == files
    # An OParl Person's memberships have start dates: they are no events of that person.
    person = {"name": "Erika Muster", "membership": [{"start": "2014-05-25", "role": "Mitglied"}]}
    assert with_inherited_names(person, _TITLES, _STARTS, _PLACES) == person
