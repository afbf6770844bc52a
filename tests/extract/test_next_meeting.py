"""A „Nächstes Treffen:“ heading over a day line (next_meeting): read only outside the chosen
groups, a line inside one of their blocks being that block's already."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

_GROUPS = """<html><head><title>Linux-Stammtisch Beispielstadt</title></head><body>
<h2>Unsere Gruppen</h2>
<div class="group"><h3>Stammtisch Nord</h3><p>Im Gasthaus Krone.</p>
<h4>Nächstes Treffen:</h4><p><b>Dienstag, 9. März 2027, 19:30 Uhr</b></p></div>
<div class="group"><h3>Stammtisch Süd</h3><p>Im Café Linde.</p>
<h4>Nächstes Treffen:</h4><p><b>Mittwoch, 10. März 2027, 19:00 Uhr</b></p></div>
<div class="group"><h3>Stammtisch West</h3><p>Im Hafenhaus.</p>
<h4>Nächstes Treffen:</h4><p><b>Donnerstag, 11. März 2027, 20:00 Uhr</b></p></div>
</body></html>"""


def test_a_next_meeting_line_inside_a_listed_block_is_that_blocks_date_only() -> None:
    # Before (a taken set of the blocks' own nodes): each day line, nested in its group's
    # <div>, was read again as the page's next meeting — three extra records.
    records = extract_page(page_from_text(_GROUPS, "https://lug.example/gruppen")).records
    assert [(r.title, r.date_text) for r in records] == [
        ("Stammtisch Nord", "Dienstag, 9. März 2027, 19:30 Uhr"),
        ("Stammtisch Süd", "Mittwoch, 10. März 2027, 19:00 Uhr"),
        ("Stammtisch West", "Donnerstag, 11. März 2027, 20:00 Uhr"),
    ]
