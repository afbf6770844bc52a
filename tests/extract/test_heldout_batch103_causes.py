"""Held-out German batch 103 (a Hessian fire brigade's news posts, stored as the bare HTML
fragments its Aktuelles page loads by script): the general causes of what netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.announced_name import headless_post_name
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, _wall(n.start), _wall(n.end), raw.location_text) for raw, n in read]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2023-03-18T20:00:00+01:00“ → „2023-03-18T20:00“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a post stored without its heading (a fragment; the site shows its title from a JSON
# file) gave no record: no heading and no <title> named the event, so the lead's announcing
# sentence was never read. Its subject or what it invites to names the event.


def test_the_name_a_headless_posts_sentence_gives() -> None:
    assert headless_post_name("Im Mai wird die Mitgliederversammlung am 3. Mai stattfinden.") == (
        "Mitgliederversammlung"
    )
    assert headless_post_name(
        "die nächste Hauptversammlung des Musikvereins Nordheim wird am 4. März stattfinden."
    ) == ("Hauptversammlung des Musikvereins Nordheim")
    assert headless_post_name("Wir laden herzlich zu unserem Sommerfest am 5. Juli ein.") == (
        "Sommerfest"
    )
    assert headless_post_name("Am 5. Juli ist es wieder soweit.") is None


def test_a_headless_fragment_announcing_its_event_gives_one_record() -> None:
    html = (
        "<p>Liebe Mitglieder,</p><p>die nächste Mitgliederversammlung wird am Freitag, den 6. März "
        "2026 um 19:30 Uhr im Vereinsheim Nordheim stattfinden.</p><h3>Tagesordnung</h3>"
        "<ul><li>Begrüßung</li><li>Berichte</li><li>Wahlen</li></ul><p>Der Vorstand</p>"
    )
    records = _page(html, date(2026, 2, 10))
    assert [(title, start) for title, start, _end, _place in records] == [
        ("Mitgliederversammlung", "2026-03-06T19:30")
    ]
    # A heading over the lead names the post: the headless reader stays out of it.
    headed = "<h2>Rückblick</h2>" + html
    assert ("Mitgliederversammlung", "2026-03-06T19:30") not in [
        (title, start) for title, start, _end, _place in _page(headed, date(2026, 2, 10))
    ]


def test_the_fire_brigades_headless_posts_name_their_events() -> None:
    assert _records("static-ffwrennertehausen-jhv-2023") == [
        ("Jahreshauptversammlung", "2023-03-18T20:00", None, "DGH Rennertehausen")
    ]
    jhv_2024 = _records("static-ffwrennertehausen-jhv-2024")
    assert [(title, start) for title, start, _end, _place in jhv_2024] == [
        ("Jahreshauptversammlung der Freiwilligen Feuerwehr Rennertehausen", "2024-01-27T19:00")
    ]
    osterfeuer = _records("static-ffwrennertehausen-osterfeuer-2023")
    assert [(title, start) for title, start, _end, _place in osterfeuer] == [
        ("Osterfeuer", "2023-04-08T19:00")
    ]
