"""A dated post named only by a periodical's issue („InfoBrief 2023-3“) is no offering."""

from __future__ import annotations

import pytest

from netdir.extract.deadline_titles import names_an_issue
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "title",
    [
        "InfoBrief 2023-3",
        "Newsletter 04/2023",
        "Rundbrief Nr. 12",
        "Gemeindebrief Juli 2024",
        "Unser InfoBrief 2023-3 ist fertig",
        "Amtsblatt 12/2024",
    ],
)
def test_a_periodicals_issue_is_named(title: str) -> None:
    assert names_an_issue(title)


@pytest.mark.parametrize(
    "title",
    [
        "Infobrief-Redaktionstreffen 2024",
        "Newsletter-Workshop am 12. März",
        "Radeltreff",
        "Verteilung des Gemeindebriefs",
        None,
    ],
)
def test_a_meeting_about_a_periodical_stays(title: str | None) -> None:
    assert not names_an_issue(title)


def test_the_newsletter_post_among_the_meeting_posts_is_no_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The ADFC Hemmingen Pattensen's tag page lists its meeting posts and „InfoBrief 2023-3“, the
    # post saying the newsletter is out, dated by its footer „Fr 22 Dezember 2023“. Before: a record.
    rows = inspect_corpus_page(capsys, "pelican-adfc-hemmingen-radeltreff")
    titles = [row["title"] for row in rows]
    assert not any("InfoBrief" in (title or "") for title in titles)
    assert any(row["start"] and row["start"].startswith("2019-02-27") for row in rows)
