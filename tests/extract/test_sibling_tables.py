"""A one-row table with other columns beside the chosen tables of a dates page is a list too."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_TABLE = (
    '<h2>{heading}</h2><div class="table-scroll"><table><thead><tr>{labels}</tr></thead>'
    "<tbody>{rows}</tbody></table></div>"
)


def _page(special_rows: str) -> str:
    weekly = _TABLE.format(
        heading="Bibelstunden",
        labels="<th>Datum</th><th>Uhrzeit</th><th>Thema</th>",
        rows="".join(
            f"<tr><td>{day}.09.2026</td><td>19:30</td><td>Bibelstunde {n}</td></tr>"
            for n, day in enumerate(("09", "16", "23"), 1)
        ),
    )
    special = _TABLE.format(
        heading="Besondere Termine",
        labels="<th>Datum</th><th>Zeit</th><th>Was</th>",
        rows=special_rows,
    )
    return f"<html><body><main>{weekly}{special}</main></body></html>"


def test_a_one_row_table_built_like_the_chosen_ones_is_read() -> None:
    html = _page("<tr><td>04.10.2026</td><td>siehe Programm</td><td>Themenabend Ehe</td></tr>")
    titles = [r.title for r in extract_page(page_from_text(html)).records]
    assert titles == ["Bibelstunde 1", "Bibelstunde 2", "Bibelstunde 3", "Themenabend Ehe"]


def test_a_one_row_table_without_a_date_first_is_not() -> None:
    html = _page("<tr><td>siehe Programm</td><td>Themenabend Ehe</td><td>04.10.2026</td></tr>")
    html = html.replace(
        "<th>Datum</th><th>Zeit</th><th>Was</th>", "<th>Zeit</th><th>Was</th><th>Datum</th>"
    )
    titles = [r.title for r in extract_page(page_from_text(html)).records]
    assert "Themenabend Ehe" not in titles


def test_the_fellowships_special_dates_table_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-lkg-limbach-oberfrohna-termine-2026-09")
    special = [r for r in records if r["title"].startswith("Themenabende")]
    assert len(special) == 1 and special[0]["start"].startswith("2026-09-04")


def _agenda(one_row: str) -> str:
    stamm = "".join(
        f"<tr><td>{day}</td><td>Stamm, ab 19 Uhr</td></tr>"
        for day in ("22. April", "17. Juni", "12. August")
    )
    return (
        "<html><body><div id='content'><h1>Agenda 2013</h1>"
        f"<h2>Mitgliederversammlungen</h2><table><tbody>{one_row}</tbody></table>"
        f"<h2>Stammtisch</h2><table><tbody>{stamm}</tbody></table>"
        "</div></body></html>"
    )


def test_an_unlabelled_one_row_table_of_a_day_and_a_name_is_read() -> None:
    html = _agenda(
        "<tr><td><div>24. April</div></td><td><div>Mitgliederversammlung</div></td></tr>"
    )
    records = extract_page(page_from_text(html)).records
    assert [r.title for r in records].count("Mitgliederversammlung") == 1


def test_a_one_row_table_whose_first_cell_is_no_day_is_not() -> None:
    html = _agenda("<tr><td>Kontakt</td><td>Postfach 6414, 3001 Bern, 24. April</td></tr>")
    titles = [r.title for r in extract_page(page_from_text(html)).records]
    assert "Kontakt" not in titles and len(titles) == 3


def test_the_party_sections_general_meeting_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "php-glp-stadt-bern-agenda-2013")
    meeting = [r for r in records if r["title"].startswith("Mitgliederversammlung")]
    assert len(meeting) == 1 and meeting[0]["start"].startswith("2013-04-24")
