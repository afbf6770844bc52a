"""A meeting read inside its calendar row's meeting cell takes the row's day from the cells
before that cell (row_day_cells, listing_row_context._date_from_calendar_day)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.row_day_cells import cells_before, row_of
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_BASE = "https://ris.example.de/si0040.php?__cjahr=2026&__cmonat=9"


def _day_row(day: int, weekday: str, meeting: str) -> str:
    return (
        f'<tr><td><span>{day}</span> <a title="x">{weekday}</a></td><td>{day}</td><td>{weekday}</td>'
        f'<td class="silink">{meeting}</td><td class="docs"></td></tr>'
    )


def _meeting(name: str, clock: str, room: str, key: int | None = None, day: str = "") -> str:
    title = (
        f'<a href="si0057.php?__ksinr={key}" title="Details anzeigen: {name} {day}">{name}</a>'
        if key
        else name
    )
    return (
        f'<div class="smc-el-h">{title}</div><ul class="smc-detail-list">'
        f"<li>{clock}&nbsp;Uhr</li><li>Norderstedt,  {room}, Rathausallee 50</li></ul>"
    )


def test_the_cells_before_a_blocks_cell_in_its_row() -> None:
    html = f"<table>{_day_row(4, 'Fr', _meeting('Seniorenbeirat', '14:00', 'Raum 1'))}</table>"
    block = LexborHTMLParser(html).css_first("div.smc-el-h")
    assert block is not None
    assert cells_before(block) == ["4 Fr", "4", "Fr"]
    row = row_of(block)
    assert row is not None and row.tag == "tr"


def test_a_block_outside_a_table_has_no_row_cells() -> None:
    block = LexborHTMLParser("<div><p>Seniorenbeirat</p></div>").css_first("p")
    assert block is not None
    assert cells_before(block) == [] and row_of(block) is None


_WEEKDAYS = ["Di", "Mi", "Do", "Fr", "Sa", "So", "Mo"]  # 1 September 2026 is a Tuesday


def test_unlinked_meetings_of_a_month_calendar_take_their_rows_day() -> None:
    """A row per day of the month, most of them empty; the bodies without a meeting page are
    named without a link and dated only by their row's day cells."""
    meetings = {
        2: _meeting("Schulausschuss", "18:30-20:04", "Raum 2", 1, "02.09.2026"),
        3: _meeting("Bauausschuss", "18:30-20:03", "Raum 2", 4, "03.09.2026"),
        4: _meeting("Kinder- und Jugendbeirat", "18:00", "Raum 3"),
        7: _meeting("Hauptausschuss", "18:30-20:49", "Raum 2", 2, "07.09.2026"),
        10: _meeting("Jugendhilfeausschuss", "18:30", "Raum 2", 5, "10.09.2026"),
        11: _meeting("Kinder- und Jugendbeirat", "18:00", "Raum 3"),
        16: _meeting("Seniorenbeirat", "14:00", "Raum 1"),
        17: _meeting("Sozialausschuss", "18:30-19:35", "Raum 1", 3, "17.09.2026"),
    }
    rows = [_day_row(day, _WEEKDAYS[(day - 1) % 7], meetings.get(day, "")) for day in range(1, 31)]
    html = (
        "<html lang='de'><body><h1>Kalender 2026 September</h1>"
        f"<table><tbody>{''.join(rows)}</tbody></table></body></html>"
    )
    records = extract_page(page_from_text(html, _BASE)).records
    dated = {(record.title, record.date_text or "") for record in records}
    assert any(t == "Kinder- und Jugendbeirat" and "04.09.2026" in d for t, d in dated)
    assert any(t == "Kinder- und Jugendbeirat" and "11.09.2026" in d for t, d in dated)
    assert any(t == "Seniorenbeirat" and "16.09.2026" in d for t, d in dated)


def test_norderstedt_dates_the_meetings_without_a_page_by_their_rows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Batch 74: the Kinder- und Jugendbeirat, the Seniorenbeirat and the Ältestenrat have no
    meeting page, so no linked title „Details anzeigen: … 04.09.2026“ dates them; their rows'
    day cells („4 Fr“) under „Kalender 2026 September“ do."""
    records = inspect_corpus_page(capsys, "sessionnet-norderstedt-kalender-2026-09")
    starts = {(r["title"], r["start"][:16]) for r in records}
    assert ("Kinder- und Jugendbeirat", "2026-09-04T18:00") in starts
    assert ("Seniorenbeirat", "2026-09-16T14:00") in starts
    assert ("Ältestenrat", "2026-09-30T18:30") in starts


def test_a_block_after_the_rows_meeting_gets_no_day_cells() -> None:
    """A meeting's documents („Einladung“) in the cell after the meeting's own: no row's day."""
    meeting = _meeting("Rat der Stadt", "17:30", "Ratssaal", 1, "08.07.2026")
    html = (
        "<table><tr><td>8 Mi</td><td>8</td><td>Mi</td>"
        f'<td class="silink">{meeting}</td><td><div class="doc"><a href="x.pdf">Einladung</a></div></td>'
        "</tr></table>"
    )
    document = LexborHTMLParser(html).css_first("div.doc")
    assert document is not None
    assert cells_before(document) == []
