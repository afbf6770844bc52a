"""The title a talk's labelled fields give it (extract.labelled_talk)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.labelled_talk import labelled_talk_title
from tests.extract.conftest import page_from_text


@pytest.mark.parametrize(
    ("chunks", "title"),
    [
        (
            ["Speaker: Jaechoul Lee Title: An efficient least squares algorithm", "Abstract: …"],
            "An efficient least squares algorithm",
        ),
        (
            ["Speaker: Hannah Golab", "Title: Pattern avoidance in Cayley permutations"],
            "Pattern avoidance in Cayley permutations",
        ),
        (
            ["Presenter: Ann Lee Talk title: Data, the Arctic and Theory"],
            "Data, the Arctic and Theory",
        ),
        # Two talks under one day: the first one's fields name the block.
        (
            ["Speaker: Avery Bell Title: Hierarchical Clustering", "Speaker: J. C. Title: XGBoost"],
            "Hierarchical Clustering",
        ),
    ],
)
def test_the_title_field_names_the_talk(chunks: list[str], title: str) -> None:
    assert labelled_talk_title(chunks) == title


@pytest.mark.parametrize(
    "chunks",
    [
        ["Speaker: Hannah Golab", "Abstract: Any permutation of n …"],
        ["Entitled: a reading"],  # not the label
        ["Mr. Speaker Title IX hearing"],  # no colon
        ["Title:"],  # an empty field
    ],
)
def test_no_title_field(chunks: list[str]) -> None:
    assert labelled_talk_title(chunks) is None


def _talks(html: str) -> list[tuple[str | None, str | None]]:
    page = page_from_text(f"<html><body><main>{html}</main></body></html>", "https://example.org/")
    return [(r.title, r.date_text) for r in extract_page(page).records]


_DAYS = (
    "<h1>Spring 2024 Department Colloquium</h1>"
    "<h3>Tuesday 3/26 at 4:00-4:50</h3>"
    "<p><strong>Speaker:</strong> Rachel Neville\n<strong>Title:</strong> A Topological Approach"
    " to Snowpack Roughness</p><p><strong>Abstract:</strong> Snow is rough.</p><hr>"
    "<h3>Tuesday 4/2 at 4:00-4:50</h3>"
    "<p><strong>Speaker:</strong> Avery Bell\n<strong>Title:</strong> Exploring Foundations of"
    " Hierarchical Clustering</p><p><strong>Abstract:</strong> Clusters of clusters.</p>"
    "<p><strong>Speaker:</strong> Jayden Chrzanowski\n<strong>Title:</strong> Exploring XGBoost"
    " 2.0 with Baseball Applications</p><p><strong>Abstract:</strong> Baseball.</p><hr>"
    "<h3>Tuesday 4/9 at 4:00-4:50</h3>"
    "<p><strong>Speaker:</strong> Keegan Line\n<strong>Title:</strong> Streamlined Thermogram"
    " Analysis</p><p><strong>Abstract:</strong> Heat.</p><hr>"
)


def test_each_title_field_under_a_day_is_a_talk() -> None:
    assert _talks(_DAYS) == [
        ("A Topological Approach to Snowpack Roughness", "Tuesday 3/26 at 4:00-4:50"),
        ("Exploring Foundations of Hierarchical Clustering", "Tuesday 4/2 at 4:00-4:50"),
        ("Exploring XGBoost 2.0 with Baseball Applications", "Tuesday 4/2 at 4:00-4:50"),
        ("Streamlined Thermogram Analysis", "Tuesday 4/9 at 4:00-4:50"),
    ]
