"""Scraped text with NUL and control characters never reaches CSV or ICS; formulas defused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from netdir.publish import publish
from tests.publish.conftest import offering

DIRTY = "Fach\x00tag\x07 Verwaltung\x1b[31m\x7f"


def test_csv_and_ics_carry_no_control_characters(tmp_path: Path) -> None:
    rows = [
        offering(
            id="dirty", title=DIRTY, description="Zeile 1\nZeile\x0b 2\x00", start="2030-06-01"
        )
    ]
    publish(rows, tmp_path, formats=["csv", "ics"])
    for name in ("overview.csv", "overview.rfc4180.csv", "upcoming.ics"):
        text = (tmp_path / name).read_text("utf-8")
        controls = {c for c in text if (ord(c) < 32 and c not in "\t\r\n") or ord(c) == 127}
        assert controls == set(), name
        assert "Fachtag Verwaltung[31m" in text, name
    ics = (tmp_path / "upcoming.ics").read_text("utf-8")
    assert "Zeile 1\\nZeile 2" in ics.replace("\r\n ", "")


def test_rfc4180_csv_defuses_formula_cells_like_the_excel_one(tmp_path: Path) -> None:
    starts = ["=1+1", "+49 30 1234", "-2+3", "@SUM(A1)"]
    rows = [offering(id=f"f{n}", title=text) for n, text in enumerate(starts)]
    publish(rows, tmp_path, formats=["csv"])
    table = list(csv.DictReader(io.StringIO((tmp_path / "overview.rfc4180.csv").read_text())))
    assert sorted(row["title"] for row in table) == sorted("'" + text for text in starts)
