"""Causes found on held-out batch 38 (real pages that scrapers keep as test fixtures: a cinema's
programme and film page, a team app's list of dates), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.date_cues import DATE_LIKE
from tests.extract.realpage_inspect import inspect_page as _inspect

OMU = (
    "apollokino-hannover-omu-nachtstudio-2025-12.html",
    "https://www.apollokino.de/?v=&mp=OmU-Nachtstudio",
    "2025-12-31",
)
FILM = (
    "apollokino-hannover-film-weisser-hai-2025-12.html",
    "https://www.apollokino.de/?v=&film=filme/01000749&anmerk=OmU-Nachtstudio",
    "2025-12-31",
)
TEAM = (
    "spielerplus-team-termine-2022-11.html",
    "https://www.spielerplus.de/events",
    "2022-11-26",
)


def test_a_badge_day_heading_is_no_year_and_the_clock_opens_no_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<td>Dienstag<h1>30</h1>Dezember</td>“ beside „<h2>22:30: THE MASTERMIND</h2>“: the h1 is
    # the day of the date column, not a year tab „30“ (read as 2030), and the clock before the
    # colon is the screening's time, no part of the film's name.
    rows = _inspect(capsys, *OMU)
    assert len(rows) == 14
    assert (rows[0]["title"], rows[0]["start"]) == ("THE MASTERMIND", "2025-12-30T22:30:00+01:00")
    assert (rows[-1]["title"], rows[-1]["start"]) == (
        "HASS - LA HAINE",
        "2026-01-31T22:45:00+01:00",
    )


def test_a_films_version_note_is_no_part_of_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    # „22:30: TWIN PEAKS - engl. OmU“, „22:30: Blue Valentine engl. OmU“: the language version
    # the cinema shows, after the film's name.
    titles = [row["title"] for row in _inspect(capsys, *OMU)]
    assert "TWIN PEAKS" in titles and "Blue Valentine" in titles and "ERASERHEAD" in titles
    assert "MULHOLLAND DRIVE - Straße der Finsternis" in titles  # a subtitle stays


def test_a_buttons_label_is_text(capsys: pytest.CaptureFixture[str]) -> None:
    # „Spieltermine <input type=submit value="02.01.2026 - 22:30"> …“: each showing is a ticket
    # button whose label is its day and hour.
    rows = _inspect(capsys, *FILM)
    assert [(row["title"], row["start"]) for row in rows] == [
        ("Der weisse Hai", "2026-01-02T22:30:00+01:00"),
        ("Der weisse Hai", "2026-02-14T22:30:00+01:00"),
    ]


def test_a_team_apps_panels_of_labelled_hours(capsys: pytest.CaptureFixture[str]) -> None:
    # Panels „Mo. 28.11“ (a weekday makes the day without its final dot a date) + „Training“
    # over „Treffen | 18:25 | Beginn | 18:30 | Ende | 20:00“: the session runs from „Beginn“ to
    # „Ende“, the meeting time is no start; a closed dialog's „<h3>Wähle eine Terminart</h3>“
    # names no panel, and the header „Nächster Termin / Event - 26.11.22 - 10:00 Uhr“ points at
    # the first row instead of being the page's event.
    rows = _inspect(capsys, *TEAM)
    assert [(row["title"], row["start"], row["end"]) for row in rows] == [
        ("test heute", "2022-11-26T10:00:00+01:00", None),
        ("test morgen", "2022-11-27T12:00:00+01:00", None),
        ("Training", "2022-11-28T18:30:00+01:00", "2022-11-28T20:00:00+01:00"),
        ("Training", "2022-11-30T17:30:00+01:00", "2022-11-30T18:30:00+01:00"),
        ("Training", "2022-12-02T19:00:00+01:00", "2022-12-02T20:30:00+01:00"),
    ]


def test_a_weekday_dates_a_day_without_its_final_dot() -> None:
    assert DATE_LIKE.search("Sa. 26.11 test heute")
    assert DATE_LIKE.search("Mo 28.11")
    assert not DATE_LIKE.search("Mo 10.30 Uhr")  # a clock, not a day
    assert not DATE_LIKE.search("Raum 3.11.1")
    assert DATE_LIKE.search("Fr. 14.08.").group() == "14.08."  # the dotted form as before
