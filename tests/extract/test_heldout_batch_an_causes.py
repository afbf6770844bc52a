"""Held-out English listing batch AN (a .NET user group's meetings archive by year, a generated
digest of library family events): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_an_ordinal_suffix_in_sup_keeps_the_year_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<span>January 18<sup>th</sup>, 2018</span>“ reads „January 18 th , 2018“.
    # Before: every meeting on the day of its month nearest the save (2024 or 2025).
    rows = inspect_corpus_page(capsys, "jekyll-nhdnug-meetings-2018")
    assert len(rows) == 12
    on = {r["title"]: r["start"] for r in rows}
    assert on["2017 Year in Review"] == "2018-01-18"
    assert on["Two-Way Web Apps with SignalR"] == "2018-03-22"


def test_each_hours_and_link_paragraph_under_a_town_is_an_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>Sun 2026-08-23</h1><h2>San Jose</h2><p>12:00 - 13:00 <a>OneInMath …</a></p><p>…</p>
    # <hr><p>12:30 - 13:30 <a>Family Storytime</a></p>…“. Before: one record per town heading,
    # titled by the town („San Jose“) on its first event's hours.
    rows = inspect_corpus_page(capsys, "markdown-toddlerevents-bay-area-libraries-2026-08")
    titles = {r["title"] for r in rows}
    assert "San Jose" not in titles
    assert "Lego® Club!" in titles
    on = {r["title"]: r for r in rows}
    assert on["Junior STEAM Club"]["start"].startswith("2026-08-27T17:30")
    assert on["Junior STEAM Club"]["end"].startswith("2026-08-27T18:15")


def test_the_town_heading_is_each_events_place(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h2>San Jose</h2>“ above the town's events. Before: no place on any of them (place 0 %).
    rows = inspect_corpus_page(capsys, "markdown-toddlerevents-bay-area-libraries-2026-08")
    on = {r["title"]: r for r in rows}
    assert on["Lego® Club!"]["location"] == "San Jose"
    assert on["Maker Hangout"]["location"] == "Belmont"
    assert all(r["location"] is not None for r in rows)
