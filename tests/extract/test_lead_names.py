"""A heading that names the lead sentence's offering in full keeps naming the days (names_it_in_full)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.lead_sentence import names_it_in_full
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("heading", "name", "in_full"),
    [
        ("Aspach Cup 2026/2027", "Aspach Cup", True),
        ("Sommerfest des TSV 2026", "Sommerfest des TSV", True),
        ("Reparaturtermine 2023", "Repair Café Datteln", False),
        ("Aspach Cup", "Aspach Cup", False),  # no more than the lead: the lead's name stands
        ("Cup Aspach 2026", "Aspach Cup", False),  # the words, not in that order
        ("Termine", "Stammtisch", False),
    ],
)
def test_a_heading_names_the_offering_in_full_when_it_holds_the_name_and_more(
    heading: str, name: str, in_full: bool
) -> None:
    assert names_it_in_full(heading, name) is in_full


def _page(heading: str) -> str:
    return f"""<html><body><main><h2>Termine</h2><article>
    <h3>{heading}</h3><p>Unser Aspach Cup findet an zwei Wochenenden statt.</p>
    <div class="dates"><div class="date">19. &amp; 20. Dezember 2026</div>
    <div class="date">09. &amp; 10. Januar 2027</div></div></article></main></body></html>"""


def test_the_days_under_a_heading_with_the_season_keep_the_season() -> None:
    records = extract_page(
        page_from_text(_page("Aspach Cup 2026/2027"), "https://example.org/termine.html")
    ).records
    assert [r.title for r in records] == ["Aspach Cup 2026/2027", "Aspach Cup 2026/2027"]


def test_the_days_under_a_heading_naming_the_list_take_the_leads_name() -> None:
    records = extract_page(
        page_from_text(_page("Turniere"), "https://example.org/termine.html")
    ).records
    assert [r.title for r in records] == ["Aspach Cup", "Aspach Cup"]


def test_held_out_club_page_names_both_weekends_of_its_cup_with_the_season(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Batch 82: the SGM Aspach's article h3 „Aspach Cup 2026/2027“ over the lead „Unser Aspach
    Cup findet an zwei Wochenenden statt.“ and the date boxes „📅 19. & 20. Dezember 2026“."""
    records = inspect_corpus_page(capsys, "static-sgm-aspach-termine-2026")
    assert [(r["title"], r["start"], r["end"]) for r in records] == [
        ("Aspach Cup 2026/2027", "2026-12-19", "2026-12-20"),
        ("Aspach Cup 2026/2027", "2027-01-09", "2027-01-10"),
    ]
