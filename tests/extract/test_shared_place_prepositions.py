"""The readers that take a place from inside a sentence after their cue share one list of
prepositions (place_prepositions.PLACE_OR_AM_PREPOSITION): each reads „am Marktplatz“, „vor dem
Rathaus“, „beim Sportheim“ and „in den Räumen der …“ alike (session 41's review: four readers
kept lists of their own, each missing other words)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.extract.later_that_day import events_later_that_day
from netdir.extract.place_for_each import place_for_each
from netdir.extract.reported_places import place_of_the_reported_day
from tests.extract.conftest import page_from_text


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Die Radtouren starten jeweils am Rathausplatz.", "Rathausplatz"),
        ("Die Radtouren starten jeweils vor dem Rathaus.", "Rathaus"),
        (
            "Die Kurse finden jeweils in den Räumen der Volkshochschule statt.",
            "Räumen der Volkshochschule",
        ),
        ("Die Proben finden jeweils in dem Gemeindesaal statt.", "Gemeindesaal"),
    ],
)
def test_a_note_with_jeweils_reads_every_shared_preposition(note: str, place: str) -> None:
    assert place_for_each(note) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Am 3. Mai fand am Feuerwehrhaus unser Maifest statt.", "Feuerwehrhaus"),
        ("Am 3. Mai fand vor dem Feuerwehrhaus unser Maifest statt.", "Feuerwehrhaus"),
        ("Am 3. Mai fand beim Feuerwehrhaus unser Maifest statt.", "Feuerwehrhaus"),
    ],
)
def test_a_reported_day_reads_every_shared_preposition(sentence: str, place: str) -> None:
    assert place_of_the_reported_day([sentence]) == place


@pytest.mark.parametrize("preposition", ["am", "beim", "vor dem"])
def test_an_event_later_that_day_reads_every_shared_preposition(preposition: str) -> None:
    text = f"Von 13 bis 18 Uhr feiern wir {preposition} Sportheim mit einem großen Sommerfest."
    assert [(e.name, e.place) for e in events_later_that_day(text)] == [("Sommerfest", "Sportheim")]


_CUP = """<html><head><title>Aktuelles</title></head><body><main><div id="inhalt">
<h3>Der Sommercup läuft</h3>
<p>Am Samstag, den 12. Oktober 2024 spielen wir {preposition} Seepark ab 13.30 Uhr Doublette
Supermêlée.</p>
<p>Der Einsatz pro Spieler beträgt 5 EUR.</p>
<p>Am 5. Oktober kamen 26 Spieler und Spielerinnen bei schönstem Herbstwetter.</p>
<p>Am Samstag, den 28. September 2024 kamen bei Regen zur Doublette Formée 20 Spieler.</p>
</div></main></body></html>"""


@pytest.mark.parametrize("preposition", ["im", "am", "beim", "vor dem"])
def test_a_verb_led_row_reads_every_shared_preposition(preposition: str) -> None:
    html = _CUP.format(preposition=preposition)
    saved = datetime.combine(date(2024, 10, 8), time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    places = {r.title: r.location_text for r in extract_page(page).records}
    assert places["Sommercup: Doublette Supermêlée"] == "Seepark"
