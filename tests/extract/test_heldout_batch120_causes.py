"""Causes found on held-out German batch 120 of the real-page corpus (sports and outdoor: a
sailing club's dates, a volleyball department's tournaments, a sports club's list of badminton
tournaments), each pinned on a minimal page and on its real page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract.context import PageContext
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT

PAGES = Path(__file__).parents[1] / "realpages" / "pages"

Row = tuple[str, str | None, str | None]


def _rows(html: str, url: str, today: date) -> list[Row]:
    """(title, start, place) of each record of the page's listing."""
    tree = parse_html(html)
    records = extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))
    rows = []
    for record in records:
        event = normalize_record(record, today=today)
        rows.append((event.title, event.start, record.location_text))
    return rows


def _page(body: str) -> str:
    return f"<html><head><title>Termine</title></head><body>{body}</body></html>"


# --- (1) a list line whose columns are set apart by tabs -------------------------------------

_TABBED = _page(
    "<h2>Termine 2026</h2><p>Datum, Uhrzeit, Veranstaltung, Ort</p><ul>"
    "<li><strong>21.03.\t18:00\tJahreshauptversammlung\tGasthof Post</strong></li>"
    "<li><strong>09.05.\t11:30\tAnsegeln\tSeeufer</strong></li>"
    "<li><strong>27.07.-31.07.\t13:00\tSommerlager Jugend\tClubhaus</strong></li>"
    "<li><strong>05.12.\t16:00\tWeihnachtsfeier\tClubhaus Seeufer</strong></li>"
    "</ul>"
)


def test_a_tabbed_list_line_gives_the_name_and_the_place_apart() -> None:
    # „21.03.⇥18:00⇥Jahreshauptversammlung⇥Gasthof Post“: a row pasted from a spreadsheet;
    # after the day and the hour the first cell names the offering, the last says where.
    rows = _rows(_TABBED, "https://example.org/termine.html", date(2026, 3, 1))
    assert ("Jahreshauptversammlung", "2026-03-21T18:00:00+01:00", "Gasthof Post") in rows
    assert ("Ansegeln", "2026-05-09T11:30:00+02:00", "Seeufer") in rows
    assert ("Sommerlager Jugend", "2026-07-27T13:00:00+02:00", "Clubhaus") in rows
    assert ("Weihnachtsfeier", "2026-12-05T16:00:00+01:00", "Clubhaus Seeufer") in rows


def test_a_line_with_blanks_only_or_three_cells_after_the_when_is_not_split() -> None:
    # Without tabs nothing tells the name from the place; with a third cell (a leader) it is
    # open which cell is where: both lines keep the title the other readers give.
    page = _page(
        "<ul><li>21.03. 18:00 Jahreshauptversammlung Gasthof Post</li>"
        "<li>09.05.\t11:30\tAnsegeln\tSeeufer\tHans Huber</li>"
        "<li>13.06.\t10:00\tRegatta\tSeeufer\tHans Huber</li></ul>"
    )
    titles = [title for title, _, _ in _rows(page, "https://example.org/t.html", date(2026, 3, 1))]
    assert "Jahreshauptversammlung Gasthof Post" in titles
    assert "Ansegeln" not in titles
    assert "Regatta" not in titles


def test_the_sailing_clubs_dates_have_their_names_and_places() -> None:
    html = (PAGES / "mobirise-segelclub-fischen-termine-2019-05.html").read_text()
    rows = _rows(html, "https://www.segelclub-fischen.de/termine.html", date(2019, 5, 20))
    # (the year „für 2019“ comes from the page's line above the list, read by a later stage)
    read = {(title, (start or "")[5:16], place) for title, start, place in rows}
    assert ("Jahreshauptversammlung", "03-23T18:00", "Post Raisting") in read
    assert ("Ansegeln", "05-11T11:30", "Aidenried") in read
    assert ("Auswintern Jugendboote", "03-23T10:00", "Aidenried/Bootshaus") in read
    assert ("Weihnachtsfeier", "12-07T16:00", "Clubhaus Aidenried") in read
    assert len(rows) == 21


# --- (2) a row's line „tournament / town“ or „town / country“ ------------------------------------


def _tournaments(*cells: str) -> str:
    rows = "".join(
        f'<tr><td valign="middle">{day}</td><td>{line}<br>'
        f'<a href="https://example.org/{n}">www.example.org/{n}</a></td></tr>'
        for n, (day, line) in enumerate(cell.split("|") for cell in cells)
    )
    return _page(f"<h3>Badmintonturniere 2026</h3><h4>Turniere</h4><table>{rows}</table>")


def test_a_tournament_and_its_town_set_apart_by_a_slash_are_the_name_and_the_place() -> None:
    page = _tournaments(
        "06.06. - 07.06.|Stauseepokal / Haltern",
        "13.06. - 14.06.|10. Ems-Cup / Emsdetten",
        "20.06. - 21.06.|Hagen Masters / Hagen-Hohenlimburg",
    )
    rows = _rows(page, "https://example.org/turniere.html", date(2026, 5, 1))
    assert ("Stauseepokal", "2026-06-06", "Haltern") in rows
    assert ("10. Ems-Cup", "2026-06-13", "Emsdetten") in rows
    assert ("Hagen Masters", "2026-06-20", "Hagen-Hohenlimburg") in rows


def test_a_town_and_its_country_are_where_and_a_name_below_them_names_the_row() -> None:
    page = _tournaments(
        "23.05.|Bielefeld / Deutschland<br>JUBILÄUMSTURNIER 25 Jahre WARMINIA",
        "29.05. - 31.05.|Zürich / Schweiz",
    )
    rows = _rows(page, "https://example.org/turniere.html", date(2026, 5, 1))
    assert ("JUBILÄUMSTURNIER 25 Jahre WARMINIA", "2026-05-23", "Bielefeld / Deutschland") in rows
    assert ("Zürich / Schweiz", "2026-05-29", "Zürich / Schweiz") in rows


def test_a_slash_between_two_words_that_are_no_town_keeps_the_title() -> None:
    page = _tournaments("06.06.|Rock / Pop", "13.06.|Kinder / Familie")
    rows = _rows(page, "https://example.org/turniere.html", date(2026, 5, 1))
    assert [(title, place) for title, _, place in rows] == [
        ("Rock / Pop", None),
        ("Kinder / Familie", None),
    ]


def test_the_badminton_tournaments_have_their_names_and_towns() -> None:
    html = (PAGES / "static-sc-aufruhr-badmintonturniere-2019-05.html").read_text()
    rows = _rows(html, "https://www.sc-aufruhr.de/glbt_turniere.html", date(2019, 5, 7))
    assert ("JUBILÄUMSTURNIER 25 Jahre WARMINIA", "2019-05-25", "Bielefeld / Deutschland") in rows
    assert ("Stauseepokal", "2019-06-01", "Haltern") in rows
    assert ("Teutonen – Cup", "2019-06-15", "Tönisvorst") in rows
    assert ("Kopenhagen / Dänemark", "2019-08-10", "Kopenhagen / Dänemark") in rows
    assert len(rows) == 19


# --- (3) a list line's name before its comma list of conditions ----------------------------------


def test_a_tournaments_name_is_cut_before_the_conditions_of_who_plays() -> None:
    page = _page(
        "<p>Unsere Turniere 2026:</p><ul>"
        "<li><strong>11.04.2026</strong> – Osterturnier, Hobby-Mixed, Halle, mind. 2 Frauen, "
        "ab 14 Jahren</li>"
        "<li><strong>20.06.2026</strong> – Sommerturnier, 4 gegen 4; am Abend Grillen</li>"
        "<li><strong>04.07.2026</strong> – Arbeitsdienst, Strandreinigung, Bootshaus</li>"
        "<li><strong>18.07.2026</strong> – Lesung, Musik, und Tanz</li>"
        "<li><strong>25.07.2026</strong> – Straubing, „Tiefenrausch“, live mit „Up To Vegas“</li>"
        "</ul>"
    )
    titles = [t for t, _, _ in _rows(page, "https://example.org/turniere.html", date(2026, 3, 1))]
    assert "Osterturnier" in titles
    assert "Sommerturnier" in titles
    # (names after the comma, or names joined by „und“, are no conditions)
    assert "Arbeitsdienst, Strandreinigung, Bootshaus" in titles
    assert "Lesung, Musik, und Tanz" in titles
    # (a line that opens with its town names the concert after it, „live mit …“)
    assert "Straubing" not in titles


def test_the_volleyball_departments_list_names_its_tournaments() -> None:
    html = (PAGES / "static-tsv-volleyball-neutraubling-turniere-2026-07.html").read_text()
    rows = _rows(html, "https://volleyball-neutraubling.de/turniere.html", date(2026, 7, 1))
    titles = {title: start for title, start, _ in rows}
    assert titles["Osterturnier"] == "2026-04-11"
    assert titles["Freizeit-Mixed-Turnier"] == "2026-06-20"
    assert titles["BVV Kat. 3 Beachturnier Herren"] == "2026-07-05"
