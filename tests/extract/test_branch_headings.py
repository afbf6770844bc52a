"""A list split by the places that hold its rows (extract/branch_headings.py): each section's
heading is its rows' place, and one programme at two branches on one day is two offerings."""

from __future__ import annotations

from netdir.extract import extract_page
from netdir.extract.branch_headings import SOURCE
from netdir.extract.place_lines import names_a_venue_word
from tests.extract.conftest import page_from_text

_BRANCHES = """<html><body><h1>Family Literacy Day Programs</h1><div class="details">
<h3>Ansley Grove</h3><ul>
<li><a href="/p?eventid=1">Toddling to Read</a> (Thursday, Jan. 22, 10:15 a.m.)</li></ul>
<h3>Bathurst Clark Resource Library</h3><ul>
<li><a href="/p?eventid=2">Family Storytime</a> (Monday, Jan. 19, 7:00 p.m.)</li>
<li><a href="/p?eventid=3">Ready to Read</a> (Tuesday, Jan. 20, 10:30 a.m.)</li>
<li><a href="/p?eventid=4">Born to Read</a> (Wednesday, Jan. 21, 10:30 a.m.)</li></ul>
<h3>Kleinburg Library</h3><ul>
<li><a href="/p?eventid=10">Family Storytime</a> (Tuesday, Jan. 20, 11:00 a.m.)</li></ul>
<h3>Maple Library</h3><ul>
<li><a href="/p?eventid=5">Ready to Read</a> (Thursday, Jan. 22, 10:30 a.m.)</li>
<li><a href="/p?eventid=6">Toddling to Read</a> (Tuesday, Jan. 20, 10:30 a.m.)</li></ul>
<h3>Pierre Berton Resource Library</h3><ul>
<li><a href="/p?eventid=7">Family Storytime</a> (Monday, Jan. 19, 7:00 p.m.)</li>
<li><a href="/p?eventid=8">Born to Read</a> (Tuesday, Jan. 20, 10:30 a.m.)</li>
<li><a href="/p?eventid=9">Toddling to Read</a> (Friday, Jan. 23, 10:30 a.m.)</li></ul>
</div></body></html>"""

_MONTHS = """<html><body><h1>Termine</h1><div class="details">
<h3>Januar</h3><ul>
<li><a href="/a">Stammtisch</a> (Montag, 19.01.2026, 19 Uhr)</li>
<li><a href="/b">Vortrag</a> (Dienstag, 20.01.2026, 19 Uhr)</li></ul>
<div class="section_end">&nbsp;</div>
<h3>Februar</h3><ul>
<li><a href="/c">Stammtisch</a> (Montag, 16.02.2026, 19 Uhr)</li>
<li><a href="/d">Wanderung</a> (Samstag, 21.02.2026, 10 Uhr)</li></ul>
</div></body></html>"""


def _records(html: str) -> list[tuple[str | None, str | None]]:
    result = extract_page(page_from_text(html, "https://example.org/programs"))
    return [(r.title, r.location_text) for r in result.records]


def test_each_branch_heading_is_the_place_of_its_rows() -> None:
    assert _records(_BRANCHES) == [
        ("Toddling to Read", "Ansley Grove"),
        ("Family Storytime", "Bathurst Clark Resource Library"),
        ("Ready to Read", "Bathurst Clark Resource Library"),
        ("Born to Read", "Bathurst Clark Resource Library"),
        ("Family Storytime", "Kleinburg Library"),
        ("Ready to Read", "Maple Library"),
        ("Toddling to Read", "Maple Library"),
        ("Family Storytime", "Pierre Berton Resource Library"),
        ("Born to Read", "Pierre Berton Resource Library"),
        ("Toddling to Read", "Pierre Berton Resource Library"),
    ]
    records = extract_page(page_from_text(_BRANCHES, "https://example.org/programs")).records
    assert records[0].field_sources["location_text"] == "listing:ul>li " + SOURCE[len("listing:") :]


def test_headings_that_name_no_venue_are_no_places() -> None:
    assert {place for _, place in _records(_MONTHS)} == {None}


_FARMS = """<html><body><h1>Veranstaltungen</h1><div class="inner">
<p>Auf unseren Höfen bieten wir Führungen an.</p>
<h4>Untermühlbachhof</h4><table><thead><tr><th>Zeit</th><th>Veranstaltung</th></tr></thead><tbody>
<tr><td>28.5.2026 15 Uhr</td><td>Die Präparate, Hornmist zum Mitmachen</td></tr>
<tr><td>25.6.2026 15 Uhr</td><td>Dinkel, Emmer - Feldbegehung</td></tr>
<tr><td>27.8.2026 15 Uhr</td><td>Was ist Tierwohl</td></tr></tbody></table>
<h4>Mathislehof</h4><p>Wir feiern die Sommersonnenwende mit einem Feuer.</p>
</div></body></html>"""


def test_one_farm_heading_over_the_rows_is_their_place_when_its_siblings_name_farms() -> None:
    assert _records(_FARMS) == [
        ("Die Präparate, Hornmist zum Mitmachen", "Untermühlbachhof"),
        ("Dinkel, Emmer - Feldbegehung", "Untermühlbachhof"),
        ("Was ist Tierwohl", "Untermühlbachhof"),
    ]


def test_one_heading_over_the_rows_beside_other_topics_is_no_place() -> None:
    topics = _FARMS.replace("Mathislehof", "Anmeldung").replace("Untermühlbachhof", "Führungen")
    assert {place for _, place in _records(topics)} == {None}
    lone = _FARMS.replace("<h4>Mathislehof</h4>", "")
    assert {place for _, place in _records(lone)} == {None}


def test_a_farms_name_is_a_venue_word_a_bare_hof_is_not() -> None:
    # „-hof“ is one of place_lines' venue words (it was branch_headings' own _FARM).
    assert names_a_venue_word("Untermühlbachhof")
    assert names_a_venue_word("Mathislehof")
    assert not names_a_venue_word("Hof")  # also a town
    assert not names_a_venue_word("Hoffest")
