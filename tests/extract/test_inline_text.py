"""Text of inline neighbours runs on as a browser shows it (``extract/inline_text.py``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.block_text import text_lines
from netdir.extract.inline_text import visible_text
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _text(markup: str) -> str:
    node = LexborHTMLParser(f"<div id=x>{markup}</div>").css_first("#x")
    assert node is not None
    return " ".join(visible_text(node).split())


def test_a_word_in_two_colours_is_one_word_on_the_real_page() -> None:
    # Rettungs-Corps St. Gallen: <h2><span style="color: #000000;…">DEPOT</span><span
    # style="color: #ff0000;">61</span><br/><small>Das Museum</small></h2> — the museum's name
    # is one word in black and red; the browser shows „DEPOT61“ (before: „DEPOT 61“).
    today = date(2023, 2, 3)
    html = (PAGES / "php-rcstgallen-neues-2023-02.html").read_text(encoding="utf-8")
    page = replace(
        page_from_text(html, "https://www.rettungscorps.ch/"),
        fetched_at=datetime(today.year, today.month, today.day, 12, tzinfo=UTC),
    )
    titles = [record.title for record in extract_page(page).records]
    # (its subtitle „Das Museum“ belongs to the name: test_corpus_leftovers)
    assert "DEPOT61 Das Museum" in titles
    assert not [title for title in titles if "DEPOT 61" in title]
    tree = LexborHTMLParser(html)
    museum = next(h2 for h2 in tree.css("h2") if "61" in h2.text())
    assert [line for line, _ in text_lines([museum])] == ["DEPOT61", "Das Museum"]


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ("<span>DEPOT</span><span>61</span>", "DEPOT61"),
        ("Hel<b>lo</b> world", "Hello world"),
        ('Zum DEPOT<span style="color: red">61</span> »', "Zum DEPOT61 »"),
        ("Seattle<span>, WA</span>", "Seattle, WA"),
        # Whitespace in the markup stays one space.
        ("<span>DEPOT</span> <span>61</span>", "DEPOT 61"),
        # Blocks, <br>, links, images, <sup> and classed or marked fields stay apart.
        ("<p>Datum</p><p>Ort</p>", "Datum Ort"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        ("Foo<br>Bar", "Foo Bar"),
        ('<a href="/g">Google</a><a href="/o">Outlook</a>', "Google Outlook"),
        ('Seite drucken<img src="x.png">teilen', "Seite drucken teilen"),
        ("10<sup>00</sup> Uhr", "10 00 Uhr"),
        ('<span class="day">12</span><span class="month">Mai</span>', "12 Mai"),
        ("<strong data-cid>SV Obersasbach</strong><small data-cid>Sportverein</small>", "SV Obersasbach Sportverein"),
        # Sibling elements of different kinds, each one whole piece, are a badge's stacked parts.
        ("<b>03</b><i>Okt</i><em>Sa</em>", "03 Okt Sa"),
        ("<b>23</b><i>Okt</i><em>bis 25. Okt</em>", "23 Okt bis 25. Okt"),
        ("<b>Kon</b>zert", "Konzert"),
        ("<b>Jazz<i>Club</i></b>", "JazzClub"),
    ],
)  # fmt: skip
def test_inline_neighbours_run_on_unless_something_sets_them_apart(markup: str, shown: str) -> None:
    assert _text(markup) == shown


def test_text_without_touching_neighbours_is_read_as_before() -> None:
    markup = "<p> Am <b>Sonntag</b> ,\n 14. Dezember </p><p></p><p>Ort:  Rathaus</p><i> x</i>"
    node = LexborHTMLParser(f"<div id=x>{markup}</div>").css_first("#x")
    assert node is not None
    assert visible_text(node) == node.text(separator=" ", strip=True)
