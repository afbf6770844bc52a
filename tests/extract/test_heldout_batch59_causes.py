"""Held-out batch 59 (tests/realpages/README.md): the cause fixed on its pages, read on the page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_badge_of_bare_day_month_and_weekday_elements_dates_each_card(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # DMC Malinois-Club: <span class="ev__date"><b>03</b><i>Okt</i><em>Sa</em></span> under
    # „Oktober 2026“; the three bare elements touched as „03OktSa“ (no day): only the runs'
    # „bis 25. Okt“ were read, each as its run's day (before: 0/12).
    records = inspect_corpus_page(capsys, "static-dmc-malinois-veranstaltungen-2026")
    starts = {record["title"]: record["start"][:10] for record in records}
    assert starts["DMC Körung"] == "2026-10-04"
    assert starts["DMC Wesensprüfung und Zuchttauglichkeitsprüfung – Herdecke"] == "2026-10-03"
    assert starts["DMC FH Championat 2026"] == "2026-10-23"
    assert len(records) == 12


def test_a_weekday_before_its_day_across_a_middle_dot_picks_the_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # FCI-Stöbercup: „Samstag · 22. Mai“ / <time>08:00</time>, read in November 2026: 22 May
    # is a Saturday in 2027 (in 2026 a Friday); the dot kept the weekday from the day, and the
    # nearer, past 22 May 2026 was taken (before: both days a year early).
    records = inspect_corpus_page(capsys, "static-stoebercup-villach-programm-2027")
    assert [record["start"][:16] for record in records] == ["2027-05-22T08:00", "2027-05-23T08:00"]


def test_news_headings_that_close_with_their_day_date_their_blocks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Kyudo Nagold: <h3>Landeslehrgang zur Prüfungsvorbereitung in Bad Dürkheim, 23.-24.
    # November 2024</h3><p>…</p> — a heading „name, day“ whose day lies past the first 30
    # characters was read as prose mentioning a day, and three of the seven sections had no
    # listing left (before: 6/15).
    records = inspect_corpus_page(capsys, "static-kyudo-nagold-aktuelles-2026")
    starts = {(record["title"], record["start"][:10]) for record in records}
    assert ("Landeslehrgang zur Prüfungsvorbereitung in Bad Dürkheim", "2024-11-23") in starts
    assert ("1. Runde der Bundesliga im Jahr der Schlange", "2025-02-23") in starts


def test_a_grid_of_dated_day_columns_gives_each_cell_line_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sommerfest: a spreadsheet pasted as a table, header „ | Mi, 22.7 | … | So, 26.7“ over rows
    # „Vormittag“/„Nachmittag“/„Abend“ whose cells span rows and hold up to three points
    # („🎼 Konzert (17h) <br><br> 𓌉◯𓇋 Festtafel (19h) …“) (before: no records, 0/13).
    records = inspect_corpus_page(capsys, "quarto-sommerfest-langrueti-programm-2026")
    starts = {record["title"]: record["start"][:16] for record in records}
    assert starts["Grillabend"] == "2026-07-22"
    assert starts["Ausflug"] == "2026-07-24"
    assert starts["Festtafel"] == "2026-07-25T19:00"
    assert starts["Brunch & Abschluss"] == "2026-07-26"


def test_a_month_headed_block_numbers_its_offerings_with_their_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Kyudo Nagold: „<h3>Heki-Sommerseminare in Stuttgart, Juli 2024</h3>“ over „Seminar 1:
    # Freitag, den 12.07. bis Sonntag, den 14.07.2024.<br>Seminar 2: …“ — the month-only block
    # was no item; each numbered line is one seminar (before: both missed).
    records = inspect_corpus_page(capsys, "static-kyudo-nagold-aktuelles-2026")
    runs = {
        r["title"]: (r["start"][:10], r["end"][:10]) for r in records if "(Seminar" in r["title"]
    }
    assert runs == {
        "Heki-Sommerseminare in Stuttgart (Seminar 1)": ("2024-07-12", "2024-07-14"),
        "Heki-Sommerseminare in Stuttgart (Seminar 2)": ("2024-07-16", "2024-07-18"),
    }


def test_a_post_saying_its_course_has_ended_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h3>Anfängerkurs Frühjahr, 03. Mai 2026</h3><p>Der Anfängerkurs ist beendet worden. …“:
    # the day a course of weeks ended, reported as news (before: two extra records).
    records = inspect_corpus_page(capsys, "static-kyudo-nagold-aktuelles-2026")
    assert not [r for r in records if r["title"].startswith("Anfängerkurs")]
    assert len(records) == 15
