"""Causes found on held-out German batch 94 (listing pages: a Linux user group's meeting lists,
a city magazine's event calendar as a table of divs, a theatre's month programme with its
introductions, a nightlife portal's day of events framed in layout tables), each unit with its
real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.introduced_clocks import performance_clock
from netdir.extract.listing_row_context import is_time_cell
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _rows(html: str, url: str, today: date) -> list[tuple[str | None, str, str, str | None]]:
    records = extract_page(page_from_text(html, url)).records
    rows = []
    for record in records:
        normalized = normalize_record(record, today=today)
        rows.append(
            (
                record.title,
                (normalized.start or "")[:16],
                (normalized.end or "")[:16],
                record.location_text,
            )
        )
    return rows


# --- a performance's clocks: „19:00 | Einführung“ before „19:30 -<br>22:45 | DON GIOVANNI“ ---


@pytest.mark.parametrize(
    ("chunks", "clock"),
    [
        (["19:00", "Einführung", "19:30 -", "22:45", "DON GIOVANNI"], "19:30 - 22:45"),
        (["11:00 -", "12:15", "DINO UND DIE ARCHE"], "11:00 - 12:15"),
        (["18:30", "Einlass", "19:00", "Konzert"], "19:00"),
        (["14:30", "Werkeinführung:", "15:00", "Matinee"], "15:00"),
    ],
)
def test_a_programme_box_gives_the_performances_clocks(chunks: list[str], clock: str) -> None:
    assert performance_clock(chunks, is_time_cell) == clock


@pytest.mark.parametrize(
    "chunks",
    [
        ["19:30 Uhr", "Konzert"],  # one clock: the caller's reading stands
        ["19:00", "Einführung"],  # no later clock: the introduction is all there is
        ["10:00 -", "Führung durch das Haus"],  # the dash's next line is no clock
    ],
)
def test_other_boxes_keep_their_own_reading(chunks: list[str]) -> None:
    assert performance_clock(chunks, is_time_cell) is None


_PROGRAMME = """<html><body><div id="content2"><h2>MAI</h2>
<div class="spielplan contentBox"><div class="spielplan_day">Mittwoch, 09.05.</div>
<div class="spielplan_date">11:00&nbsp;-<br />12:15</div><div class="spielplan_content"><b>
<a href="/info/1164/">DINO UND DIE ARCHE</a></b><br />Eine Oper ab 6 Jahren
<span class="ort">KLEINES HAUS</span></div></div>
<div class="spielplan contentBox"><div class="spielplan_date">19:00</div>
<div class="spielplan_content"><b>Einführung</b></div><div class="spielplan_date">19:30&nbsp;-<br />
22:45</div><div class="spielplan_content"><b><a href="/info/495/">DON GIOVANNI</a></b><br />
Dramma giocoso von Mozart<span class="ort">GROSSES HAUS</span></div></div>
<div class="spielplan contentBox"><div class="spielplan_day">Donnerstag, 10.05.</div>
<div class="spielplan_date">19:30</div><div class="spielplan_content"><b>Einführung</b></div>
<div class="spielplan_date">20:00&nbsp;-<br />23:00</div><div class="spielplan_content"><b>
<a href="/info/1159/">RITTER BLAUBART</a></b><br />Operette<span class="ort">GROSSES HAUS</span>
</div></div></div></body></html>"""


def test_a_performance_starts_after_its_introduction_and_ends_on_the_next_line() -> None:
    rows = _rows(_PROGRAMME, "https://theater.example/spielplan/mai/", date(2026, 5, 8))
    assert [(title, start, end) for title, start, end, _ in rows] == [
        ("DINO UND DIE ARCHE", "2026-05-09T11:00", "2026-05-09T12:15"),
        ("DON GIOVANNI", "2026-05-09T19:30", "2026-05-09T22:45"),
        ("RITTER BLAUBART", "2026-05-10T20:00", "2026-05-10T23:00"),
    ]


# --- a table of divs: „Was? | Wo? | Wann?“ over rows of classed cells ---

_DIV_TABLE = """<html><body><div class="evtResultList">
<div class="Header"><div class="first">Was?</div><div class="second">Wo?</div>
<div class="third">Wann?</div><div class="fourth">Kategorie</div></div>
<div class="Content">
<div class="Row"><div class="first"><a href="evt1">Osterhasenstall</a></div>
<div class="second">Naturschutzzentrum Rappenwört<br />Karlsruhe</div>
<div class="third">10.04.2026<br/>12:00 Uhr</div><div class="fourth">Ausstellung</div></div>
<div class="Row"><div class="first"><a href="evt2">Spieleabend</a></div>
<div class="second">Die Kippe<br />Karlsruhe</div>
<div class="third">10.04.2026<br/>18:00 Uhr</div><div class="fourth">Sonstige</div></div>
<div class="Row"><div class="first"><a href="evt3">Milonga</a></div>
<div class="second">Walhalla<br />Karlsruhe</div>
<div class="third">10.04.2026<br/>21:00 Uhr</div><div class="fourth">Tanz</div></div>
</div></div></body></html>"""


def test_the_cell_under_the_header_divs_place_label_is_the_place() -> None:
    rows = _rows(_DIV_TABLE, "https://news.example/events/", date(2026, 4, 10))
    assert [(title, start, place) for title, start, _, place in rows] == [
        ("Osterhasenstall", "2026-04-10T12:00", "Naturschutzzentrum Rappenwört, Karlsruhe"),
        ("Spieleabend", "2026-04-10T18:00", "Die Kippe, Karlsruhe"),
        ("Milonga", "2026-04-10T21:00", "Walhalla, Karlsruhe"),
    ]


def test_without_a_place_label_in_the_header_no_cell_is_the_place() -> None:
    html = _DIV_TABLE.replace(">Wo?<", ">Mit wem?<")
    rows = _rows(html, "https://news.example/events/", date(2026, 4, 10))
    assert all(place != "Die Kippe, Karlsruhe" for _, _, _, place in rows)


# --- framed layout-table rows: the venue link under „Location:“, the day bar far above ---

_EVENT = """<tr><td colspan="2"><table width="470"><tr><td>
<table><tr><td class="size2"><font color="#CD076A"><b>{name}</b></font></td></tr></table>
<table><tr><td><font>Uhrzeit:</font></td><td><font>{clock} Uhr</font></td></tr>
<tr><td valign="top"><font>Location:</font></td><td><font><a class="main"
href="locations.php?id={id}">{venue}</a></font><br>{street}</td></tr></table>
<table><tr><td>{text}</td></tr></table></td></tr></table></td></tr>
<tr><td colspan="2"><img src="images/kal28.gif" width="470" height="15"></td></tr>"""
_NIGHTLIFE = (
    """<html><body><table width="470"><tr><td class="size2"><font color="#FFFFFF"><b>
&nbsp;&nbsp;Donnerstag, 10. Mai 2026</b></font></td><td><img src="k.gif"></td></tr>
<tr><td><img src="k.gif"></td><td><img src="k.gif"></td></tr>"""
    + "".join(
        _EVENT.format(name=n, clock=c, id=i, venue=v, street=s, text=t)
        for n, c, i, v, s, t in [
            (
                "Familienbrunch",
                "11:00",
                1,
                "Badisch Brauhaus",
                "Stephanienstr. 38, Karlsruhe",
                "Der Preis 16,90 Euro pro Person.",
            ),
            (
                "Mixed Music",
                "20:00",
                2,
                "Deelight Lounge",
                "Hirschstr. 11a, Karlsruhe",
                "Happy Hour 20.00 - 23.00 Uhr Cocktails für 5,50 Euro!",
            ),
            (
                "Tag der kurzen Einheit",
                "20:00",
                3,
                "Sockenschuss",
                "Ettlinger Str. 33, Karlsruhe",
                "Von 20:00 - 22:00 Uhr habt Ihr das kurze Vergnügen.",
            ),
            (
                "Pop-Rock-Schock",
                "23:00",
                4,
                "Krokokeller",
                "Bürgerstr. 14, Karlsruhe",
                "Getränke für 2 Euro, Frauen Eintritt frei.",
            ),
        ]
    )
    + "</table></body></html>"
)


def test_framed_rows_are_named_by_their_bold_name_and_dated_by_the_day_bar() -> None:
    rows = _rows(_NIGHTLIFE, "https://nightlife.example/events.php", date(2026, 5, 10))
    assert [(title, start) for title, start, _, _ in rows] == [
        ("Familienbrunch", "2026-05-10T11:00"),
        ("Mixed Music", "2026-05-10T20:00"),
        ("Tag der kurzen Einheit", "2026-05-10T20:00"),
        ("Pop-Rock-Schock", "2026-05-10T23:00"),
    ]
    places = [place or "" for _, _, _, place in rows]
    assert places[0].startswith("Badisch Brauhaus")


def test_a_link_in_the_cell_after_a_place_label_names_no_event() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.labelled_links import is_place_labelled_link

    tree = LexborHTMLParser(
        "<table><tr><td>Location:</td><td><font><a href='v'>Oval Lounge</a></font></td></tr>"
        "<tr><td>Ort</td><td><a href='w'>Bürgerhaus</a></td></tr>"
        "<tr><td>Programm:</td><td><a href='x'>Sommerfest</a></td></tr></table>"
        "<p>Ort: <a href='y'>Rathaus</a></p><p>Mehr: <a href='z'>Bericht</a></p>"
    )
    links = {a.text(): is_place_labelled_link(a) for a in tree.css("a")}
    assert links == {
        "Oval Lounge": True,
        "Bürgerhaus": True,
        "Sommerfest": False,
        "Rathaus": True,
        "Bericht": False,
    }


# --- the real pages ---


def test_batch94_pages_after_the_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    # The introductions' clocks („19:00 | Einführung“) were the performances' starts, the
    # ends on the next line („11:00 -<br>12:15“) were lost.
    theatre = inspect_corpus_page(capsys, "html-staatstheater-karlsruhe-spielplan-2012-05")
    times = {r["title"]: (r["start"][:16], (r["end"] or "")[:16]) for r in theatre}
    assert times["DON GIOVANNI"] == ("2012-05-09T19:30", "2012-05-09T22:45")
    assert times["SIEGFRIED"] == ("2012-05-11T20:00", "2012-05-11T22:30")
    # The „Wo?“ column of the div table was read only as its town line („Karlsruhe“).
    calendar = inspect_corpus_page(capsys, "html-kanews-veranstaltungen-2012-04")
    places = {r["title"]: r["location"] for r in calendar}
    assert places["Milonga"] == "Walhalla, Karlsruhe"
    assert places["Große Copley-Retrospektive im Museum Frieder Burda"] == (
        "Museum Frieder Burda, Baden-Baden"
    )
    # The framed rows were named by their venue links and the later ones lost their day.
    night = inspect_corpus_page(capsys, "html-kanightlife-events-2012-05")
    assert [(r["title"], (r["start"] or "")[:16]) for r in night] == [
        ("Familienbrunch", "2012-05-10T11:00"),
        ("RnB & Soul Lounge mit Sir John", "2012-05-10T17:00"),
        ("Happy Hour", "2012-05-10T18:00"),
        ("Mixed Music", "2012-05-10T20:00"),
        ("Cocktailabend", "2012-05-10T20:00"),
        ("Tag der kurzen Einheit", "2012-05-10T20:00"),
    ]
