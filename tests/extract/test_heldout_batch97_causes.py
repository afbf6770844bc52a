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


# --- a label's element and the bare text beside it are one line ---


def _places(html: str) -> list[str | None]:
    return [r.location_text for r in extract_page(page_from_text(html, URL)).records]


def test_a_bold_label_and_the_text_after_it_are_one_line() -> None:
    # Before: „<strong>Wo:</strong>“ and „bei Paderborn“ were two lines (the strong owned its
    # text, the body the text node after it), so no „Wo:“ line named a place.
    assert _places(_SECTIONS) == [
        "bei Paderborn",
        "KOMED im Mediapark Köln",
        "Hochschule Bonn-Rhein-Sieg",
        "Hannover",
    ]


def test_the_chaos_dates_name_their_places(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "twiki-cccs-chaostermine-2013")
    places = {r["title"]: r["location"] for r in records}
    assert places["Congress 29C3"] == "CCH Hamburg"
    assert places["CoSin"].startswith("Villa Ritter in Biel")


# --- a block's download links are no list beside the dated blocks that hold them ---

# Four talks as the wiki lists them (one ul each), the last with its downloads.
_TALKS = """<ul>
<li> <strong>12.4.2012</strong> <br>
<strong>Thema:</strong> "Web3D: Ein Rückblick (in die Zukunft ?)" <br>
<strong>Referent:</strong> MUFTI <br>
<strong>Orgapate:</strong> otih <br>
<a href="https://club.example.org/pub/201204">Pressetext 04/2012</a>
<a href="https://club.example.org/pub/2012-04a.pdf">Aushang April 2012</a> <br>
<a href="https://club.example.org/pub/2012-04b.pdf">Flyer April 2012</a><br>
<strong>Audio:</strong> <a href="https://library.example.org/audio/club.php#32">https://library.example.org/audio/club.php#32</a>
</li>
</ul><ul>
<li> <strong>10.5.2012</strong> <br>
<strong>Thema:</strong> "Hackerspace Global Grid" und "Constellation" <br>
<strong>Referenten:</strong> D., E. und F. <br>
<strong>Orgapate:</strong> <a href="https://club.example.org/people/PrinCess">PrinCess</a> <br>
<a href="https://club.example.org/pub/201205">Pressetext 05/2012</a>
</li>
</ul><ul>
<li> <strong>12.7.2012</strong> <br>
<strong>Thema:</strong> Zum Turing-Jahr 2012 - Alan Turing wäre 100 geworden <br>
<strong>Referent:</strong> C. Referent <br>
<strong>Orgapate:</strong> B. Pate <br>
<a href="https://club.example.org/pub/pressetext-201207b.txt">Pressetext 07/2012</a> <br>
<a href="https://club.example.org/pub/aushang-201207a.pdf">Aushang Juli 2012</a> <br>
<a href="https://club.example.org/pub/flyer-201207a.pdf">Flyer Juli 2012</a><br>
</li>
</ul>"""
_LAST_TALK_LINKS = """<ul>
<li> <strong>13.12.2012</strong> <br>
<strong>Referent:</strong> A. Referent <br>
<strong>Thema:</strong> "Geekige Weihnachtstage" <br>
<strong>Orgapate:</strong> N/N<br>
<a href="https://club.example.org/pub/pressetext-201212.txt">Pressetext 12/2012</a> <br>
<a href="https://club.example.org/pub/aushang-201212.pdf">Aushang Dezember 2012</a> <br>
<a href="https://club.example.org/pub/flyer-201212.pdf">Flyer Dezember 2012</a><br>
<strong>Folien:</strong> <a href="https://slides.example.org/Vortrag-GeekigeWeihnachtstage/">html5-Folien</a> (<a href="https://code.example.org/Vortrag-GeekigeWeihnachtstage">Quelltext dazu</a>)<br>
<strong>Feedbackmöglichkeit:</strong> Blog: <a href="https://blog.example.org/2012-12-14-geekige-weihnachtstage">https://blog.example.org/2012-12-14-geekige-weihnachtstage</a>
</li>
</ul>"""


def test_the_talks_are_read_not_the_last_talks_links() -> None:
    # Before: the six links of the last talk (two naming a month) scored as well as the talks
    # and won; the talks were lost and the flyers were records.
    rows = _rows(
        f"<html><body>{_TALKS}{_LAST_TALK_LINKS}</body></html>",
        date(2012, 12, 19),
    )
    assert [day for _, day in rows] == ["2012-04-12", "2012-05-10", "2012-07-12", "2012-12-13"]
    assert not any(title and title.startswith(("Flyer", "Aushang")) for title, _ in rows)


def test_a_quoted_line_after_the_occasions_topic_line_names_the_talk() -> None:
    html = """<html><body><ul><li><strong>12.1.2027</strong><br>
    <strong>Thema:</strong> Warmup im Filmwinter, Kooperation mit <a href="https://w.example.org/">W5</a><br>
    <strong>"Vereinsmitglieder plaudern aus dem Nähkästchen"</strong><br></li></ul>
    <ul><li><strong>9.2.2027</strong><br><strong>Thema:</strong> Rhetorik als Algorithmus<br></li></ul>
    <ul><li><strong>8.3.2027</strong><br><strong>Thema:</strong> "Verschlüsselung im Alltag"<br>
    <strong>"Ein Abend"</strong></li></ul></body></html>"""
    titles = [title for title, _ in _rows(html, date(2027, 1, 1))]
    assert titles[0] == '"Vereinsmitglieder plaudern aus dem Nähkästchen"'
    assert titles[1] == "Rhetorik als Algorithmus"
    assert titles[2] == '"Verschlüsselung im Alltag"'  # a quoted topic keeps its own name


def test_the_clubs_talks_of_2012_are_each_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "twiki-cccs-vortraege-2012")
    events = [(r["start"][:10], r["title"].strip('"')) for r in records]
    assert len(events) == 12
    assert events[0] == ("2012-01-12", "CCC(S)ler und Nahestehende plaudern aus dem Nähkästchen")
    assert ("2012-12-13", "Geekige Weihnachtstage") in events
    assert not any(title.startswith(("Flyer", "Aushang", "Pressetext")) for _, title in events)
