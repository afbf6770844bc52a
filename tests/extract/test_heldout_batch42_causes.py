"""Causes found on held-out batch 42 (German club and user-group pages, owners A–M), each pinned
on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import inspect_page


def test_boxes_named_by_their_bold_name_not_their_pointer_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # mobile.cologne's boxes: „Do. 13. Dezember 2018“ | <strong>name</strong> | talks | a link
    # „Rückblick“ (or „Mehr Infos & Anmeldung“) to the evening's page. Before, every record was
    # titled by that link.
    records = inspect_page(
        capsys,
        "jekyll-mobilecgn-termine-2019-01.html",
        "https://mobilecologne.de/termine.html",
        "2019-01-30",
    )
    titles = {r["title"] for r in records}
    assert "Rückblick" not in titles and "Mehr Infos & Anmeldung" not in titles
    starts = {r["title"]: r["start"] for r in records}
    assert starts["Glühwein.apk meets Glühwein.app"].startswith("2018-12-13")
    assert starts["Vortragsabend: Continuous Integration bei inovex"].startswith("2019-02-12T18:30")


@pytest.mark.parametrize(
    "label",
    ["Rückblick", "Zum Nachbericht", "Mehr Infos & Anmeldung", "Infos und Tickets"],
)
def test_pointer_links_name_nothing(label: str) -> None:
    assert is_junk_title(label)


@pytest.mark.parametrize("name", ["Rückblick 2025: Ein Jahr im Verein", "Tickets"])
def test_names_with_pointer_words_stay(name: str) -> None:
    assert not is_junk_title(name)


def test_event_page_named_by_its_h1_that_the_lead_repeats(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # RV Hard's race page: h1 „Dachbau Schaffer Nightrace 2025“, a section „Danke für eure
    # Teilnahme!“ (an h1 too), h2 „Anmeldung und Ergebnisse“, h2 „Allgemeine Informationen“ over
    # „Willkommen beim Dachbau Schaffer Nightrace 2025! …“ and „Datum: 31. Mai 2025“. Before,
    # the nearest heading above the date named the race.
    (record,) = inspect_page(
        capsys,
        "static-rvhard-nightrace-2025.html",
        "https://www.rv-hard.at/Events/nightrace/dachbau-schaffer-nightrace-2025.html",
        "2025-09-01",
    )
    assert record["title"] == "Dachbau Schaffer Nightrace 2025"
    assert record["start"].startswith("2025-05-31T09:30")
    assert record["location"] == "Stedepark, Hard"


def test_fact_headings_name_nothing() -> None:
    assert is_junk_title("Allgemeine Informationen")
    assert is_junk_title("Eckdaten")


def test_entries_opening_is_no_event_day_and_two_days_under_one_month(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # KV Klingnau's news: „<h3>Ausdauerprüfung 21.09.2025</h3>“ over „Meldebegin: 05.08.2025“ /
    # „Meldeschluss: 15.09.2025“ / „Beginn: 07:30 Uhr“ (before: dated 5 August, the day entries
    # open); a seminar „am Samstag, 6. und am Sonntag, 7. September 2025“ in its lead (before,
    # after the first fix: the Sunday only).
    records = inspect_page(
        capsys,
        "static-kvklingnau-news-2025-12.html",
        "https://www.kvklingnau.ch/news.html",
        "2025-12-11",
    )
    by_start = {(r["title"], (r["start"] or "")[:10]): r for r in records}
    test = by_start[("Ausdauerprüfung", "2025-09-21")]
    assert test["start"].startswith("2025-09-21T07:30")
    seminar = by_start[("Unterordnung- und Schutzdienst Seminar", "2025-09-06")]
    assert (seminar["end"] or "").startswith("2025-09-07")


def test_series_page_over_its_races(capsys: pytest.CaptureFixture[str]) -> None:
    # RV Hard's series page: h1 „Summer Bike Series 2025“, „Die Summer Bike Series findet am 5.
    # und 6. Juli 2025 … statt“ and „Datum: 05.–06. Juli 2025“ above three race boxes „📅
    # Samstag, 05.07.2025 · Start ab 10:00 Uhr“ within those days. Before, only the races were
    # read (the page's labelled run was taken for the heading „Bergrennen“ of an embed).
    records = inspect_page(
        capsys,
        "static-rvhard-summer-bike-series-2025.html",
        "https://www.rv-hard.at/Events/sbs/summer-bike-series-2025.html",
        "2025-09-01",
    )
    starts = {r["title"]: (r["start"] or "")[:16] for r in records}
    assert starts["Summer Bike Series 2025"].startswith("2025-07-05")
    assert starts["Kammgarn Kriterium Hard"] == "2025-07-05T10:00"
    assert starts["Bergrennen Wolfurt – Buch"] == "2025-07-06T10:00"
    (series,) = (r for r in records if r["title"] == "Summer Bike Series 2025")
    assert (series["end"] or "").startswith("2025-07-06")


def test_day_items_whose_lists_follow_them(capsys: pytest.CaptureFixture[str]) -> None:
    # Batch 42b, the Klimacamp Sterkrader Wald's programme: „<li>Samstag 03.07.2021</li>“
    # followed by its own „<ul><li>11:00 Uhr Waldspaziergang</li>…</ul>“ (a sibling, not nested),
    # rows „14:00 – 17:00 Uhr	LandArt Workshop …“ and „Ab 10:00 Uhr Samenbomben bauen“. Before,
    # the day items were the records, named by the heading „Jeden Tag gilt:“ above them.
    records = inspect_page(
        capsys,
        "static-klimacamp-sterkrade-programm-2021-07.html",
        "https://klimacamp-sterkraderwald.de/programm.html",
        "2021-07-09",
    )
    assert "Jeden Tag gilt:" not in {r["title"] for r in records}
    rows = {(r["title"], (r["start"] or "")[:16]): r for r in records}
    assert ("Waldspaziergang", "2021-07-03T11:00") in rows
    assert ("Samenbomben bauen", "2021-07-10T10:00") in rows
    workshop = rows[("LandArt Workshop „Himmelgrün und Sommerblau“", "2021-07-06T14:00")]
    assert (workshop["end"] or "").startswith("2021-07-06T17:00")
