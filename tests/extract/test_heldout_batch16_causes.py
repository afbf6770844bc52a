"""Causes found on held-out batch 16 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from pathlib import Path

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_a_heading_of_name_and_venue_lines_gives_title_and_place() -> None:
    # A Mobirise timeline: <h4>Stammtisch<br>Café Inti</h4>, <h4>Beethoven-Konzert<br>Leipzig,
    # Gewandhaus</h4> — the heading's second line is where, not part of the name; a heading of
    # one line ("Frühjahrs-Gauwanderung") stays whole.
    html = (PAGES / "mobirise-singletreff-goettingen-termine.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://jgoschke.github.io/fsgoe/termine.html"))
    got = [(r.title, r.location_text) for r in records.records]
    assert got[0] == ("After Work", "Weihnachtsmarkt Göttingen")
    assert ("Stammtisch", "Café Inti") in got
    assert ("Kochen", "Ev. Familien-Bildungsstätte GÖ") in got
    assert ("Beethoven-Konzert", "Leipzig, Gewandhaus") in got
    assert ("Bach'sche 'Weihnachtsoratorium'", "St. Blasius Kirche, Hann. Münden") in got
    assert ("Frühjahrs-Gauwanderung", None) in got
