"""Causes found on held-out batch 28 (a medical society's events page, a church-music calendar, a
swing-dance club's events page and a hackspace's calendar), each pinned on its real page of the
corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_bare_clock_in_a_time_column_times_the_row(capsys: pytest.CaptureFixture[str]) -> None:
    # Dommusik Erfurt's calendar: month tables „Datum | Uhrzeit | Ort | Beschreibung“ whose time
    # cells write „19.30“ with no „Uhr“. Figures that could be a day and a month elsewhere are a
    # clock under a header that says so; before, every row was an all-day record (time 0 of 21).
    rows = _inspect(
        capsys,
        "hugo-dommusik-erfurt-kalender-2024.html",
        "https://www.dommusik-erfurt.de/kalender/",
        "2024-11-04",
    )
    assert len(rows) == 21
    assert [(r["start"], r["location"]) for r in rows[:3]] == [
        ("2024-10-05T19:30:00+02:00", "Dom St. Marien"),
        ("2024-10-19T19:30:00+02:00", "Cruciskirche"),
        ("2024-10-20T11:00:00+02:00", "Dom St. Marien"),
    ]
    assert rows[-1]["start"] == "2025-01-12T11:00:00+01:00"
