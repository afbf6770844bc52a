"""A place given as a term and its value („<dt>Ort</dt><dd>GT-Halle</dd>“) is the block's place."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.term_labelled_places import term_labelled_place
from tests.extract.realpage_inspect import inspect_corpus_page


def _place(html: str) -> str | None:
    body = LexborHTMLParser(html).body
    assert body is not None
    return term_labelled_place([body])


def test_the_value_of_a_place_term_is_the_place() -> None:
    html = "<div><dl><dt>Ort</dt>\n<dd><a href='/v'>GT-Halle</a></dd><dt>OSR</dt><dd>n.n.</dd></dl></div>"
    assert _place(html) == "GT-Halle"


def test_other_terms_and_an_open_place_give_none() -> None:
    assert _place("<dl><dt>OSR</dt><dd>Dieter Balzer</dd></dl>") is None
    assert _place("<dl><dt>Ort</dt><dd>unbekannt</dd></dl>") is None
    assert _place("<dl><dt>Venue:</dt><dd>TBA</dd></dl>") is None


def test_a_row_of_a_place_header_and_its_cell() -> None:
    assert (
        _place("<table><tr><th>Ort:</th><td>Rathaus, Saal 2</td></tr></table>") == "Rathaus, Saal 2"
    )
    # A header row labels columns (read by the column reader), not one value.
    header_row = (
        "<table><tr><th>Ort</th><th>Zeit</th></tr><tr><td>Aula</td><td>19 Uhr</td></tr></table>"
    )
    assert _place(header_row) is None


def test_the_tournaments_are_at_their_halls_and_keep_their_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The umpires' tournaments page: each panel's „Ort“ term names the hall; with the place
    read, the names' comma ends („…, Jugend“) are no place column."""
    records = inspect_corpus_page(capsys, "jekyll-tt-schiri-bttv-turniere-2019-08")
    by_title = {r["title"]: r["location"] for r in records}
    assert by_title["Landesrangliste B-Schüler und Schülerinnen, Jugend"] == "GT-Halle"
    assert by_title["BEM A-Schüler und Schülerinnen, Jugend"] == "Große Sporthalle"
    assert by_title["Bundesfinale JtfO, JtfP"] is None
