"""Causes found on held-out German batch 109 of the real-page corpus (an athletics club's
competition plan and a chess club's season grid), each pinned on a minimal snippet and on its
page: the records a reader would list, with the day and hour of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    return [(n.title, _wall(n.start)) for n in (normalize_record(r, today=today) for r in records)]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2026-10-23T19:30:00+02:00“ → „2026-10-23T19:30“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a table whose columns after the day are a club's groups („Termin | Verein | AFK 1 …
# AFK 6 | Senioren | Jugend“), each filled cell that group's event on the row's day, was read as
# one record per row, titled by its first filled cell: the other teams' matches of the row were
# lost. In such a grid several columns each alone fill some dated row; then each filled cell is
# an event, named with its group in brackets (a column of everyone's events, „Verein“, without).

_GRID = """<html><body><main><h1>Termine &amp; Spielplan</h1>
<table><thead><tr><th>Termin</th><th>Verein</th><th>Erste</th><th>Zweite</th><th>Dritte</th>
<th>Jugend</th></tr></thead><tbody>
<tr><td>02.10. Fr, 18:00 Uhr</td><td>Vereinsabend</td><td></td><td></td><td></td><td></td></tr>
<tr><td>21.10. Mi, 19:00 Uhr</td><td></td><td></td><td></td><td>Liga Runde 1</td><td></td></tr>
<tr><td>23.10. Fr, 19:30 Uhr</td><td></td><td>Liga Runde 1</td><td>Liga Runde 1</td><td></td>
<td></td></tr>
<tr><td>25.10. So, 10:00 Uhr</td><td></td><td></td><td></td><td></td><td>Jugendliga</td></tr>
</tbody></table></main></body></html>"""


def test_each_filled_group_cell_of_a_row_is_that_groups_event() -> None:
    records = _page(_GRID, date(2026, 10, 1))
    assert sorted(records) == sorted(
        [
            ("Vereinsabend", "2026-10-02T18:00"),
            ("Liga Runde 1 (Dritte)", "2026-10-21T19:00"),
            ("Liga Runde 1 (Erste)", "2026-10-23T19:30"),
            ("Liga Runde 1 (Zweite)", "2026-10-23T19:30"),
            ("Jugendliga (Jugend)", "2026-10-25T10:00"),
        ]
    )


def test_a_table_of_one_event_per_row_keeps_its_rows() -> None:
    # „Datum | Veranstaltung | Ort | Bemerkung“: the place and the note never fill a row alone,
    # so the row is one event, its other cells its fields.
    html = """<html><body><main><h1>Termine</h1><table>
<tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th><th>Bemerkung</th></tr>
<tr><td>02.10.2026, 18:00 Uhr</td><td>Vereinsabend</td><td>Vereinsheim</td><td></td></tr>
<tr><td>09.10.2026, 19:00 Uhr</td><td>Herbstturnier</td><td></td><td>Anmeldung bis 1.10.</td></tr>
<tr><td>16.10.2026, 19:30 Uhr</td><td>Blitzturnier</td><td></td><td></td></tr>
</table></main></body></html>"""
    assert [title for title, _ in _page(html, date(2026, 10, 1))] == [
        "Vereinsabend",
        "Herbstturnier",
        "Blitzturnier",
    ]


def test_the_chess_clubs_grid_gives_every_teams_match() -> None:
    records = _records("static-sgafk-schach-termine-2026-10")
    on_23_october = sorted(title for title, start in records if start == "2026-10-23T19:30")
    assert on_23_october == ["MMM Runde 1 (AFK 2)", "MMM Runde 1 (AFK 3)", "MMM Runde 1 (AFK 4)"]
    assert ("MMM Runde 2 (AFK 6)", "2026-11-27T19:30") in records
    assert ("U14/U16 MMM (Jugend)", "2026-11-29T10:00") in records
    assert ("Mannschafts-und Ligapokal", "2026-11-29T11:00") in records
    assert len([r for r in records if r[1] is not None and r[1].startswith("2026-12-11")]) == 5
