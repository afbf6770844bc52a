"""Known causes left by earlier held-out batches (tests/realpages/README.md, the batches' "Left:"
sentences), each fixed generally and pinned on the real page of the corpus that showed it."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import starts_by_title


def test_a_misspelt_month_after_a_day_still_dates_and_frames_the_bold_line() -> None:
    # Batch 37 (Sängerkreis Mainspitze): „<strong>21. Septemner 2025, 14:30 Uhr:
    # Schlagerkaffee</strong> mit dem <a>Club Harmonie 1911 Rüsselsheim</a> …“ — one letter
    # mistyped; the bold line is still "<day>: <name>", not a paragraph named by its link.
    got = starts_by_title(
        "jekyll-saengerkreis-mainspitze-termine-2025",
        "https://www.saengerkreismainspitze.de/termine/",
        date(2025, 11, 8),
    )
    assert got["Schlagerkaffee"] == "2025-09-21T14:30:00+02:00"
    assert "Club Harmonie 1911 Rüsselsheim" not in got
