"""A dated row that says from when something can be done is no event
(extract.availability_notices), and an hour after a note in a name's bracket is its start
(block_text_titles); cause tests on the TH Köln election committee's timetables (batch 79)."""

from __future__ import annotations

import pytest

from netdir.extract.availability_notices import is_availability_notice, says_from_when
from netdir.extract.block_text_titles import _CLOCK_AFTER_NAME
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "text",
    [
        "Ab diesem Tag ist die Einsicht in das Wähler:innenverzeichnis für eine Woche möglich",
        "ab dem genannten Tag können Anträge gestellt werden",
        "Ab sofort ist die Anmeldung möglich",
        "Ab heute: Vorverkauf",
    ],
)
def test_from_when_something_can_be_done(text: str) -> None:
    assert says_from_when(text)


@pytest.mark.parametrize(
    "text",
    [None, "Ab 19 Uhr Grillen", "Abendmesse", "Auslosung der Listennummern", "Ab in den Wald!"],
)
def test_other_rows_say_what_happens(text: str | None) -> None:
    assert not says_from_when(text)


def test_a_row_placed_by_the_notice_is_one() -> None:
    row = RawRecord(
        source_id="s",
        page_url="https://example.org/",
        extractor="listing",
        title="Zeitliche Eckdaten für die studentischen Wahlen 2025",
        date_text="10. November",
        location_text="Ab diesem Tag ist die Einsicht in das Wähler:innenverzeichnis möglich",
    )
    assert is_availability_notice(row)


@pytest.mark.parametrize(
    ("line", "hour"),
    [(" Auslosung der Listennummern (Öffentlich, um 13 Uhr)", "um 13 Uhr"),
     (" Sitzung (AStA Forum, 18 Uhr)", "18 Uhr")],
)  # fmt: skip
def test_an_hour_after_a_note_in_the_names_bracket_is_its_start(line: str, hour: str) -> None:
    match = _CLOCK_AFTER_NAME.search(line)
    assert match is not None
    assert match["hour"] == hour


@pytest.mark.parametrize(
    "line", [" Lauf (Strecke 3, 20 km)", " Treffen (Raum 2, 20)", " Chor (Probe, Saal 13 Uhr)"]
)
def test_a_note_without_an_hour_after_it_gives_none(line: str) -> None:
    match = _CLOCK_AFTER_NAME.search(line)
    assert match is None or match["hour"] is None


def test_the_timetables_notice_goes_and_the_draw_keeps_its_hour(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „10. November: Ab diesem Tag ist die Einsicht in das Wähler:innenverzeichnis für eine Woche
    # möglich“ was a record titled by the heading above (precision 3/4), and „06. November:
    # Auslosung der Listennummern (Öffentlich, um 13 Uhr)“ lost its hour and half its bracket.
    page = inspect_corpus_page(capsys, "nuxt-thkoeln-wahlausschuss-termine-2025")
    assert [(r["title"], r["start"][:16]) for r in page] == [
        ("Auslosung der Listennummern", "2025-11-06T13:00"),
        ("Studentische Wahlen", "2025-12-01"),
        # („… im Anschluss an die Wahl“ says when, not what: name_notes)
        ("Auszählung der Stimmzettel", "2025-12-05"),
    ]
    for year in ("2023", "2024"):
        titles = [
            r["title"]
            for r in inspect_corpus_page(capsys, f"nuxt-thkoeln-wahlausschuss-termine-{year}")
        ]
        assert not [t for t in titles if t.startswith("Zeitliche Eckdaten")]
