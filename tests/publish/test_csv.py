"""The two CSVs, read back with DuckDB the way an analyst (or German Excel) would read them."""

from __future__ import annotations

from pathlib import Path

import duckdb


def _read(path: Path, **options: str) -> tuple[list[str], list[tuple]]:
    settings = ", ".join(f"{key}='{value}'" for key, value in options.items())
    cursor = duckdb.connect().execute(
        f"SELECT * FROM read_csv('{path}', header=true, all_varchar=true, {settings})"
    )
    return [column[0] for column in cursor.description], cursor.fetchall()


def test_excel_csv_has_bom_semicolons_crlf_and_decimal_commas(published_dir: Path) -> None:
    raw = (published_dir / "overview.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0].count(b";") == 24  # 25 columns
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line break is CRLF (none inside cells)

    columns, rows = _read(published_dir / "overview.csv", delim=";")
    assert columns[0] == "id"  # the BOM did not end up in the first column's name
    by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in rows}
    kongress = by_id["fachkongress-2027"]
    assert kongress["title"] == "15. Fachkongress des IT-Planungsrats"
    assert kongress["confidence"] == "0,95"
    assert kongress["start"] == "2027-05-04T09:30:00+02:00"  # ISO text, not an Excel date
    assert kongress["audience"] == "Bund, Land, Kommune"
    assert kongress["topics"] == "Digitalisierung, Föderalismus"
    assert kongress["source_ids"] == "itplr, negz"
    assert by_id["stammtisch-abgesagt"]["city"] == "München"


def test_excel_csv_defuses_formula_like_scraped_text(published_dir: Path) -> None:
    columns, rows = _read(published_dir / "overview.csv", delim=";")
    title = dict(zip(columns, next(r for r in rows if r[0] == "cop-ohne-termin"), strict=True))[
        "title"
    ]
    assert title.startswith("'=HYPERLINK(")


def test_rfc4180_csv_is_plain_utf8_with_commas_and_typed_values(published_dir: Path) -> None:
    raw = (published_dir / "overview.rfc4180.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n")

    relation = duckdb.connect().sql(
        f"SELECT id, title, confidence, free, first_seen, topics "
        f"FROM read_csv('{published_dir / 'overview.rfc4180.csv'}', header=true, delim=',')"
    )
    types = dict(zip(relation.columns, (str(t) for t in relation.types), strict=True))
    assert types["confidence"] == "DOUBLE"
    assert types["free"] == "BOOLEAN"
    assert types["first_seen"] == "TIMESTAMP WITH TIME ZONE"
    rows = {row[0]: row for row in relation.fetchall()}
    assert len(rows) == 8
    assert rows["fachkongress-2027"][2] == 0.95
    assert rows["fachkongress-2027"][3] is True
    assert rows["cop-ohne-termin"][1].startswith("=HYPERLINK(")  # data kept as scraped here
    assert rows["xss"][1] == "<script>alert(1)</script>"


def test_quotes_separators_and_line_breaks_survive_both_dialects(tmp_path: Path) -> None:
    from netdir.publish import publish
    from tests.publish.conftest import offering

    tricky = 'Anmeldung: "bis 1.3."; Kosten 10,50 €\r\nZweite Zeile, mit Komma'
    publish([offering(id="tricky", description=tricky)], tmp_path, formats=["csv"])

    for name, delimiter in (("overview.csv", ";"), ("overview.rfc4180.csv", ",")):
        columns, rows = _read(tmp_path / name, delim=delimiter)
        assert dict(zip(columns, rows[0], strict=True))["description"] == tricky, name
