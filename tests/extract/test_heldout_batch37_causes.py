"""Causes found on held-out batch 37 (a choir association's concert paragraphs, a Swiss band's
concert tables, a congregation's weekly meetings, a beekeepers' table, a sports club's dates
table), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.lead_times import _SHARED_START
from netdir.extract.place_lines import venue_ending_a_sentence
from netdir.extract.title_venues import _meeting_point, in_a_venue
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import inspect_page as _inspect

CHOIRS = (
    "jekyll-saengerkreis-mainspitze-termine-2025.html",
    "https://www.saengerkreismainspitze.de/termine/",
    "2025-11-08",
)


def test_a_bold_day_and_name_opening_a_paragraph_names_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<p><strong>29. Juni 2025, 17:00 Uhr: Colors of Sound</strong>, das etwas andere
    # Wunschkonzert der <a>TONart Kostheim</a> in der Kostheimer Friedenskirche, Anton-Hehn-Straße
    # 30.</p>“: each concert was titled by its first link (the choir), „TONart Kostheim“.
    rows = {(r["title"], r.get("start")): r for r in _inspect(capsys, *CHOIRS)}
    colors = rows[("Colors of Sound", "2025-06-29T17:00:00+02:00")]
    assert colors["location"] == "Kostheimer Friedenskirche, Anton-Hehn-Straße 30"
    assert ("Sternfahrt", "2025-09-07T11:00:00+02:00") in rows  # „FÄLLT AUS!! 07. September …“
    # „21. September 2025, voraussichtlich 17:00: Abend der Chöre …“: the hour said to be likely.
    assert ("Abend der Chöre", "2025-09-21T17:00:00+02:00") in rows
    assert not any(title == "TONart Kostheim" for title, _ in rows)


def test_an_approximate_clock_stays_in_the_date_phrase() -> None:
    found = DATE_PHRASE.search("21. September 2025, voraussichtlich 17:00: Abend der Chöre")
    assert found is not None and found.group(0) == "21. September 2025, voraussichtlich 17:00"
    found = DATE_PHRASE.search("Mo, 12. Jan 2026, ca. 19:30 Uhr Treffen")
    assert found is not None and found.group(0).endswith("ca. 19:30 Uhr")


def test_a_venue_with_its_address_ends_the_sentence() -> None:
    assert (
        venue_ending_a_sentence(
            "… Jahreskonzert der Germania in der Heinrich-Press-Halle, Mainzer Straße 53, Raunheim."
        )
        == "Heinrich-Press-Halle, Mainzer Straße 53, Raunheim"
    )
    assert (
        venue_ending_a_sentence(
            "… in der Katholischen St. Michael Kirche Bauschheim, "
            "Brüsseler Straße 9, Rüsselsheim-Bauschheim."
        )
        == "Katholischen St. Michael Kirche Bauschheim, Brüsseler Straße 9, Rüsselsheim-Bauschheim"
    )
    # No venue word, or no street or postcode after it: no place.
    assert venue_ending_a_sentence("Wir treffen uns in der Region Hannover, Süd, Nord.") is None
    assert venue_ending_a_sentence("Lesung im Stadtmuseum, danach Gespräch, mit Musik.") is None


BAND = (
    "html-dekadenzdiarrhoe-konzerte-2023.html",
    "https://diarrhoe.xyz/konzerte.html",
    "2023-12-11",
)


def test_rows_under_a_heading_of_their_kind_are_named_by_the_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Konzerte demnächst</h2>“ over a table „Wo? | Wänn?“ with „KuZeB | 19.Januer.2024“: the
    # rows say only where and when; they were titled „Konzerte demnächst“ / „Vergangene Daten“,
    # and the Swiss month „Januer“ was unread (the first concert lost).
    rows = _inspect(capsys, *BAND)
    assert [(r["title"], r["start"][:10], r["location"]) for r in rows[:2]] == [
        ("DEKADENZ DIARRHÖ", "2024-01-19", "KuZeB"),
        ("DEKADENZ DIARRHÖ", "2024-01-27", "Köchlistrass 7"),
    ]
    assert len(rows) == 7 and {r["title"] for r in rows} == {"DEKADENZ DIARRHÖ"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19.Januer.2024", "2024-01-19"),
        ("14. Jänner 2026", "2026-01-14"),
        ("3. Feber 2026", "2026-02-03"),
    ],
)
def test_the_swiss_and_austrian_month_names_are_read(text: str, day: str) -> None:
    found = DATE_PHRASE.search(text)
    assert found is not None and found.group(0) == text
    assert parse_when(text, today=__import__("datetime").date(2025, 12, 1)).start.startswith(day)


CONGREGATION = (
    "html-bruedergemeinde-nw-termine-2018.html",
    "https://wh-develop.github.io/evl-bg-nw/termine.htm",
    "2018-01-27",
)


def test_a_weekly_timetable_gives_each_meetings_next_evening(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<tr><th>Montag</th><th>19:00</th><th>-</th><th>20:30</th><th>Chor Übung</th></tr>“, and
    # Tuesday's second row with a blank weekday cell: no record at all before.
    rows = {
        r["title"]: r for r in _inspect(capsys, *CONGREGATION) if r["title"] != "Gebetsversammlung"
    }
    choir = rows["Chor Übung"]
    assert (choir["start"], choir["end"]) == (
        "2018-01-29T19:00:00+01:00",
        "2018-01-29T20:30:00+01:00",
    )
    assert choir["recurrence"] == "FREQ=WEEKLY;BYDAY=MO"
    teens = rows["Teenagerstunde"]  # the blank cell continues Tuesday
    assert (teens["start"], teens["recurrence"]) == (
        "2018-01-30T18:30:00+01:00",
        "FREQ=WEEKLY;BYDAY=TU",
    )
    assert rows["Gottesdienst"]["start"] == "2018-01-28T12:00:00+01:00"


BEEKEEPERS = (
    "html-wirimker-terminkalender-2022.html",
    "https://wirimker.at/Termine.html",
    "2022-08-05",
)


def test_the_hour_told_once_above_the_table_starts_every_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Der Monatsstammtisch startet immer gegen 9:15.“ above „14.8.2022 | monatlicher
    # Imkerstammtisch | Gasthaus Hofbauer“: the rows had their day only.
    rows = _inspect(capsys, *BEEKEEPERS)
    assert [r["start"] for r in rows][:2] == [
        "2022-08-14T09:15:00+02:00",
        "2022-09-04T09:15:00+02:00",
    ]


def test_a_started_clock_in_a_lead_needs_no_uhr_only_with_a_colon() -> None:
    found = _SHARED_START.search("Der Monatsstammtisch startet immer gegen 9:15.")
    assert found is not None and found.group("clock") == "9:15"
    assert _SHARED_START.search("Die Saison startet 10.05. mit dem Anrudern") is None


SPORTS = (
    "hugo-schulsportverein-wiesbaden-termine-2017.html",
    "https://eldorado234.github.io/schulsportverein/termine/",
    "2017-02-17",
)


def test_the_venue_after_a_short_name_is_the_rows_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „04.02. | Samstagstanz in der Mensa der IGS-Kastellstraße (für Mitglieder freier
    # Eintritt)“, „23.04. | Frühlingsradtour 2017 (die traditionelle Dieztour), Treffpunkt um 9:30
    # Uhr auf dem Dürerplatz!“: no place; the meeting point was part of the title. (The venue
    # stays in the title, as pages name such evenings: „Festakt in der Nydeggkirche“.)
    rows = _inspect(capsys, *SPORTS)
    dance = rows[0]
    assert dance["title"].startswith("Samstagstanz in der Mensa")
    assert dance["location"] == "Mensa der IGS-Kastellstraße"
    tour = next(r for r in rows if r["start"].startswith("2017-04-23"))
    assert (tour["title"], tour["location"]) == (
        "Frühlingsradtour 2017 (die traditionelle Dieztour)",
        "Dürerplatz",
    )


def test_only_a_short_name_before_a_venue_word_splits() -> None:
    assert in_a_venue("Grillfest in der Grillhütte in Frauenstein") == (
        "Grillfest",
        "Grillhütte in Frauenstein",
    )
    assert in_a_venue("WSV-Stadtmeisterschaftsrennen auf dem Hofgut Adamstal") == (
        "WSV-Stadtmeisterschaftsrennen",
        "Hofgut Adamstal",
    )
    # What happens there in many words, or no venue after the preposition: the title stays.
    assert in_a_venue("Konzert mit Werken von Bach und Händel in der Thomaskirche") is None
    assert in_a_venue("Wanderung im Mai") is None
    assert _meeting_point("Radtour, Treffpunkt: 10 Uhr am Bahnhof") == ("Radtour", "Bahnhof")
    assert _meeting_point("Radtour nach Rüdesheim (mit dem Schiff zurück)") is None
