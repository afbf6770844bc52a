"""Causes found on held-out batch 19 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_columns_that_are_kinds_of_event_give_one_item_per_dated_cell() -> None:
    # „Monat | Versammlungen um 20 Uhr im Gasthof Triptrap in Erle | Rennen ab 14 Uhr auf unserer
    # Bahn in der Erler Heide“ over month rows: each dated cell is a meeting or a race with the
    # header's time and place; a note names its day's event („(Jahreshauptversammlung)“) unless
    # it only names the holiday („(Ostermontag)“); „25./26. Mai oder 29./30.Juni“ is undecided.
    html = (PAGES / "jekyll-erlermotorclub-termine-2019.html").read_text(encoding="utf-8")
    page = page_from_text(html, "https://www.erler-motor-club.de/termine.html")
    today = date(2019, 3, 30)
    got = [
        (r.title, normalize_record(r, today=today).start, r.location_text)
        for r in extract_page(page).records
    ]
    assert got[0] == ("Versammlung", "2019-02-07T20:00:00+01:00", "Gasthof Triptrap in Erle")
    assert ("Rennen", "2019-04-22T14:00:00+02:00", "Bahn in der Erler Heide") in got
    assert (
        "Jahreshauptversammlung",
        "2019-12-05T20:00:00+01:00",
        "Gasthof Triptrap in Erle",
    ) in got
    assert ("Weihnachtsfeier", "2019-12-15T20:00:00+01:00", "Gasthof Triptrap in Erle") in got
    assert not [title for title, start, _ in got if start.startswith(("2019-05-25", "2019-06-29"))]
    assert len(got) == 14


def test_a_sidebar_list_headed_as_news_gives_no_events() -> None:
    # A Hugo sidebar: „NEUIGKEITEN“ over posts with their publication days („Vereinsgründung in
    # Vorbereitung“ / 22.01.2025) beside „TERMINE“; the posts are no events, the one meeting
    # of the page is („Datum: 15. Februar 2025, 19:00 Uhr“).
    html = (PAGES / "hugo-naturaktiv-boesingen-termine.html").read_text(encoding="utf-8")
    page = page_from_text(html, "https://www.naturaktiv-boesingen.de/termine/")
    records = extract_page(page).records
    got = [(r.title, normalize_record(r, today=date(2025, 1, 25)).start) for r in records]
    assert got == [("Gründungsversammlung", "2025-02-15T19:00:00+01:00")]


def test_one_evening_listed_in_two_sections_is_one_event() -> None:
    # „Do. 19. November 19:30–21:00 «Klaushock»“ under „Vereinsübungen“ and „Do, 19. November —
    # Klaushock“ under „Gemütlicher Teil“: one evening, kept with its time; the other days of
    # the two sections stay.
    html = (PAGES / "static-samariter-sils-jahresprogramm-2026.html").read_text(encoding="utf-8")
    page = page_from_text(html, "https://www.samariterverein-silsid.ch/jahresprogramm.html")
    today = date(2026, 3, 4)
    got = [normalize_record(r, today=today).start for r in extract_page(page).records]
    assert [start for start in got if start.startswith("2026-11-19")] == [
        "2026-11-19T19:30:00+01:00"
    ]
    assert len(got) == 12


def test_the_start_time_at_the_end_of_the_title_cell_times_the_day() -> None:
    # A th „Samstag, 18.04.2026“ over a cell „1. Bundesliga, 4. Spieltag in Gärtringen, Beginn
    # 18.00 Uhr“: the clock times the day, the town before it is the place, the rest names it;
    # „Halbfinale U19“ (no time) stays as it is.
    html = (PAGES / "webbaukasten-rsv-kissing-termine-radball.html").read_text(encoding="utf-8")
    page = page_from_text(html, "https://www.rsv-kissing.de/termine-radball.html")
    today = date(2026, 3, 25)
    got = [
        (r.title, normalize_record(r, today=today).start, r.location_text)
        for r in extract_page(page).records
    ]
    assert ("1. Bundesliga, 4. Spieltag", "2026-04-18T18:00:00+02:00", "Gärtringen") in got
    assert ("Viertelfinale U13", "2026-04-19T11:00:00+02:00", "Kissing") in got
    assert ("Halbfinale U19", "2026-04-11", None) in got


def test_a_badge_day_takes_the_hours_of_the_card_line_that_names_the_same_day() -> None:
    # A card's badge „22 AUG“ and its meta line „Samstag, 22. August 2026 · 14.00–19.30 Uhr ·
    # propfaeffikersee.ch“: the hours are the card's. The market card's line names a season
    # („jeden Samstag vom 21. März bis 28. November, 08.00–11.00 Uhr“), not its badge's day.
    html = (PAGES / "static-robehuuse-anlaesse-2026.html").read_text(encoding="utf-8")
    page = page_from_text(html, "https://www.robenhausen.ch/anlaesse.html")
    today = date(2026, 8, 16)
    got = {}
    for record in extract_page(page).records:
        normalized = normalize_record(record, today=today)
        got[record.title] = (normalized.start, normalized.end)
    assert got["3. VPP-Treffen am See"] == (
        "2026-08-22T14:00:00+02:00",
        "2026-08-22T19:30:00+02:00",
    )
    assert got["Märteröffnig & Wuchemärt"][0].startswith("2026-03-21")
