"""Causes found on held-out batch 13 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_days_listed_under_a_daten_label_are_one_record_each() -> None:
    # <h2>Erlebnisführung über den Weinlehrpfad …</h2><p><strong>Daten:</strong><br>Samstag,
    # 5. September 2026 um 15 Uhr<br>Samstag, 10. Oktober 2026 um 11 Uhr</p><p>Treffpunkt: …
    # — two guided walks, not one; a day line may name its own evening („Donnerstag, 15.
    # Oktober 2026    Tradition im Glas – …“), „Beginn: Jeweils 19 Uhr“ times the untimed days,
    # and a bold name with a note after it („Wein trifft Käse … (Safe the Date 2027)“) still
    # names the „Datum:“ line below it.
    html = (PAGES / "publii-eiselwein-termine.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://eiselwein.de/termine/")).records
    today = date(2026, 7, 23)
    got = [(r.title, normalize_record(r, today=today).start) for r in records]
    assert got == [
        ("Tradition im Glas – Eine Reise durch dir Pfälzer Klassiker", "2026-10-15T19:00:00+02:00"),
        (
            "Pfälzer Exoten – Seltene Rebsorten entlang der Deutschen Weinstraße",
            "2026-11-05T19:00:00+01:00",
        ),
        (
            "Erlebnisführung über den Weinlehrpfad Schweigen-Rechtenbach",
            "2026-09-05T15:00:00+02:00",
        ),
        (
            "Erlebnisführung über den Weinlehrpfad Schweigen-Rechtenbach",
            "2026-10-10T11:00:00+02:00",
        ),
        (
            "Auf den Spuren des Parre mit de Peif- Eine Dorfführung durch Weisenheim am Berg "
            "in der Urlaubsregion Freinsheim",
            "2026-09-12T11:00:00+02:00",
        ),
        (
            "Auf den Spuren des Parre mit de Peif- Eine Dorfführung durch Weisenheim am Berg "
            "in der Urlaubsregion Freinsheim",
            "2026-10-03T15:00:00+02:00",
        ),
        ("Geschichten, Wein und Pfälzer Tapas", "2026-10-17T18:30:00+02:00"),
        ("Wein trifft Käse – ein Abend voller Genusss", "2027-03-12T19:00:00+01:00"),
    ]
    assert records[2].location_text == "Deutsches Weintor, Schweigen-Rechtenbach"
    assert records[0].field_sources["title"].endswith("p line")
    assert records[2].field_sources["title"].endswith("h2")
