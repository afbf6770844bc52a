"""Causes found on held-out batch 44 (German civic pages: a village Ortsrat's dates, Code for
Germany's Wahlsalons, Coding da Vinci's programme), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_break
from tests.extract.realpage_inspect import inspect_page as _inspect

VILLAGE = (
    "jekyll-breitenberg-termine-2026-06.html",
    "https://breitenberg-eichsfeld.de/termine.html",
    "2026-06-29",
)
SALONS = (
    "codeforde-wahlsalons-2017.html",
    "https://codefor.de/archiv/wahlsalons/",
    "2017-10-08",
)
HACKATHON = (
    "jekyll-codingdavinci-programm-2014.html",
    "https://codingdavinci.de/programm/",
    "2014-04-15",
)


def test_a_run_in_the_date_cell_is_no_post_stamp_beside_a_day_in_the_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „12.06. - 19.07. | Fussball WM / public viewing (am 20.06. Dorfplatz)“: the theme cell names
    # a day, but the date cell's run of days is the event's own — a post goes up on one day.
    rows = _inspect(capsys, *VILLAGE)
    assert (rows[0]["start"], rows[0]["end"]) == ("2026-06-12", "2026-07-19")


def test_the_hour_after_the_name_in_the_theme_cell_completes_the_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „06.12. | Adventssingen 16:00“, „10.10. | Erntedankandacht 9:30 Uhr, 10 Uhr Frühstück“,
    # „30.10. und 31.10. | Halloween, jeweils ab 16:00 Uhr“ (two evenings): the name before the
    # hour is the title, the hour the start.
    rows = {(r["title"], r["start"]) for r in _inspect(capsys, *VILLAGE)}
    assert {
        ("Erntedankandacht", "2026-10-10T09:30:00+02:00"),
        ("Halloween", "2026-10-30T16:00:00+01:00"),
        ("Halloween", "2026-10-31T16:00:00+01:00"),
        ("Adventssingen", "2026-12-06T16:00:00+01:00"),
        ("Weihnachtsfeier", "2026-12-09T18:30:00+01:00"),
    } <= rows


def test_a_time_line_with_an_open_end_is_the_cards_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Wikipedia:Lokal K | Hackländerstraße 2, Köln<br>18:00 Uhr - open end“ under the card's day.
    rows = {r["title"]: r["start"] for r in _inspect(capsys, *SALONS)}
    assert rows["Wahldaten Warmup"] == "2017-05-12T18:00:00+02:00"


def test_a_table_captioned_by_its_day_holds_one_point_per_timed_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<caption>27. April</caption>“ over rows „12 <span class=sr-only>Uhr</span> | Meet a data
    # expert & best practice (bis 16 Uhr)“; breaks, meals, doors and ends are no points.
    rows = [(r["title"], r["start"], r["end"]) for r in _inspect(capsys, *HACKATHON)]
    assert ("Meet a data expert & best practice", "2014-04-27T12:00:00+02:00",
            "2014-04-27T16:00:00+02:00") in rows  # fmt: skip
    assert ("Ergebnispräsentation der Teams", "2014-07-06T11:30:00+02:00", None) in rows
    assert not any(
        title.startswith(("Pause", "Abendessen", "Einlass", "Ende")) for title, *_ in rows
    )
    # (and, since session 51, the contest as a whole: „Coding da Vinci läuft insgesamt zehn Wochen
    # vom 26. April bis 6. Juli 2014.“ — tests/extract/test_known_causes_session51.py)
    assert len(rows) == 10


@pytest.mark.parametrize(
    "title",
    [
        "Pause & Snacks",
        "Abendessen (warm)",
        "Einlass",
        "Ende",
        "Open End",
        "Ende der Preisverleihung",
    ],
)
def test_a_programmes_meals_doors_and_close_are_no_offerings(title: str) -> None:
    assert is_break(title, "6. Juli, 16 Uhr")
    assert not is_break("Ende Gelände – Klimacamp", "6. Juli, 16 Uhr")


HACKATHON_POST = (
    "jekyll-codeforheilbronn-smart-city-hackathon-2018-03.html",
    "https://codeforheilbronn.de/2018/03/07/smart-city-heilbronn-hackathon.html",
    "2018-03-07",
)
OPEN_DATA_DAY = (
    "jekyll-codeforheilbronn-open-data-day-2018-02.html",
    "https://codeforheilbronn.de/2018/02/23/open-data-day-heilbronn.html",
    "2018-02-23",
)


def test_an_invitation_heading_names_what_it_invites_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <h1>Einladung zum Smart City Hackathon</h1> over „… laden am 17. März 2018 … ein“.
    rows = _inspect(capsys, *HACKATHON_POST)
    assert [(r["title"], r["start"]) for r in rows] == [("Smart City Hackathon", "2018-03-17")]


def test_the_hour_before_the_words_of_starting_is_the_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Am Samstag den 3. März laden wir euch … ein. Ab 9 Uhr geht es los mit einem kleinen
    # Frühstück …“: a bare hour „9 Uhr“ is read as 9:00.
    rows = _inspect(capsys, *OPEN_DATA_DAY)
    assert [(r["title"], r["start"]) for r in rows] == [
        ("Open Data Day 2018 Heilbronn", "2018-03-03T09:00:00+01:00")
    ]


def test_the_days_own_sentence_says_where_it_invites_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Am Samstag den 3. März laden wir euch sehr herzlich zum 5. Open Data Day in den Coworking
    # Space in Heilbronn ein.“: no place label, no address — the invitation says where.
    rows = _inspect(capsys, *OPEN_DATA_DAY)
    assert [r["location"] for r in rows] == ["Coworking Space in Heilbronn"]
