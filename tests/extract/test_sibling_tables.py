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
