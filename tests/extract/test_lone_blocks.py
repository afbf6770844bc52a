"""What next_meeting and featured_event_boxes share (lone_blocks): the element after a heading,
whether its text is only a day, and the one-block candidate around it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.lone_blocks import element_with_text_after, is_only_a_day
from tests.extract.conftest import page_from_text


def _heading(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def test_the_element_after_a_heading_passes_over_as_many_blank_ones_as_allowed() -> None:
    tree = _heading("<div><h3>Der nächste Termin:</h3><p> </p><p></p><p>Di, 3.2.2027</p></div>")
    heading = tree.css_first("h3")
    assert heading is not None
    assert element_with_text_after(heading) is None  # a blank paragraph first
    assert element_with_text_after(heading, 1) is None
    found = element_with_text_after(heading, 2)
    assert found is not None and found.text() == "Di, 3.2.2027"


def test_only_a_day_is_a_day_line_and_a_named_day_is_not() -> None:
    assert is_only_a_day("Donnerstag, 3. Februar 2005, 20.00 Uhr")
    assert is_only_a_day("Saturday 25th April 2026")
    assert not is_only_a_day("Sommerfest am 3. Februar 2005")
    assert not is_only_a_day("Unsere Gruppen")


_BOTH = """<html><head><title>Klöppelkreis Beispielstadt</title></head><body>
<div class="featured"><span>Save the date</span><h2>Großer Klöppeltag</h2>
<p>Samstag, 24. April 2027</p><p>Unser erster Klöppeltag im Bürgerhaus.</p></div>
<h3>Der nächste Termin:</h3><p></p><p><strong>Dienstag, 9. März 2027, 19:30 Uhr</strong></p>
<h2>Weitere Termine</h2>
<ul><li>13.04.2027 Treffen</li><li>11.05.2027 Treffen</li><li>08.06.2027 Treffen</li></ul>
</body></html>"""


def test_a_featured_box_and_a_next_meeting_line_are_each_one_offering() -> None:
    records = extract_page(page_from_text(_BOTH, "https://kloeppeln.example/")).records
    read = {(r.title, r.date_text) for r in records}
    assert ("Großer Klöppeltag", "Samstag, 24. April 2027") in read
    # the day line alone under the heading: the page's group meets
    assert ("Klöppelkreis Beispielstadt", "Dienstag, 9. März 2027, 19:30 Uhr") in read
