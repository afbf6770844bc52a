"""Causes of rounds 206-208's misses (a farm initiative's circular letters, a circus club's event
tables, a day-care association's blog, a beekeeper's diary): a vague part of a month told in a
sentence; the n-th weekday "jeden Monats"; the day an article "erschien"; a weekday after
"geöffnet:"; a fronted past participle ("Zusammengefunden haben wir …"); a time "kurz vor" a
feast; days with each day's hours by weekday; a membership's or a share's first month; "ein
besonderer Tag heute"; a month talked about with its article; opening days told in a sentence
(round 205's "ist Mo/Di/Do/Fr von 8:30 bis 16:00 geöffnet")."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_month_parts import vague_month_part_in_prose


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("Ende Juni 2021 bereitete der Förderverein den Kindern eine besondere Überraschung und "
         "schickte einen Eiswagen zur KiTa.", date(2021, 6, 30)),
        ("Ich schleudere nur ein Mal pro Jahr, meist Ende Juli.", date(2025, 8, 17)),
        ("Apropos Honig - Die Vorbereitungen fürs Schleudern laufen schon, Ende Juni/Anfang August "
         "sollte es soweit sein :)", date(2024, 6, 7)),
        ("Ein Kriacherl-Baum in voller Blüte, Ende März", date(2025, 3, 30)),
        ("Ende Mai werden die Punktspiele weitergehen.", date(2025, 5, 25)),
    ],
)  # fmt: skip
def test_a_vague_part_of_a_month_in_a_sentence_is_no_events_time(text: str, today: date) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == (None, None)


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        # a date cell or a row opening with it: the month
        ("Anfang Dezember", date(2026, 11, 27), "2026-12-01", "2026-12-31"),
        ("Mitte Oktober 2017 | AG Marktplatz | Forum 3", date(2017, 4, 19), "2017-10-01",
         "2017-10-31"),
        # a run's end after "bis"
        ("Die Ausstellung läuft bis Ende März.", date(2025, 3, 11), None, "2025-03-31"),
    ],
)  # fmt: skip
def test_a_part_of_a_month_as_a_rows_date_or_a_runs_bound_keeps_its_reading(
    text: str, today: date, start: str | None, end: str | None
) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == (start, end)


def test_another_month_standing_alone_is_not_only_a_vague_part() -> None:
    assert not vague_month_part_in_prose("Ende Mai proben wir, im Juni 2026 spielen wir.")
    assert vague_month_part_in_prose("Ende Mai proben wir, Anfang Juni spielen wir.")


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        ("Das Plenum findet regulär am ersten Montag jeden Monats im Südpunkt statt.",
         date(2024, 9, 29), "2024-10-07"),
        ("Nach einer kurzen Sommerpause wird das Plenum, ab Montag den 2. September, regulär am "
         "ersten Montag jeden Monats im Südpunkt stattfinden.", date(2024, 6, 16), "2024-09-02"),
    ],
)  # fmt: skip
def test_the_nth_weekday_of_every_month_in_the_genitive_without_article_is_monthly(
    text: str, today: date, start: str
) -> None:
    found = parse_when(text, today=today)
    assert found.start == start
    assert found.recurrence == "FREQ=MONTHLY;BYDAY=1MO"


def test_the_day_a_newspaper_article_appeared_is_its_publication() -> None:
    found = parse_when(
        "Am 03.02.2018 erschien folgender Artikel in der NWZ: Solidarische Landwirtschaft kommt an",
        today=date(2018, 2, 5),
    )
    assert (found.start, found.published) == (None, "2018-02-03")


def test_a_guest_who_appears_on_a_day_keeps_the_events_day() -> None:
    found = parse_when(
        "Am 12.03.2018 erscheint der Autor zur Lesung um 19 Uhr.", today=date(2018, 2, 5)
    )
    assert found.start is not None and found.start.startswith("2018-03-12T19:00")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Neu-Donnerschwee (geöffnet: Dienstag ab 17 Uhr)", "2018-03-06T17:00", None),
        ("Osterburg im Bioladen Brot und So (geöffnet: Dienstag zwischen 15.30 und 17.45 Uhr)",
         "2018-03-06T15:30", "2018-03-06T17:45"),
    ],
)  # fmt: skip
def test_a_weekday_after_geoeffnet_is_a_weekly_opening(
    text: str, start: str, end: str | None
) -> None:
    found = parse_when(text, today=date(2018, 3, 1))  # a Thursday
    assert found.start is not None and found.start[:16] == start
    assert (found.end[:16] if found.end else None) == end
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"


def test_an_opening_day_with_its_date_stays_that_day() -> None:
    found = parse_when("geöffnet: Samstag, 12. Mai 10-16 Uhr", today=date(2018, 3, 1))
    assert found.start is not None and found.start.startswith("2018-05-12T10:00")
    assert found.recurrence is None


@pytest.mark.parametrize(
    "text",
    [
        "Zusammengefunden haben wir nach einer Veranstaltung zum Thema Solidarische Landwirtschaft "
        "im Juni 2015.",
        "Angefangen hat alles im Mai 2010 mit einem Konzert.",
    ],
)
def test_a_fronted_past_participle_tells_a_past_month(text: str) -> None:
    found = parse_when(text, today=date(2016, 1, 18))
    assert (found.start, found.end) == (None, None)


def test_opening_hours_fronted_as_a_state_are_no_past() -> None:
    found = parse_when("Geöffnet haben wir im Juni 2016 jeden Samstag.", today=date(2016, 1, 18))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=SA"


def test_a_time_shortly_before_a_feast_is_not_the_feasts_day() -> None:
    found = parse_when(
        "Kurz vor Heiligabend: Christgeburtsspiel im Stall | Bitte warm anziehen!",
        today=date(2018, 2, 20),
    )
    assert (found.start, found.end) == (None, None)


def test_a_weekday_before_a_feast_is_still_its_day() -> None:
    found = parse_when("Sonntag vor Heiligabend: Krippenspiel", today=date(2018, 2, 20))
    assert found.start == "2018-12-23"


def test_days_with_each_days_hours_end_at_the_last_days_end() -> None:
    found = parse_when(
        "Datum | 12.-14. November 2025 | Zeiten | Mi: 18:00 Uhr - 21:30 Uhr Do: 9:30 Uhr - 13:00 "
        "Fr: 9:30 Uhr - 13:00",
        today=date(2025, 10, 3),
    )
    assert (found.start, found.end) == ("2025-11-12T18:00:00+01:00", "2025-11-14T13:00:00+01:00")


def test_weekday_hours_that_do_not_match_the_days_leave_the_end() -> None:
    # the list's last weekday (Thursday) is not the period's last day (Friday)
    found = parse_when(
        "12.-14. November 2025, Mi 18:00-21:30 Uhr, Do 9:30-13:00 Uhr", today=date(2025, 10, 3)
    )
    assert found.end == "2025-11-14T21:30:00+01:00"


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("18:00 Auftaktveranstaltung | Solidarische Landwirtschaft in Oldenburg | Einführung und "
         "Infos zur Mitgliedschaft ab Mai 2017", date(2016, 8, 23)),
        ("Wenn Sie Interesse an einem Ernteanteil ab April 2018 haben, schreiben sie uns eine "
         "Nachricht.", date(2017, 12, 23)),
    ],
)  # fmt: skip
def test_the_month_a_membership_or_share_starts_is_no_event(text: str, today: date) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == (None, None)


def test_an_evening_about_the_membership_keeps_its_own_day() -> None:
    found = parse_when(
        "Infoabend zur Mitgliedschaft ab Mai 2017 am 12.04.2017 um 19 Uhr", today=date(2017, 3, 1)
    )
    assert found.start == "2017-04-12T19:00:00+02:00"


def test_the_pages_day_called_a_day_of_its_own_is_today() -> None:
    found = parse_when(
        "Was für ein besonderer Tag heute im evangelischen Familienzentrum Einsteinstraße in Neuss: "
        "das Puppentheater war im Haus!",
        today=date(2022, 11, 10),
    )
    assert found.start == "2022-11-10"


def test_no_day_called_today_is_none() -> None:
    found = parse_when("Es gibt keinen Tag heute, an dem wir nicht üben.", today=date(2022, 11, 10))
    assert found.start is None


def test_a_month_talked_about_with_its_article_is_no_standalone_month() -> None:
    found = parse_when(
        "Für mich ist der Februar immer einer der entspanntesten Monate im Imker-Jahr. Es ist noch zu "
        "kalt um nachzusehen wie es den Bienen geht (Ende März/Anfang April steht das meist am "
        "Plan), aber die Vorfreude ist definitiv schon da.",
        today=date(2024, 2, 16),
    )
    assert (found.start, found.end) == (None, None)


@pytest.mark.parametrize(
    ("text", "start", "rule"),
    [
        ("Die Bücherei ist Dienstag und Freitag von 15 bis 18 Uhr geöffnet.",
         "2019-09-06T15:00:00+02:00", "FREQ=WEEKLY;BYDAY=TU,FR"),
        ("Unsere Basisstufe ist Mo/Di/Do/Fr von 8:30 bis 16:00 geöffnet.",
         "2019-09-05T08:30:00+02:00", "FREQ=WEEKLY;BYDAY=MO,TU,TH,FR"),
        ("Unsere Sekundarstufe ist am Mo/Di/Do und Freitag geöffnet.", "2019-09-05",
         "FREQ=WEEKLY;BYDAY=MO,TU,TH,FR"),
    ],
)  # fmt: skip
def test_opening_days_told_in_a_sentence_are_a_weekly_rule(
    text: str, start: str, rule: str
) -> None:
    found = parse_when(text, today=date(2019, 9, 4))  # a Wednesday
    assert (found.start, found.recurrence) == (start, rule)


def test_one_opening_day_after_am_stays_that_day() -> None:
    found = parse_when(
        "Die Bücherei ist am Dienstag von 15 bis 18 Uhr geöffnet.", today=date(2019, 9, 4)
    )
    assert (found.start, found.recurrence) == ("2019-09-10T15:00:00+02:00", None)
