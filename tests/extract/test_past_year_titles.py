"""An undated record whose title names only past years is no offering (past_year_titles)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.past_year_titles import last_year_named, undated_of_a_past_year
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record
from tests.extract.realpage_inspect import inspect_corpus_page


def _record(title: str, **fields: str) -> RawRecord:
    return raw_record(title, **fields)


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Bericht Mitgliederversammlung 2022", 2022),
        ("2018 Vilambi celebrations", 2018),
        ("Saison 2022/23", 2023),
        ("Spielzeit 2018–2019", 2019),
        ("Jahresprogramm 2018 und 2019", 2019),
        ("Tag der offenen Tür", None),
        ("Raum 2019.3", None),  # a room number, no year
        ("12000 Schritte", None),
    ],
)
def test_last_year_named(title: str, year: int | None) -> None:
    assert last_year_named(title) == year


def test_only_undated_records_of_past_years_go() -> None:
    today = date(2023, 9, 1)
    assert undated_of_a_past_year(_record("Sommerkonzert 2019 - Paul Gerhardt Kirche"), today)
    assert not undated_of_a_past_year(_record("Einladung Schützenfest 2023"), today)
    assert not undated_of_a_past_year(_record("Saison 2022/23"), today)
    assert not undated_of_a_past_year(_record("Workshops"), today)
    dated = _record("Mitgliederversammlung 2022", date_text="02.04.2022, 20 Uhr")
    assert not undated_of_a_past_year(dated, today)
    # The day stands in the text below the title: normalization dates the record by it.
    told = _record(
        "Yang Jun kommt 2022 nach Berlin", description="Ende April 2022 … Vom 24.4. bis 29.4."
    )
    assert not undated_of_a_past_year(told, today)
    vague = _record("Yang Jun kommt 2022 nach Berlin", description="Ende April 2022 kommt er")
    assert undated_of_a_past_year(vague, today)


def test_a_long_title_is_read_quickly() -> None:
    assert last_year_named("2019/" * 5000 + "x") == 2019


def test_reports_of_past_years_on_a_clubs_news_page(capsys: pytest.CaptureFixture[str]) -> None:
    """A shooting club's news page of 2023: its undated reports and invitations of 2022 are no
    offerings, the undated invitation to this year's fest stays."""
    titles = {
        r["title"]
        for r in inspect_corpus_page(capsys, "hugo-schuetzenverein-padberg-aktuelles-2023")
    }
    assert "Bericht Mitgliederversammlung 2022" not in titles
    assert "Verschiebung der Mitgliederversammlung 2022" not in titles
    assert "Einladung Schützenfest 2023" in titles
