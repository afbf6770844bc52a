"""Causes found on held-out German batch 97 (a Chaos club's old TWiki topics kept as HTML in its
nanoc site), each unit with its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

URL = "https://club.example.org/wiki/Termine"


def _rows(html: str, today: date) -> list[tuple[str | None, str]]:
    records = extract_page(page_from_text(html, URL)).records
    return [(r.title, (normalize_record(r, today=today).start or "")[:10]) for r in records]


# --- heading sections whose lines are bare text between the labels' elements ---

_SECTIONS = """<html><body><h1>Überregionale Termine</h1>
<h2>Easterhegg</h2><p></p>
<strong>Infos:</strong> <a href="https://eh.example.org/">https://eh.example.org/</a><br>
<strong>Wann:</strong> 29.3. bis 1.4.2013 <br>
<strong>Wo:</strong> bei Paderborn <br>
<h2>Sigint Köln</h2><p></p>
<strong>Wann:</strong> 5.-7. Juli 2013 <br>
<strong>Wo:</strong> KOMED im Mediapark Köln <br>
<h2>FrOSCon</h2><p></p>
<strong>Wann:</strong> 24./25. August 2013<br>
<strong>Wo:</strong> Hochschule Bonn-Rhein-Sieg <br>
<h2>Hackover</h2><p></p>
<strong>Wann:</strong> 01.-03. November 2013 <br>
<strong>Wo:</strong> Hannover <br>
</body></html>"""


def test_heading_sections_keep_their_bare_text_lines() -> None:
    # Before: the runs held only the elements (<strong>Wann:</strong>, <br>), the days in the
    # text nodes after them were lost, the list read undated and only one event was found.
    rows = _rows(_SECTIONS, date(2013, 2, 15))
    assert rows == [
        ("Easterhegg", "2013-03-29"),
        ("Sigint Köln", "2013-07-05"),
        ("FrOSCon", "2013-08-24"),
        ("Hackover", "2013-11-01"),
    ]


def test_sections_in_their_own_elements_are_read_as_before() -> None:
    html = """<html><body><h1>Termine</h1>
    <h2>Lesung</h2><p>12.03.2027, Stadtbücherei</p>
    <h2>Konzert</h2><p>14.05.2027, Rathaus</p>
    <h2>Flohmarkt</h2><p>20.06.2027, Marktplatz</p></body></html>"""
    rows = _rows(html, date(2027, 1, 10))
    assert rows == [
        ("Lesung", "2027-03-12"),
        ("Konzert", "2027-05-14"),
        ("Flohmarkt", "2027-06-20"),
    ]


def test_the_clubs_chaos_dates_are_each_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "twiki-cccs-chaostermine-2013")
    events = [(r["start"][:10], r["title"]) for r in records]
    assert len(events) == 11
    assert ("2012-12-27", "Congress 29C3") in events
    assert ("2013-06-14", "CoSin") in events
    assert ("2013-09-07", "Demo Freiheit statt Angst (Berlin)") in events
    assert not any(r["title"] in ("BigBrotherAwards", "CAMP") for r in records)
