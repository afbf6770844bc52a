"""Causes found on held-out batch 64 (a municipality's home page and a club's fixtures), each
pinned on its real page of the corpus (tests/realpages/README.md) and on the small function that
fixes it (tests/extract/test_script_markup.py, test_versus_titles.py, test_hours_labels.py)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_bold_hours_line_of_the_row_above_is_no_label_naming_the_next_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Flat runs „<h2>28.04.2009</h2><h3>GESUND IM GARTEN</h3><p>Vortrag mit …</p><p><strong>
    # Beginn: 19.30 Uhr - Veltlinersaal</strong></p>“: the bold hours line ending one run stood
    # right above the next run and was read as the label naming it. Before: „GESUND IM GARTEN“
    # titled „Beginn: 19.30 Uhr“, „MAIBAUMAUFSTELLEN AM PFARRPLATZ“ titled „Beginn: 19.30 Uhr -
    # Veltlinersaal“.
    records = inspect_corpus_page(capsys, "static-rohrendorf-aktuelles-2009-04")
    titles = {r["start"][:10]: r["title"] for r in records if r["start"][:4] == "2009"}
    assert titles["2009-04-28"] == "GESUND IM GARTEN"
    assert titles["2009-04-30"] == "MAIBAUMAUFSTELLEN AM PFARRPLATZ"
    assert not any(r["title"].startswith("Beginn") for r in records)


def test_fixtures_a_script_writes_from_its_month_array_are_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „var CAL_MONTHS = [{"label": "<span>Oktober</span> 2026", "body": "<div class=\"fx\">…11
    # <small>Okt</small><small class=\"fx__time\">21:00 Uhr</small>…vs…HC Skulls…"}, …]“ and a
    # month switcher setting innerHTML. Before: no records.
    records = inspect_corpus_page(capsys, "static-grizzlies-unterland-spielplan-2026")
    assert len(records) == 16
    # (the home team from the page's next-match strip opens each title: ``home_team``)
    first, last = records[0], records[-1]
    assert (first["title"], first["start"][:16]) == ("Grizzlies vs HC Skulls", "2026-10-11T21:00")
    assert (last["title"], last["start"][:16]) == ("Grizzlies vs El Dorado", "2027-01-30T18:30")
