"""A menu named by a word between structural ones (``main_nav_list``) is furniture."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.furniture_words import telling_words
from netdir.extract.listing_groups import _is_furniture_name
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH, page_records
from tests.realpages.corpus import load_truth


def test_telling_words_drop_the_structural_ones() -> None:
    assert telling_words(["main", "nav", "list"]) == ["nav"]
    assert telling_words(["event", "list", "item"]) == ["event"]


@pytest.mark.parametrize(
    "name", ["main_nav_list", "main_nav_container", "main_nav_item", "topMenuItems"]
)
def test_a_menu_word_between_structural_words_is_furniture(name: str) -> None:
    assert _is_furniture_name(name)


@pytest.mark.parametrize(
    "name", ["main_list", "list-item", "event-list-item", "main-content-wrapper", "news_item_box"]
)
def test_names_without_a_furniture_word_are_not(name: str) -> None:
    assert not _is_furniture_name(name)


def _menu(links: list[str]) -> str:
    items = "".join(
        f'<li><a class="main_nav_item" href="{i}.html">{t}</a></li>' for i, t in enumerate(links)
    )
    return f'<div id="main_nav_container"><ul id="main_nav_list">{items}</ul></div>'


def test_a_site_menu_with_a_few_dated_links_is_not_the_listing() -> None:
    links = [
        "Wir über uns",
        "Leitbild",
        "Kurse",
        "Sommerfest am 23. Juni",
        "Gesprächsabend am 22. Juni",
    ]
    links += ["Ausstellungen", "Archiv", "Kontakt", "Links", "Anfahrt"]
    html = f"<html><body><table><tr><td>{_menu(links)}</td><td><p>Text.</p></td></tr></table></body></html>"
    records = extract_page(page_from_text(html, "https://example.org/")).records
    assert [record.title for record in records if record.date_text] == []


@pytest.mark.parametrize("kind", ["fortbildung", "puppentheater"])
def test_cause_the_left_menu_no_longer_reads_as_the_page_listing(kind: str) -> None:
    # Held-out batch 61: the site-wide left menu (19 links, five dated, "BGZ Sommerfest am
    # 23. Juni") was read as the page's listing. (``inspect_corpus_page`` needs a record.)
    page_id = f"wfx-kulturhaus-suederelbe-{kind}-2017"
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    titles = [title for title, _, _ in page_records(page_id, truth.base_url, truth.today)]
    assert "BGZ Sommerfest" not in titles
    assert "Wir über uns" not in titles


@pytest.mark.parametrize("name", ["partner-tier__grid", "sponsors__item", "sponsoren", "partners"])
def test_a_supporters_box_is_furniture(name: str) -> None:
    assert _is_furniture_name(name)


def test_cause_the_festivals_partner_cards_are_no_offerings() -> None:
    # Batch 27: the festival's home page read its sponsors' logo cards as five undated records.
    page_id = "static-fest-der-demokratie-2026"
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    titles = [title for title, _, _ in page_records(page_id, truth.base_url, truth.today)]
    assert "Cineplex Pfaffenhofen" not in titles
    assert "Stadt Pfaffenhofen a.d. Ilm" not in titles
