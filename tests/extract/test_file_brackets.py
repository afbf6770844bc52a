"""A bracketed pointer to a file after a listing's title leaves the title (extract.file_brackets)."""

from __future__ import annotations

import pytest

from netdir.extract.file_brackets import drop_file_brackets, without_file_bracket
from netdir.records import RawRecord


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("SLV-Meisterschaften Aktive/ U18 in Heilbronn ( Ausschreibung )",
         "SLV-Meisterschaften Aktive/ U18 in Heilbronn"),
        ("Süddeutsche Meisterschaften Bahngehen (Ausschreibung)",
         "Süddeutsche Meisterschaften Bahngehen"),
        ("Kreismeisterschaften (PDF)", "Kreismeisterschaften"),
        ("Frühjahrskonzert (Flyer)", "Frühjahrskonzert"),
        ("Jahreshauptversammlung (mehr)", "Jahreshauptversammlung"),
        ("Sportfest (Zeitplan)", "Sportfest"),
    ],
)  # fmt: skip
def test_a_last_bracket_of_file_words_leaves_the_title(title: str, name: str) -> None:
    assert without_file_bracket(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "SLV-10.000m Meisterschaften (Bahn) in Regensburg (BY)",  # what and where
        "Kaffeeklatsch (abgesagt)",  # a status, read elsewhere
        "Breakfast Spike (Heldenplatz)",  # a place
        "(Ausschreibung)",  # the bracket is all there is
        "Vortrag (Teil 2)",
        "Ausschreibung (PDF) Sommerfest",  # not at the end
    ],
)
def test_other_brackets_stay(title: str) -> None:
    assert without_file_bracket(title) == title


def test_each_record_of_the_list_loses_its_file_bracket() -> None:
    records = [
        RawRecord(source_id="t", page_url="https://example.org/", extractor="listing", title=t)
        for t in ("Hallenmeisterschaften (Ausschreibung)", "Straßenlauf", "")
    ]
    drop_file_brackets(records)
    assert [r.title for r in records] == ["Hallenmeisterschaften", "Straßenlauf", ""]
