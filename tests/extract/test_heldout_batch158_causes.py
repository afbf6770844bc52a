"""Causes found on held-out German batch 158 of the real-page corpus (churches and parishes: the
Christuskirche Lörrach's draft site, the Freikirchliche Gemeinde in Morsbach's weekly offerings,
the Lutherischer Jugendkongress's archived pages, the events of the ministry Leben im Überfluss),
each pinned on a minimal snippet and on its page: the records a reader would note, with their
names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.file_brackets import sized_as_a_file
from netdir.extract.weekday_lines import weekly_row_line
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. „<td><strong>Sonntag, 9:30 – 10:30</strong></td><td>Gottesdienst mit Abendmahl, …</td>
#    <td>Gemeindehaus</td>“: a weekly timetable whose first cell writes the weekday and its hours
#    together. Only a weekday cell followed by cells of clocks was read as a weekly row; the table
#    gave no record at all.


def _row(cells: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<table><tr>{cells}</tr></table>")


def test_a_first_cell_of_weekday_and_hours_is_the_rows_line() -> None:
    row = _row("<td><strong>Sonntag, 9:30 – 10:30</strong></td><td>Predigt</td><td>Haus</td>")
    assert weekly_row_line(row.css_first("tr")) == "Sonntag, 9:30 – 10:30 Uhr"
    friday = _row("<td>Freitag: 17:30 – 19:00 Uhr</td><td>Jungschar (Kinder)</td>")
    assert weekly_row_line(friday.css_first("tr")) == "Freitag: 17:30 – 19:00 Uhr"
    # a row with nothing after the hours that names a meeting, or a first cell that is a date
    assert weekly_row_line(_row("<td>Sonntag, 9:30</td><td>–</td>").css_first("tr")) is None
    dated = _row("<td>Sonntag, 15.06.2025, 9:30</td><td>Predigt</td>").css_first("tr")
    assert weekly_row_line(dated) is None


_TABLE = (
    "<html><body><h3>Hier triffst Du uns</h3><p>Hier sind unsere regelmäßigen Termine.</p>"
    "<table>"
    "<tr><td><strong>Sonntag, 9:30 – 10:30</strong></td><td>Gottesdienst</td>"
    "<td>Gemeindehaus</td></tr>"
    "<tr><td><strong>Sonntag, 11:00 – 12:00</strong></td><td>Predigt</td><td>Gemeindehaus</td></tr>"
    "<tr><td><strong>Freitag: 17:30 – 19:00</strong></td><td>Jungschar</td><td>Gemeindehaus</td>"
    "</tr></table></body></html>"
)


def test_the_weekly_table_on_a_snippet() -> None:
    assert readings_on(_TABLE, date(2025, 6, 12)) == [
        ("Gottesdienst", "2025-06-15T09:30", "Gemeindehaus"),
        ("Predigt", "2025-06-15T11:00", "Gemeindehaus"),
        ("Jungschar", "2025-06-13T17:30", "Gemeindehaus"),
    ]


def test_the_free_churchs_weekly_offerings_on_their_page() -> None:
    readings = saved_page_readings("astro-fgim-morsbach-start-2025-06")
    assert readings[:4] == [
        (
            "Gottesdienst mit Abendmahl, anschließend Kaffee & Austausch",
            "2025-06-15T09:30",
            "Gemeindehaus",
        ),
        ("Predigt", "2025-06-15T11:00", "Gemeindehaus"),
        ("Jungschar (Kinder von 8 bis 12 Jahre)", "2025-06-13T17:30", "Gemeindehaus"),
        ("Teenkreis (Jugendliche von 13 bis 17 Jahre)", "2025-06-13T19:30", "Gemeindehaus"),
    ]


# 2. A materials page's download list, „Da bekenne ich Farbe (83 KB)“ under each handout's
#    author: entries that give their file's size are downloads, no offerings.


def test_a_title_that_ends_with_its_files_size() -> None:
    assert sized_as_a_file("Da bekenne ich Farbe (83 KB)")
    assert sized_as_a_file("Flyer Sommerfest (PDF, 2 MB)")
    assert sized_as_a_file("Programm (828.0KB)")
    assert not sized_as_a_file("Sommerfest (Ausschreibung)")
    assert not sized_as_a_file("Workshop (2 Tage)")


_DOWNLOADS = (
    "<html><body><h1>10. Lutherischer Kongress für Jugendarbeit</h1><h2>Downloads</h2>"
    '<div class="downloads">'
    '<div class="download"><div class="title"><a href="a.pdf">Planspiel (114 KB)</a></div>'
    "<p>Pfr. Dr. Christoph Barnbrock, Oberursel</p></div>"
    '<div class="download"><div class="title"><a href="b.pdf">Da bekenne ich Farbe (83 KB)</a>'
    "</div><p>Pfr. Johannes Kopelke, Schwerin</p></div>"
    '<div class="download"><div class="title"><a href="c.pdf">Lebensgeschichte (31 KB)</a></div>'
    "<p>Albert Kroon</p></div></div></body></html>"
)


def test_a_download_list_on_a_snippet() -> None:
    assert readings_on(_DOWNLOADS, date(2024, 5, 28)) == []


def test_the_congress_materials_page() -> None:
    assert saved_page_readings("static-lutherischer-jugendkongress-materialien-2012") == []


# 3. A card's meta row of icon spans „Sa, 27.06.2026“ „12:30 Uhr“ „72770 Reutlingen“ read as one
#    line of day, hours and place: the hours before the place were added to the card's day, and
#    with them the day again („Sa, 27.06.2026, Sa, 27.06.2026 12:30 Uhr“) — two days listed, the
#    event read twice.

_CARD = (
    '<html><body><h2>Zukünftige Veranstaltungen</h2><div class="grid">'
    '<a href="/taste-and-see/" class="card"><div class="event-date"><span>27</span>'
    '<span>Juni</span></div><div class="body"><h3>Am Tisch mit Jesus</h3>'
    '<div class="event-meta"><span>Sa, 27.06.2026</span> <span>12:30 Uhr</span> '
    "<span>72770 Reutlingen</span></div><p>Ein Nachmittag für Frauen.</p></div></a>"
    '<a href="/fall/" class="card"><div class="event-date"><span>25</span><span>Okt</span></div>'
    '<div class="body"><h3>Fallseason 2025</h3><div class="event-meta"><span>Sa, 25.10.2025'
    "</span> <span>8184 Bachenbülach</span></div><p>Ein Nachmittag.</p></div></a>"
    "</div></body></html>"
)


def test_a_meta_row_that_restates_the_day_on_a_snippet() -> None:
    assert readings_on(_CARD, date(2026, 4, 20)) == [
        ("Am Tisch mit Jesus", "2026-06-27T12:30", "72770 Reutlingen"),
        ("Fallseason 2025", "2025-10-25", "8184 Bachenbülach"),
    ]


def test_the_ministrys_events_on_their_page() -> None:
    assert saved_page_readings("static-leben-im-ueberfluss-veranstaltungen-2026") == [
        ("Am Tisch mit Jesus", "2026-06-27T12:30", "72770 Reutlingen"),
        ("Fallseason 2025", "2025-10-25", "8184 Bachenbülach"),
    ]
