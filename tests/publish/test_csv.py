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
    assert raw.split(b"\r\n")[0].count(b";") == 29  # 30 columns
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line break is CRLF (none inside cells)

    columns, rows = _read(published_dir / "overview.csv", delim=";")
    assert columns[:5] == ["ID", "Titel", "Datum", "Uhrzeit", "Ende"]  # no BOM in "ID"
    by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in rows}
    kongress = by_id["fachkongress-2027"]
    assert kongress["Titel"] == "15. Fachkongress des IT-Planungsrats"
    assert kongress["Verlässlichkeit"] == "0,95"
    assert kongress["Beginn (ISO 8601)"] == "2027-05-04T09:30:00+02:00"  # ISO kept as well
    assert kongress["Zielgruppe"] == "Bund, Land, Kommune"
    assert kongress["Themen"] == "Digitalisierung, Föderalismus"
    assert kongress["Quellen"] == "itplr, negz"
    assert kongress["Art"] == "Konferenz" and kongress["kostenfrei"] == "ja"
    assert by_id["stammtisch-abgesagt"]["Ort"] == "München"
    assert by_id["stammtisch-abgesagt"]["Status"] == "abgesagt"


def test_excel_reads_local_dates_and_lists_upcoming_offerings_first(published_dir: Path) -> None:
    columns, rows = _read(published_dir / "overview.csv", delim=";")
    table = [dict(zip(columns, row, strict=True)) for row in rows]
    kongress = next(r for r in table if r["ID"] == "fachkongress-2027")
    assert (kongress["Datum"], kongress["Uhrzeit"], kongress["Ende"]) == (
        "04.05.2027",
        "09:30",
        "05.05.2027 16:00",
    )
    # A German locale parses these as dates (DuckDB standing in for Excel's import):
    [(parsed,)] = duckdb.sql("SELECT strptime('04.05.2027 09:30', '%d.%m.%Y %H:%M')").fetchall()
    assert parsed.day == 4 and parsed.month == 5
    groups = [
        "kommend" if r["Datum"] and r["Status"] != "vergangen" else r["Status"] for r in table
    ]
    first_other = next(i for i, g in enumerate(groups) if g != "kommend")
    assert all(g == "kommend" for g in groups[:first_other])
    assert table[-1]["Status"] == "vergangen"
    starts = [r["Beginn (ISO 8601)"] for r in table[:first_other]]
    assert starts == sorted(starts)
    season = next(r for r in table if r["Datumsgenauigkeit"] == "Jahreszeit")
    assert season["Datum"] is None  # "Herbst 2027" does not pose as a day (an empty cell)


def test_excel_csv_defuses_formula_like_scraped_text(published_dir: Path) -> None:
    columns, rows = _read(published_dir / "overview.csv", delim=";")
    title = dict(zip(columns, next(r for r in rows if r[0] == "cop-ohne-termin"), strict=True))[
        "Titel"
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
    assert rows["cop-ohne-termin"][1].startswith("'=HYPERLINK(")  # defused here too
    assert rows["xss"][1] == "<script>alert(1)</script>"


def test_quotes_separators_and_line_breaks_survive_both_dialects(tmp_path: Path) -> None:
    from netdir.publish import publish
    from tests.publish.conftest import offering

    tricky = 'Anmeldung: "bis 1.3."; Kosten 10,50 €\r\nZweite Zeile, mit Komma'
    publish([offering(id="tricky", description=tricky)], tmp_path, formats=["csv"])

    for name, delimiter in (("overview.csv", ";"), ("overview.rfc4180.csv", ",")):
        columns, rows = _read(tmp_path / name, delim=delimiter)
        field = "Beschreibung" if name == "overview.csv" else "description"
        assert dict(zip(columns, rows[0], strict=True))[field] == tricky, name
