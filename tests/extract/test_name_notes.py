"""Notes after an event's name on who may come or what it follows (name_notes), with the
election committee's timetables (held-out batch 79) they were found on."""

from __future__ import annotations

import pytest

from netdir.extract.name_notes import without_name_notes
from netdir.extract.title_text import title_in_text
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Auslosung der Listennummern (Öffentlich)", "Auslosung der Listennummern"),
        ("Sitzung des Bauausschusses (nicht öffentlich)", "Sitzung des Bauausschusses"),
        ("Gemeinderat ( nichtöffentliche Sitzung )", "Gemeinderat"),
        ("Kreistag (öffentlicher Teil)", "Kreistag"),
        ("Auszählung der Stimmzettel im Anschluss an die Wahl", "Auszählung der Stimmzettel"),
        ("Kirchenkaffee direkt im Anschluss an den Gottesdienst", "Kirchenkaffee"),
        ("Umtrunk, im Anschluss an die Jahreshauptversammlung", "Umtrunk"),
    ],
)
def test_a_closing_note_on_who_may_come_or_what_it_follows_leaves_the_name(
    title: str, name: str
) -> None:
    assert without_name_notes(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "Öffentliche Führung",  # the word is part of the name
        "3. Sitzung des Beirates für Kunst im öffentlichen Raum",
        "Monday is Funday (öffentlich / alle Räume)",  # the bracket says more
        "Öffentliche/nichtöffentliche Sitzung des Sportausschusses",
        "(öffentlich)",  # the note is all there is
        "Im Anschluss an die Wahl",
        # a sentence that goes on after the event it follows
        "Im Anschluss an die Wahl wird gezählt, öffentlich und transparent",
    ],
)
def test_other_titles_stay(title: str) -> None:
    assert without_name_notes(title) == title


def test_a_line_of_the_timetable_is_named_without_its_notes() -> None:
    assert title_in_text("27. April: Auslosung der Listennummern (Öffentlich)") == (
        "Auslosung der Listennummern"
    )


def test_the_election_committees_happenings_are_named_as_a_reader_names_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „27. April: Auslosung der Listennummern (Öffentlich)“ and „25. Mai: Auszählung der
    # Stimmzettel im Anschluss an die Wahl“ kept their notes (title 2/4 on each of 2023 and 2024).
    page = inspect_corpus_page(capsys, "nuxt-thkoeln-wahlausschuss-termine-2024")
    assert [(r["title"], r["start"][:10]) for r in page] == [
        ("Informationstreffen für Wahlhelfer:innen", "2024-04-10"),
        ("Auslosung der Listennummern", "2024-04-27"),
        ("Studentische Wahlen", "2024-05-21"),
        ("Auszählung der Stimmzettel", "2024-05-25"),
    ]
    last = inspect_corpus_page(capsys, "nuxt-thkoeln-wahlausschuss-termine-2023")[-1]
    assert last["title"] == "Auszählung der Stimmzettel"
