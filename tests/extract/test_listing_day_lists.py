"""One offering on several listed days ("Datum: 31.10.2026 und 28.11.2026, jeweils 14:00 bis
18:00 Uhr") becomes one record per day with the same title and place (a real TYPO3 page of
tests/realpages/, held out)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.listing_features import read_block
from netdir.extract.sub_items import titled_date_lines, titled_sections
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


def test_two_titled_sections_of_one_box_are_two_offerings_with_their_own_place() -> None:
    rows = dated("typo3-selbsthilfe-recklinghausen-termine.html")
    on_16th = [(t, s, p) for t, s, p, _ in rows if s and s.startswith("2026-10-16")]
    assert on_16th == [
        (
            "Vortrag: „Aus der Schwere in die Leichtigkeit“",
            "2026-10-16T17:00:00+02:00",
            "Matthias-Claudius-Centrum, Halluinstraße 26, 45739 Oer-Erkenschwick, Raum Stimberg",
        ),
        (
            "Workshop: „Körper und Tanz meets Depression“",
            "2026-10-16T18:00:00+02:00",
            "Matthias-Claudius-Centrum, Halluinstraße 26, 45739 Oer-Erkenschwick, Raum Haard",
        ),
    ]  # the box's headline ("Bündnis gegen Depression … lädt … ein") is no offering of its own


def test_a_titled_date_line_is_an_offering_beside_the_boxs_own() -> None:
    rows = dated("typo3-selbsthilfe-recklinghausen-termine.html")
    assert ("Vernissage", "2026-12-01T15:00:00+01:00") in [(t, s) for t, s, _, _ in rows]


BOX = """<div class="box"><h3>Sommerfest</h3><p>Wir feiern am 11.07.2026 im Park.</p>
<p><strong>Termin: 11.07.2026, 15 Uhr</strong></p><p><strong>Termin: 12.07.2026, 15 Uhr</strong></p>
<p>Hinweis: 01.07.2026 letzte Gelegenheit</p><p>Letzte Aktualisierung: 20.06.2026</p><p>Anmeldung bis: 05.07.2026</p>
<p>Ort: Stadtpark</p></div>"""


def test_dates_repeated_inside_one_offerings_text_are_not_split() -> None:
    box = LexborHTMLParser(BOX).css_first("div.box")
    assert box is not None
    reading = read_block([box], "https://example.org/")
    assert (reading.title, reading.date_text) == ("Sommerfest", "11.07.2026, 15 Uhr")
    # Two "Termin:" lines without a title line each, a note, a page stamp, a deadline: no offerings.
    assert titled_sections([box], reading) == []
    assert titled_date_lines([box], reading) == []


def test_an_english_list_of_sessions_is_one_record_per_session() -> None:
    # Held-out batch 5 (sam-events-list): "Feb 14 & 21, Mar 14 & 21, Apr 11 & 18" and "1:30–4 pm"
    # in the card; the date text was cut to its first day before.
    page = page_from_text(
        (PAGES / "sam-events-list.html").read_text(encoding="utf-8"), "https://example.org/"
    )
    records = [r for r in extract_page(page).records if r.title == "SAM Creates: Figure Drawing"]
    starts = [parse_when(r.date_text, today=date(2026, 2, 20)).start for r in records]
    assert starts == [
        "2026-02-14T13:30:00+01:00",
        "2026-02-21T13:30:00+01:00",
        "2026-03-14T13:30:00+01:00",
        "2026-03-21T13:30:00+01:00",
        "2026-04-11T13:30:00+02:00",
        "2026-04-18T13:30:00+02:00",
    ]
