"""Causes found on held-out batch 77 (a shooting club's year, a hackspaces' meeting table, a hunt,
a town guide's flea market), each with its real page of the corpus (tests/realpages/README.md).
The units are in test_name_am_day, test_when_spoken_ordinal_days and test_next_sentence_clock."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_the_clubs_sentences_are_named_dated_and_placed(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "angular-prellerschuetzen-veranstaltungen-2018")
    assert [(r["title"], r["start"], r["location"]) for r in records] == [
        ("End- und Königschießen", "2018-04-19T19:00:00+02:00", "Schützenheim"),
        ("End- und Königschießen", "2018-04-20T19:00:00+02:00", "Schützenheim"),
        ("Preisverteilung End- und Königschießen", "2018-04-28T19:00:00+02:00", "Schützenheim"),
        ("Vatertagsfest", "2018-05-10T11:00:00+02:00", "Schützenheim"),
        ("Weinfest", "2018-10-02T19:00:00+02:00", "Turnhalle Neuhausen"),
        ("Jahreshauptversammlung", "2018-11-24T19:00:00+01:00", "Schützenheim"),
        ("Adventsfeier", "2018-12-13T19:00:00+01:00", "Schützenheim"),
        ("Jahresabschlussfeier", "2018-12-28T18:00:00+01:00", "Schützenheim"),
    ]
    assert records[0]["field_sources"]["title"] == (
        "listing:div.container>p text (the name before „am“ and its day)"
    )


def test_the_hunts_ordinal_day_dates_it(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-jagdrevier-kersch-termine-2026")
    assert [(r["title"], r["start"]) for r in records] == [
        ("Revierübergreifende Treibjagd", "2026-01-11")
    ]
