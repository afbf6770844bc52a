"""Causes found on held-out batches 7, 8 and 9 of the real-page corpus, each pinned on its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.listing import extract_listing
from netdir.extract.title_text import named_invitation
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT, page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
ALEMANNIA = "hugo-alemannia-veranstaltungen.html"
ALEMANNIA_URL = "https://alemannia-makaria.de/veranstaltungen/"


def _listing(page: str, url: str) -> list:
    tree = parse_html((PAGES / page).read_text(encoding="utf-8"))
    return extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))


def test_a_time_cell_in_hours_is_no_title_the_bold_cell_beside_it_is() -> None:
    # <tr><td>05.10.24</td><td>15h c.t.</td><td><strong>Semesterantrittsconvente</strong></td>
    # <td>ho</td></tr>: „15h c.t.“ (the academic quarter) is the time, not the event's name.
    records = _listing(ALEMANNIA, ALEMANNIA_URL)
    titles = [r.title for r in records]
    assert len(records) == 20
    assert titles[:3] == [
        "Semesterantrittsconvente",
        "Federweißer und Zwiebelplootz mit e.v. AMDV! Danaria",
        "Schottischer Abend",
    ]
    assert not any("c.t." in title for title in titles)
    first = normalize_record(records[0], today=date(2024, 10, 18))
    assert first.start is not None and first.start.startswith("2024-10-05")


def test_hour_times_are_time_like_but_durations_and_words_are_not() -> None:
    found = {text: [m.group() for m in TIME_LIKE.finditer(text)] for text in (
        "15h c.t.", "20 h s.t.", "ab 19h", "2 h Workshop", "H2h", "10h30",
    )}  # fmt: skip
    assert found == {
        "15h c.t.": ["15h c.t."],
        "20 h s.t.": ["20 h s.t."],
        "ab 19h": ["19h"],
        "2 h Workshop": [],
        "H2h": [],
        "10h30": [],
    }


def test_a_date_line_under_the_h1_dates_the_event_the_h1_names() -> None:
    # <h1>Anwendertreffen der QGIS Anwendergruppe Deutschland</h1>
    # <h3>Freitag, 25. September 2015 - Kassel</h3>: the subheading opens with the date and
    # adds the town; the meeting was titled „Kassel“.
    url = "http://www.qgis.de/veranstaltung_20150925.html"
    html = (PAGES / "static-qgisde-anwendertreffen-2015.html").read_text(encoding="utf-8")
    result = extract_page(page_from_text(html, url))
    assert [r.title for r in result.records] == [
        "Anwendertreffen der QGIS Anwendergruppe Deutschland"
    ]
    record = result.records[0]
    assert record.location_text == "Kassel"
    assert normalize_record(record, today=date(2015, 12, 3)).start.startswith("2015-09-25")
    assert record.field_sources["title"] == "event_page:h1"


TIDDISCHE_URL = "https://www.gemeinde-tiddische.de/aktuelles.html"


def _page_titles(page: str, url: str) -> list[tuple[str, str]]:
    html = (PAGES / page).read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    return [(r.title, r.field_sources["title"]) for r in records]


def test_a_bare_einladung_heading_takes_the_meeting_it_invites_to() -> None:
    # <h2>Einladung</h2> <p>Hiermit lade ich zur 34. Gemeinderatssitzung – öffentlich - am
    # <strong>Montag, den 24.02.2025 um 18:30 Uhr</strong> in das Dorfgemeinschaftshaus …</p>:
    # a news block of the listing; the meeting was titled „Einladung“. It is named by what the
    # invitation names (without „– öffentlich -“, who may come), as its truth reads it.
    titles = _page_titles("static-tiddische-aktuelles-2025-02.html", TIDDISCHE_URL)
    assert (
        "34. Gemeinderatssitzung",
        "listing:div.rows>div.flow h2 + invitation text",
    ) in titles
    # The same on a page about one meeting: „Hiermit lade ich zur 33. Gemeinderatssitzung am“ /
    # „Mittwoch, den 11.12.2024 um 18:30 Uhr“ in paragraphs of their own under the heading.
    assert _page_titles("static-tiddische-aktuelles-2024-12.html", TIDDISCHE_URL) == [
        ("33. Gemeinderatssitzung", "event_page:h2 + invitation text")
    ]


def test_an_invitation_text_names_only_an_announcing_heading() -> None:
    text = "Hiermit lade ich zur 33. Gemeinderatssitzung am Mittwoch, den 11.12.2024 ein."
    assert named_invitation("Einladung", text) == "33. Gemeinderatssitzung"
    assert named_invitation("Sommerfest", text) is None  # a heading that names its event
    assert named_invitation("Einladung", "Wir laden herzlich ein.") is None


def test_an_undated_block_linking_only_a_pdf_beside_dated_news_is_no_offering() -> None:
    # <h2>Nahwärme Hoitlingen-Tiddische</h2> <p>Präsentation zur Nahwärme … – Sachstand
    # 01/2025</p> <a href="pdfs/….pdf"> beside the dated invitation: a document, no record.
    titles = [t for t, _ in _page_titles("static-tiddische-aktuelles-2025-02.html", TIDDISCHE_URL)]
    assert "Nahwärme Hoitlingen-Tiddische" not in titles
    assert "34. Gemeinderatssitzung" in titles
    # An undated course that leads to its own page („Wann: Auf Anfrage“) is still an offering.
    url = "https://www.familienbildung-aachen.de/programm/eltern-kind-angebote"
    kubus = _page_titles("kubus-invia-aachen-kurse.html", url)
    assert "Kangaro-o" in [t for t, _ in kubus]


def test_the_line_above_the_day_in_its_own_paragraph_names_the_event() -> None:
    # Held-out batch 8. <div class="text"> … <p>Herzlich willkommen im Neuen Jahr! <br><a><strong>
    # Veranstaltungen 2019</strong></a></p> … <p>Leben im Bild: <a><strong>“Verborgene Sonne”
    # </strong></a> Bildgespräche mit Prof. Dr. Lydia Maidl<br>am Freitag, 29. März um 17 Uhr
    # <br>auf Anmeldung!</p>: the talk was titled by the year's link in another paragraph.
    url = "https://schickling-stiftung.de/veranstaltungen/"
    titles = _page_titles("static-schickling-veranstaltungen.html", url)
    # The page has no heading at all: since batch 95 its one timed date line is read as the
    # page's one event (event_page, sole_date_line), named by the same line above the day.
    assert titles in (
        [
            (
                "Leben im Bild: “Verborgene Sonne” Bildgespräche mit Prof. Dr. Lydia Maidl",
                "listing:div>div.text p line above its day",
            )
        ],
        [
            (
                "Leben im Bild: “Verborgene Sonne” Bildgespräche mit Prof. Dr. Lydia Maidl",
                "event_page:line above the page's one date line",
            )
        ],
    )
    assert "Veranstaltungen 2019" not in [t for t, _ in titles]


def test_a_column_headed_ereignis_holds_the_rows_title() -> None:
    # Held-out batch 9. <th>Datum</th><th>Ereignis</th><th>Gruppe</th>, then rows
    # „Mittowch, 24.12.25“ | <b>Weihnachtslieder nach der Christmette</b> | „alle“: the misspelt
    # weekday was the row's title.
    url = "https://www.mv-heustreu.de/termine.html"
    records = _listing("static-mvheustreu-termine.html", url)
    assert len(records) == 22
    by_day = {r.date_text: r.title for r in records}
    assert by_day["Mittowch, 24.12.25"] == "Weihnachtslieder nach der Christmette"
    assert records[0].title == "Frauenfasching"
