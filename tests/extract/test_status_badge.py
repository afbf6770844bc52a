"""A row's status badge (extract.status_badge)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.status_badge import status_badge


def _row(html: str) -> list:
    node = LexborHTMLParser(f"<div id='row'>{html}</div>").css_first("#row")
    assert node is not None
    return [node]


@pytest.mark.parametrize(
    ("html", "status"),
    [
        (
            "<div class='mdate'>December 15, 2025</div><div class='minfo'>"
            "<span class='badge cancelled'>Cancelled</span></div>",
            "cancelled",
        ),
        ("<b>12.03.2026</b> Jahreshauptversammlung <em>Abgesagt!</em>", "abgesagt"),
        ("<td>May 4</td><td>Board Meeting</td><td><span>Postponed</span></td>", "postponed"),
    ],
)
def test_a_badge_of_its_own_says_the_row_s_status(html: str, status: str) -> None:
    assert status_badge(_row(html)) == status


@pytest.mark.parametrize(
    "html",
    [
        "<h3>Cancelled flights: a talk</h3><p>May 4, 2026</p>",  # a word inside a title
        "<p>May 4, 2026</p><p>Falls abgesagt, informieren wir per Mail.</p>",  # a condition
        "<p>May 4</p><span>Cancelled</span><span>Postponed</span>",  # two statuses: none
    ],
)
def test_no_badge_no_status(html: str) -> None:
    assert status_badge(_row(html)) is None
