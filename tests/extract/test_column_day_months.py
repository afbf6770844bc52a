"""Bare „12.04“ cells of a table column headed „Datum“ are days (column_day_months)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.column_day_months import dot_column_day_months
from tests.extract.realpage_inspect import inspect_corpus_page


def _cells(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    dot_column_day_months(tree)
    return [cell.text().strip() for cell in tree.css("td")]


def test_a_date_column_of_bare_day_months_gets_its_dots() -> None:
    html = (
        "<table><thead><tr><th>Datum</th><th>Uhrzeit</th></tr></thead><tbody>"
        "<tr><td>12.04</td><td>10:00 - 12:00 Uhr</td></tr>"
        "<tr><td> 2.8 </td><td>10:00 - 12:00 Uhr</td></tr></tbody></table>"
    )
    assert _cells(html) == ["12.04.", "10:00 - 12:00 Uhr", "2.8.", "10:00 - 12:00 Uhr"]


@pytest.mark.parametrize(
    "html",
    [
        # „19.30“ under „Uhrzeit“: a clock, not a day.
        "<table><tr><th>Uhrzeit</th></tr><tr><td>19.30</td></tr></table>",
        # One cell that is not a day and a month: the column is left as it stands.
        "<table><tr><th>Datum</th></tr><tr><td>12.04</td></tr><tr><td>45.10</td></tr></table>",
        # No header row naming dates.
        "<table><tr><td>12.04</td></tr><tr><td>13.04</td></tr></table>",
    ],
)
def test_other_columns_stay_as_they_are(html: str) -> None:
    before = [cell.text().strip() for cell in LexborHTMLParser(html).css("td")]
    assert _cells(html) == before


def test_the_pottery_course_rows_are_read_with_their_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Held-out batch 63: „Datum | Uhrzeit“ rows „12.04 | 10:00 - 12:00 Uhr“ under the course name.
    records = inspect_corpus_page(capsys, "static-toepferwerkstatt-gebhard-kurse-2025")
    days = {(r["title"], (r.get("start") or "")[:16]) for r in records}
    assert ("Töpfern für Kinder & Erwachsene", "2025-04-12T10:00") in days
    assert ("Glasieren", "2025-07-12T13:00") in days
