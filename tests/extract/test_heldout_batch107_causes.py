"""Causes found on held-out German batch 107 of the real-page corpus (authors' readings and a
literary society's dates), each pinned on a minimal snippet and on its page: the records a reader
would list, with the day and where each event is."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.sentence_places import place_in_sentence
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


# Cause 1: a sentence's place ran as capitalised words and stopped at the first lower-case one,
# so an inn named with „zum“/„zur“ after its kind lost its name: „im Hotel zum Kloster Rohr“ gave
# „Hotel“. After an inn's word the name runs on through „zum“/„zur“; after any other place word
# „zur“ still ends it (what the meeting is for, not where).


def test_an_inn_named_with_zum_keeps_its_name() -> None:
    assert place_in_sentence("Dazu treffen sich 30 Schreibende im Hotel zum Kloster Rohr.") == (
        "Hotel zum Kloster Rohr"
    )
    assert place_in_sentence("Der Stammtisch ist im Gasthof zur Post.") == "Gasthof zur Post"
    assert place_in_sentence("Wir treffen uns im Vereinsheim zur Jahreshauptversammlung.") == (
        "Vereinsheim"
    )


def test_an_announced_workshop_at_an_inn_is_placed_at_the_inn() -> None:
    html = (
        "<html><body><main><h1>Literaturwerkstatt in Rohr</h1>"
        "<p>Der Verein veranstaltet am Wochenende 27. bis 29. März 2026 eine Literaturwerkstatt."
        " Dazu treffen sich 30 Schreibende im Hotel zum Kloster Rohr.</p></main></body></html>"
    )
    assert _page(html, date(2026, 3, 1)) == [
        ("Literaturwerkstatt in Rohr", "2026-03-27", "2026-03-29", "Hotel zum Kloster Rohr")
    ]


def test_the_literaturverein_press_release_places_its_workshop_at_the_hotel() -> None:
    records = _records("handwritten-literaturverein-suedthueringen-literaturwerkstatt-2026")
    # (the h1's „in Rohr“ is the hotel's town, no part of the name: session 53,
    # tests/extract/test_detail_causes_session53.py)
    assert (
        "37. Südthüringer Literaturwerkstatt",
        "2026-03-27",
        "2026-03-29",
        "Hotel zum Kloster Rohr",
    ) in records
