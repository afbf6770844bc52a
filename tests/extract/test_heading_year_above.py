"""The year the nearest short heading above an element states (heading_year_above): the one
helper of the listing's rows (``listing_row_context.add_page_year``) and of the day boxes."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.heading_year_above import year_heading_above
from netdir.extract.listing_groups import Outline


def _year_of_box(html: str, *, past_earlier_twins: bool = True) -> str | None:
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    box = tree.css_first("#box")
    assert box is not None and tree.body is not None
    found = year_heading_above(box, Outline.of(tree.body), past_earlier_twins=past_earlier_twins)
    return found[0] if found is not None else None


def test_the_year_of_the_heading_the_box_stands_under() -> None:
    html = '<h2>Termine 2026</h2><div>a</div><h2>Termine 2027</h2><div><h3>1</h3></div><div id="box">b</div>'
    assert _year_of_box(html) == "2027"


def test_a_heading_of_an_ancestors_sibling() -> None:
    assert _year_of_box('<h1>Programm 2025</h1><section><div id="box">b</div></section>') == "2025"


def test_a_heading_without_a_year_or_a_month_heading_does_not_hide_the_sections_year() -> None:
    assert (
        _year_of_box('<h2>Termine 2026</h2><h3>Vereinsabende</h3><div id="box">b</div>') == "2026"
    )
    assert _year_of_box('<h2>2025</h2><h3>Juni</h3><div id="box">b</div>') == "2025"


def test_the_headings_of_the_cards_before_are_theirs_not_the_sections() -> None:
    card = '<div class="card"><h3>{}</h3><p>Saal</p></div>'
    html = (
        "<h2>Termine 2026</h2>"
        + card.format("Osterdisco 2027")
        + '<div class="card" id="box"><h3>Frühschoppen</h3></div>'
    )
    assert _year_of_box(html) == "2026"
    assert _year_of_box(html, past_earlier_twins=False) == "2027"  # a list's rows: as before


def test_two_years_or_a_long_heading_say_nothing() -> None:
    assert _year_of_box('<h2>2025 und 2026</h2><div id="box">b</div>') is None
    long = "Rückblick auf die Veranstaltungen und Feste des Vereins im Jahr 2019 und noch viel mehr"
    assert _year_of_box(f'<h2>{long}</h2><div id="box">b</div>') is None


def test_a_seasons_heading_gives_its_first_year() -> None:
    """„Termine 2024/2025“ over „16. November“: the season opens in its first year (the listing
    read so before the day boxes shared its helper; a day-box season heading said nothing)."""
    assert _year_of_box('<h2>Saison 2025/2026</h2><div id="box">b</div>') == "2025"


def test_no_heading() -> None:
    assert _year_of_box('<p>2026</p><div id="box">b</div>') is None
