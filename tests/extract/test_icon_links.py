"""An icon link that shows no text and borrows its title from the heading above is a button
beside a row (SessionNet's „Termin übernehmen“), not an offering (listing_score.is_item)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.listing_score import is_item
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_BASE = "https://ris.example.de/si0040.php"


def _reading(text_length: int, title_source: str) -> BlockReading:
    reading = BlockReading()
    reading.title = "Kalender 2026 September"
    reading.url = "https://ris.example.de/yvcs.php?key=1"
    reading.date_text = "24.09.2026"
    reading.text_length = text_length
    reading.sources["title"] = title_source
    return reading


def test_a_textless_block_titled_by_the_heading_above_is_no_item() -> None:
    assert not is_item(_reading(0, "listing:heading-before"))


def test_a_block_with_text_or_a_title_of_its_own_stays_an_item() -> None:
    assert is_item(_reading(23, "listing:heading-before"))
    assert is_item(_reading(0, "listing:a"))


def _row(day: int, name: str, key: int, with_button: bool) -> str:
    button = (
        f'<a href="yvcs.php?key={key}&dstart=202609{day:02d}T183000" '
        f'title="Termin übernehmen: {day:02d}.09.2026 {name}"><i class="smc-calendar-add"></i></a>'
        if with_button
        else ""
    )
    return (
        f'<tr><td class="day">{day}</td><td class="silink"><div class="smc-el-h">'
        f'<a href="si0057.php?__ksinr={key}" title="Details anzeigen: {name} {day:02d}.09.2026">'
        f"{name}</a></div><ul><li>18:30&nbsp;Uhr</li><li>Sitzungsraum 2, Rathausallee 50</li></ul>"
        f'</td><td class="sitermin">{button}</td></tr>'
    )


def test_the_meetings_not_their_calendar_buttons_are_the_records() -> None:
    rows = [
        _row(2, "Ausschuss für Schule und Sport", 16845, False),
        _row(10, "Jugendhilfeausschuss", 16853, False),
        _row(15, "Stadtvertretung", 16824, False),
        _row(24, "Kulturausschuss", 16901, True),
        _row(28, "Hauptausschuss", 16813, True),
        _row(29, "Umweltausschuss", 16892, True),
        _row(30, "Sozialausschuss", 16882, True),
    ]
    html = (
        "<html lang='de'><body><h1>Kalender 2026 September</h1>"
        f"<table><tbody>{''.join(rows)}</tbody></table></body></html>"
    )
    titles = [record.title for record in extract_page(page_from_text(html, _BASE)).records]
    assert "Kalender 2026 September" not in titles
    assert "Kulturausschuss" in titles and "Ausschuss für Schule und Sport" in titles


def test_norderstedt_reads_its_meetings_not_the_calendar_buttons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Batch 74: Norderstedt's SessionNet calendar gave four records titled by its h1 „Kalender
    2026 September“, one per „Termin übernehmen“ icon of the month's last rows."""
    records = inspect_corpus_page(capsys, "sessionnet-norderstedt-kalender-2026-09")
    titles = [r["title"] for r in records]
    assert "Kalender 2026 September" not in titles
    assert {"Ausschuss für Schule und Sport", "Stadtvertretung", "Kulturausschuss"} <= set(titles)
