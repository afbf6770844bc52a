"""One offering on several listed days ("Datum: 31.10.2026 und 28.11.2026, jeweils 14:00 bis
18:00 Uhr") becomes one record per day with the same title and place (a real TYPO3 page of
tests/realpages/, held out)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize.when import parse_when
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
TODAY_OF_PAGE = date(2026, 9, 21)  # the truth file's "today"


def dated(name: str) -> list[tuple[str, str | None, str | None, str]]:
    page = page_from_text((PAGES / name).read_text(encoding="utf-8"), "https://example.org/")
    rows = []
    for record in extract_page(page).records:
        when = parse_when(record.date_text, today=TODAY_OF_PAGE)
        rows.append(
            (
                record.title or "",
                when.start,
                record.location_text,
                record.field_sources.get("date_text", ""),
            )
        )
    return rows


def test_two_listed_days_are_two_records_with_the_same_title_time_and_place() -> None:
    rows = [r for r in dated("typo3-selbsthilfe-recklinghausen-termine.html") if "Kreativ" in r[0]]
    assert [(start, place) for _, start, place, _ in rows] == [
        ("2026-10-31T14:00:00+01:00", "Selbsthilfe-Kontaktstelle, Oerweg 38 (Haus 3), Recklinghausen"),
        ("2026-11-28T14:00:00+01:00", "Selbsthilfe-Kontaktstelle, Oerweg 38 (Haus 3), Recklinghausen"),
    ]  # fmt: skip
    assert "day 1 of 2 listed" in rows[0][3] and "day 2 of 2 listed" in rows[1][3]


def test_days_of_different_months_after_a_recurrence_phrase_are_each_a_record() -> None:
    rows = dated("typo3-selbsthilfe-recklinghausen-termine.html")
    cafe = [start for title, start, _, _ in rows if title.startswith("Ehrenamts- und Selbsthilfe")]
    assert cafe == [
        "2026-10-06T15:00:00+02:00",
        "2026-11-03T15:00:00+01:00",
        "2026-12-01T15:00:00+01:00",
    ]


def test_a_registration_deadline_is_not_taken_for_the_labelled_date() -> None:
    starts = [start for _, start, _, _ in dated("typo3-selbsthilfe-recklinghausen-termine.html")]
    assert "2026-10-24" not in {s[:10] for s in starts if s}  # "Anmeldung bis 24.10.2026"
