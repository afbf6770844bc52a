"""Causes found on held-out batch 78 (a regional sports federation's championships and a primary
school's dates), each unit with its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.title_text import is_document_link, is_junk_title
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "link", ["Ausschreibung", "Ausschreibungen", "Zeitplan", "Meldeliste", "Teilnehmerliste",
             "Ergebnisliste", "Ausschreibung PDF"],
)  # fmt: skip
def test_a_championships_files_are_document_links(link: str) -> None:
    assert is_document_link(link)
    assert not is_document_link("SLV-Hallenmeisterschaften Aktive/ U18")


def test_a_link_to_the_events_information_names_nothing() -> None:
    assert is_junk_title("Veranstaltungsinformationen")
    assert is_junk_title("Veranstaltungsinfos")
    assert not is_junk_title("SLV-Meisterschaften im Bahngehen")


def test_slv_lines_are_named_by_their_text_not_their_ausschreibung_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „1./2. Juli 2017 Süddeutsche Meisterschaften Aktive und Jugend U18 (<a>Ausschreibung</a>)“:
    # every record was titled „Ausschreibung“ (0/7 before).
    records = inspect_corpus_page(capsys, "php-slv-veranstaltungen-2017-08")
    assert [(r["start"], r["title"]) for r in records] == [
        ("2017-03-25", "Süddeutsche Meisterschaften 10.000m in Regensburg"),
        ("2017-06-10", "Süddeutsche Hindernis-Meisterschaften in Regensburg"),
        ("2017-06-17", "Süddeutsche Meisterschaften Straßengehen in Breitenbrunn"),
        ("2017-07-01", "Süddeutsche Meisterschaften Aktive und Jugend U18"),
        (
            "2017-07-29",
            "Süddeutsche Meisterschaften Junioren U23 und Jugend U16, Staffel Jugend U18",
        ),
        ("2017-09-02", "Süddeutsche Meisterschaften Bahngehen"),
        ("2017-09-23", "Süddeutsche Mehrkampf-Meisterschaften Senioren"),
    ]
    assert all("Ausschreibung" not in r["title"] for r in records)


def test_the_welcome_texts_outing_is_named_by_its_sentence_not_the_greeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>Herzlich willkommen<br>auf unserer Homepage</h1>“ over „Am 2. Dezember gehen alle
    # Klassen ins Theater zum Weihnachtsmärchen "Alice im Wunderland".“: titled „auf unserer
    # Homepage“ before (0/2).
    records = inspect_corpus_page(capsys, "publii-altstaedter-schule-home-2024-11")
    assert [(r["start"], r["title"]) for r in records] == [
        ("2024-12-02", 'Weihnachtsmärchen "Alice im Wunderland"')
    ]
    assert records[0]["field_sources"]["title"] == "event_page:p below h1 sentence under a greeting"
