"""A dated roster row's second topic after a <br> is its own item; a topic broken at a comma is one."""

from __future__ import annotations

import pytest

from netdir.extract.roster_topic_lines import split_roster_topics
from netdir.html_depth import parse_html


def _items_after(*items: str) -> list[str]:
    html = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    tree = parse_html(f"<html><body>{html}</body></html>")
    assert tree.body is not None
    split_roster_topics(tree.body)
    return [" ".join(li.text(separator=" | ").split()) for li in tree.body.css("li")]


def test_a_second_topic_shaped_like_the_first_gets_the_rows_day_and_clock() -> None:
    assert _items_after(
        "21. März - 19.00 Uhr Knoten, Stiche - St. Baumgarten<br>"
        "Tragbare Leitern FwDV 10 - S. Pöppich<br>"
        "nach Absprache Seminar Maschinisten MLF - N. Jentsch",
        "30. Januar - 15.30 Uhr - 17.30 Uhr Versammlung Verein - P. Schwabe<br>"
        "Versammlung Feuerwehr - H. Friebel",
    ) == [
        "21. März - 19.00 Uhr Knoten, Stiche - St. Baumgarten | "
        "nach Absprache Seminar Maschinisten MLF - N. Jentsch",
        "21. März - 19.00 Uhr Tragbare Leitern FwDV 10 - S. Pöppich",
        "30. Januar - 15.30 Uhr - 17.30 Uhr Versammlung Verein - P. Schwabe",
        "30. Januar - 15.30 Uhr - 17.30 Uhr Versammlung Feuerwehr - H. Friebel",
    ]


def test_a_topic_broken_at_its_commas_is_one_line() -> None:
    assert _items_after(
        "23. Mai - 19.00 Uhr - Sicherung von Fahrzeugen,<br>Unfälle mit Antrieben,<br>"
        "Sicherung von Einsatzstellen M. Cleem"
    ) == [
        "23. Mai - 19.00 Uhr - Sicherung von Fahrzeugen, Unfälle mit Antrieben, "
        "Sicherung von Einsatzstellen M. Cleem"
    ]


@pytest.mark.parametrize(
    "item",
    [
        # no day and clock opening the row
        "Knoten - St. Baumgarten<br>Leitern - S. Pöppich",
        # the first line names no one: the second line is no parallel topic
        "21. März - 19.00 Uhr Chorprobe<br>Leitung - S. Pöppich",
        # a place or a note below a dated line
        "12.05.2024, 18:00 Uhr Konzert - J. S. Bach<br>Gemeindehaus Lindenstraße 4",
    ],
)
def test_other_rows_stay(item: str) -> None:
    before = _items_after(item.replace("<br>", "<br/>"))
    assert len(before) == 1
    assert "|" in before[0]
