"""Causes found on held-out German batch 106 of the real-page corpus (a club's festival
programme and its shooting dates), each pinned on a minimal snippet and on its page: the records
a reader would list, with the day, the time and where each field came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract.context import PageContext
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
_URL = "https://club.example/programm.html"


def _listing_of(html: str, url: str = _URL) -> list:
    return extract_listing(parse_html(html), PageContext("test-source", url, url, None, FETCHED_AT))


def _page(page: str, url: str) -> list:
    return _listing_of((PAGES / page).read_text(encoding="utf-8"), url)


def _read(records: list, today: date) -> list[tuple[str, str | None, str | None]]:
    read = [normalize_record(r, today=today) for r in records]
    return [(r.title, r.start, r.end) for r in read]


def _card(day: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{hour}</td><td>{name}</td></tr>" for hour, name in rows)
    return (
        '<div class="col"><div class="card"><div class="card-body">'
        f'<h5 class="card-title">{day}</h5><p class="card-text"><table><tbody>{cells}'
        "</tbody></table></p></div></div></div>"
    )


_FEST = (
    '<html><body><div class="row">'
    + _card(
        "Freitag 02.08.2024 Böllerschießen und Partyabend",
        [("17:00 Uhr", "Standkonzert im Stadtpark"), ("20:00 Uhr", "Partyabend mit Band")],
    )
    + _card(
        "Samstag 03.08.2024 Weinfest",
        [("16:00 Uhr", "Kaffee und Kuchen"), ("17:00 Uhr", "Weinfest mit Musik")],
    )
    + _card(
        "Sonntag 04.08.2024 Festsonntag",
        [("10:00 Uhr", "Festgottesdienst"), ("14:00 Uhr", "Festumzug durch den Markt")],
    )
    + "</div></body></html>"
)


def test_a_heading_with_a_day_over_a_table_of_hours_gives_one_record_per_row() -> None:
    # Cards „Freitag 02.08.2024 Böllerschießen und Partyabend“ over „17:00 Uhr | Standkonzert“
    # rows: the heading names the day (and its theme), each row a programme point. Read as one
    # block per card, the theme was one event at the first row's hour and the rows were lost.
    records = _listing_of(_FEST)
    assert _read(records, date(2024, 7, 30)) == [
        ("Standkonzert im Stadtpark", "2024-08-02T17:00:00+02:00", None),
        ("Partyabend mit Band", "2024-08-02T20:00:00+02:00", None),
        ("Kaffee und Kuchen", "2024-08-03T16:00:00+02:00", None),
        ("Weinfest mit Musik", "2024-08-03T17:00:00+02:00", None),
        ("Festgottesdienst", "2024-08-04T10:00:00+02:00", None),
        ("Festumzug durch den Markt", "2024-08-04T14:00:00+02:00", None),
    ]
    assert records[0].field_sources["date_text"].endswith("heading + tr hour")
    assert records[0].field_sources["title"].endswith("tr td[2]")


def test_a_heading_that_names_no_day_leaves_the_card_one_block() -> None:
    # The same cards under headings without a day („Böllerschießen und Partyabend“): the rows'
    # hours have no day to complete — nothing is split.
    html = _FEST.replace("Freitag 02.08.2024 ", "").replace("Samstag 03.08.2024 ", "")
    titles = [r.title for r in _listing_of(html)]
    assert "Standkonzert im Stadtpark" not in titles


def test_the_festival_programme_page_lists_its_fifteen_timed_points() -> None:
    records = _page(
        "jekyll-maennerschuetzen-gaimersheim-festprogramm-2024.html",
        "https://mannerschutzengaimersheim.github.io/festprogramm.html",
    )
    read = _read(records, date(2024, 7, 30))
    # (session 42: „Festausklang“, the row without an hour, is a point of the day — the truth's
    # sixteenth item; see test_known_causes_session42)
    assert len(read) == 16
    assert read[0] == ("Standkonzert im Retzbachpark", "2024-08-02T17:00:00+02:00", None)
    assert read[6] == ("Kaffee und Kuchen in der Wirtsstube", "2024-08-03T16:00:00+02:00", None)
    assert read[-2] == ("Übergabe der Gastgeschenke", "2024-08-04T17:00:00+02:00", None)
    assert read[-1] == ("Festausklang", "2024-08-04", None)
    # The card's „place line“ was a programme row („Einzug ins Festgelände“): no row's place —
    # the first row's own venue after „im“ is its place.
    assert records[0].location_text == "Retzbachpark"


_SHOOTING = """<html><body><h5>Luftpistole und Luftgewehr</h5>
<table><tbody><tr><th>Datum</th><th>Uhrzeit</th><th>bevorzugter Verein</th></tr>
<tr><td>29.10.2024</td><td>18-22</td><td>Tell Lippertshofen, Einigkeit Wettstetten</td></tr>
<tr><td>30.10.2024</td><td>18-22</td><td>Eichenlaub Böhmfeld</td></tr>
<tr><td>16.11.2024</td><td>16-20</td><td>nur Lichtgewehr und Lichtpistole</td></tr>
</tbody></table></body></html>"""


def test_bare_hours_under_uhrzeit_and_a_column_of_whom_the_row_is_for() -> None:
    # „18-22“ in the „Uhrzeit“ column is six to ten in the evening; the column „bevorzugter
    # Verein“ says for which clubs the evening is held — the heading names the evenings.
    records = _listing_of(_SHOOTING)
    assert _read(records, date(2024, 10, 9)) == [
        ("Luftpistole und Luftgewehr", "2024-10-29T18:00:00+01:00", "2024-10-29T22:00:00+01:00"),
        ("Luftpistole und Luftgewehr", "2024-10-30T18:00:00+01:00", "2024-10-30T22:00:00+01:00"),
        ("Luftpistole und Luftgewehr", "2024-11-16T16:00:00+01:00", "2024-11-16T20:00:00+01:00"),
    ]
    assert records[0].field_sources["date_text"].endswith("+td[2:time]")


def test_a_named_column_still_names_the_rows() -> None:
    # With a „Veranstaltung“ column the row is named by it, the audience column stays aside.
    html = _SHOOTING.replace("<th>bevorzugter Verein</th>", "<th>Veranstaltung</th>")
    titles = [r.title for r in _listing_of(html)]
    assert titles[1] == "Eichenlaub Böhmfeld"


def test_the_shooting_dates_page_names_each_session_by_its_card() -> None:
    records = _page(
        "jekyll-maennerschuetzen-gaimersheim-sektionsschiessen-2024.html",
        "https://mannerschutzengaimersheim.github.io/sektionsschiessen_2024.html",
    )
    read = _read(records, date(2024, 10, 9))
    assert len(read) == 13
    assert read[0] == ("Bogenschießen", "2024-10-13T14:00:00+02:00", "2024-10-13T16:00:00+02:00")
    assert read[2] == (
        "Luftpistole und Luftgewehr",
        "2024-10-29T18:00:00+01:00",
        "2024-10-29T22:00:00+01:00",
    )
    assert {title for title, _, _ in read[2:]} == {"Luftpistole und Luftgewehr"}
