"""Causes found by held-out date rounds 292-294 (tests/normalize/date_strings_heldout_round292.yaml …).

- „Wir wurden heute um 18 Uhr alarmiert“, „heute um kurz nach 18 Uhr“, „Heute um ca. 14:30 Uhr
  wurden wir …“: „den“ ending a word is no article before „heute“, and a clock told roughly
  counts: ``when_relative``.
- „am Samstag Morgen kurz nach halb sieben“, „Samstag Abend (31.5.2025) um kurz vor halb neun“:
  the part of the day said before a spoken clock: ``when_times``.
- „Am 1. Juli so gegen 16:30 gab's …“: the adverb „so“ is no Sunday: ``when_mentions``.
- „Die Damen gewannen … am Mittwochabend“, „Am Freitagabend lud …“, „folgte … am Freitagabend“,
  „gratulierte“: strong and weak verbs' past: ``when_grammar.PAST_TENSE``.
- „Am Sonntagmorgen kam es … zum Spitzenspiel“ told on that Sunday: the page's own morning:
  ``when_relative``.
- „In der Nacht von Freitag auf Samstag ereignete sich …“, „Im Laufe des Donnerstags wird …“:
  ``when_weekday_nights`` (new).
- „um 14. Uhr“, „um 19:30 19:00 Uhr“: a stray dot, a struck-out clock: ``when_clean``.
- „Dann bewirb dich … bis zum 30. September“: the last day to apply: ``when_signup``.
- „… Infektionsschutzmaßnahmenverordnung werden wir … ab Montag 15.03. wieder … einsteigen“:
  what „wir“ do from a day is no rule's first day: ``when_regulations``.
- „2020-03-15, 19:12: Ausdehnung der Schließung bis 19.4.“: a change log's line:
  ``when_iso_datelines``.
- „…: Heute tagt bei uns das Jugendparlament“: ``when_sentence_relative``.
- „… ohne Präsenzöffnungszeiten … Und … am Mittwoch abend um 20 Uhr“: opening hours stop a
  weekday only in its own sentence: ``when_relative``.
- „Beginn ist am Freitag um 16:00 Uhr und am Samstag um 10:00 Uhr“: the last day's clock among
  the starts is no end: ``when_end_day_clock``.
- „Am Mittwochabend (18.6.26)“ in June 2025, „Donnerstag, der 5.1. bis zum Sonntag, dem
  8.1.2016“ in November 2016: a year slipped ahead, a weekday naming the year a range slipped
  from: ``when_typed_old_year``.
- „Donnerstag, der 5.1.“: the article „der“ between a weekday and its day: ``when_mentions``.
- „…, welches für den 9.10. geplant war, wurde verschoben“: the day planned before a move:
  ``when_history``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_times import spoken_clock
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


# --- „heute“ after a word ending in „den“, a clock told roughly ----------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Wir wurden heute um 18 Uhr alarmiert.", "2024-11-16T18:00:00+01:00"),
        ("Das Stichwort kam heute um kurz nach 18 Uhr.", "2024-11-16T18:00:00+01:00"),
        ("Heute um ca. 14:30 Uhr wurden wir gerufen.", "2024-11-16T14:30:00+01:00"),
    ],
)
def test_today_with_its_clock(text: str, start: str) -> None:
    assert _start_end(text, date(2024, 11, 16)) == (start, None)


def test_todays_clocks_in_real_reports() -> None:
    assert_heldout_read(294, "THL 1 Straße reinigen")
    assert_heldout_read(294, "Heute um ca. 14:30 Uhr")


# --- the part of the day before a spoken clock ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("am Samstag Morgen kurz nach halb sieben", "6:30 Uhr"),
        ("Samstag Abend (31.5.2025) um kurz vor halb neun", "20:30 Uhr"),
        ("um halb vier einen Termin", "15:30 Uhr"),  # the afternoon unless said otherwise
    ],
)
def test_spoken_clock_takes_the_part_of_the_day_before_it(text: str, clock: str) -> None:
    assert clock in spoken_clock(text)


def test_spoken_clocks_in_real_reports() -> None:
    assert_heldout_read(294, "Ein Großaufgebot an Einsatzkräften")
    assert_heldout_read(294, "Samstag Abend (31.5.2025)")


# --- the adverb „so“ is no Sunday ----------------------------------------------------------------


def test_so_after_a_day_is_no_weekday() -> None:
    text = "Am 1. Juli so gegen 16:30 gab es die Schlüssel."
    assert _start_end(text, date(2016, 7, 1)) == ("2016-07-01T16:30:00+02:00", None)
    assert_heldout_read(292, "Am 1. Juli so gegen 16:30")


# --- verbs of a match report in the past -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Damen gewannen hochverdient am Mittwochabend.",
        "Am Freitagabend lud der Verein zum Turnier.",
        "Danach folgte ein Auftritt am Freitagabend in Türkenfeld.",
    ],
)
def test_a_reports_weekday_is_the_last_one(text: str) -> None:
    # today is a Saturday: the Wednesday or Friday before it
    start, _ = _start_end(text, date(2024, 10, 26))
    assert start is not None and start < "2024-10-26"


def test_report_verbs_in_real_reports() -> None:
    assert_heldout_read(293, "Die Damen gewannen hochverdient")
    assert_heldout_read(293, "Am Freitagabend lud")
    assert_heldout_read(293, "Nach dem misslungenen Saisonstart")
    assert_heldout_read(293, "In den neuen Trikots")
    assert_heldout_read(293, "Unser langjähriges Mitglied Peter")


# --- a weekday's morning told on that weekday ----------------------------------------------------


def test_this_mornings_report() -> None:
    text = "Am Sonntagmorgen kam es in Geiselbullach zum Spitzenspiel."
    assert _start_end(text, date(2016, 10, 23)) == ("2016-10-23", None)
    # the whole day told so is the week before (an outing reported days later)
    assert _start_end("Am Sonntag kam es zum Spitzenspiel.", date(2016, 10, 23)) == (
        "2016-10-16",
        None,
    )
    assert_heldout_read(293, "Am Sonntagmorgen kam es")
    assert_heldout_read(294, "Aufgrund eines medizinischen Notfalls")


# --- a night named by its weekdays, a weekday's course -------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("In der Nacht von Freitag auf Samstag ereignete sich ein Unfall.", date(2024, 9, 7),
         "2024-09-06", "2024-09-07"),
        ("In der Nacht von Freitag auf Samstag findet die Lange Nacht statt.", date(2024, 9, 4),
         "2024-09-06", "2024-09-07"),
        ("Der Alarm beendete die Nacht von Mittwoch auf Donnerstag (4.9.25).", date(2025, 9, 4),
         "2025-09-03", "2025-09-04"),
        ("Im Laufe des Donnerstags wird eine Brandnachschau durchgeführt.", date(2025, 9, 4),
         "2025-09-04", None),
        ("Im Verlauf des Montags wurden die Straßen gesperrt.", date(2026, 1, 28),
         "2026-01-26", None),
    ],
)  # fmt: skip
def test_weekday_nights_and_courses(text: str, today: date, start: str, end: str | None) -> None:
    assert _start_end(text, today) == (start, end)


def test_a_night_with_its_alarm_clock_keeps_the_clock() -> None:
    text = "Mitten in der Nacht um kurz nach 3 Uhr von Mittwoch auf Donnerstag (24.4.25) kam es."
    assert _start_end(text, date(2025, 4, 24)) == ("2025-04-24T03:00:00+02:00", None)


def test_nights_and_courses_in_real_reports() -> None:
    assert_heldout_read(294, "In der Nacht von Freitag auf Samstag")
    assert_heldout_read(294, "Was als Hurrikan")
    assert_heldout_read(294, "Die Alarmierung mit dem Stichwort")
    assert_heldout_read(294, "Der Einsatz an sich konnte")
    assert_heldout_read(294, "Im Verlauf des Montags")


# --- clock slips -----------------------------------------------------------------------------------


def test_clock_slips() -> None:
    assert _start_end("Treffen am 12. Juni 2020 um 14. Uhr.", date(2020, 5, 13)) == (
        "2020-06-12T14:00:00+02:00",
        None,
    )
    assert _start_end("Am 8. März 2025 geht es um 19:30 19:00 Uhr los.", date(2025, 1, 16)) == (
        "2025-03-08T19:00:00+01:00",
        None,
    )
    assert_heldout_read(292, "Der Workshop findet wieder in Big Button Blue")
    assert_heldout_read(293, "am 08. März 2025 ist es wieder so weit")


# --- the last day to apply; a regulation's day that is ours ----------------------------------------


def test_apply_by_is_a_deadline() -> None:
    found = parse_when("Bewirb dich noch schnell bis zum 30. September!", today=date(2016, 9, 27))
    assert (found.start, found.end, found.deadline) == (None, None, "2016-09-30")
    assert_heldout_read(292, "Dann bewirb dich noch ganz schnell")


def test_what_we_do_from_a_day_under_a_regulation() -> None:
    text = "Gemäß der neuen Verordnung werden wir ab Montag 15.03. wieder trainieren."
    assert _start_end(text, date(2021, 3, 11)) == ("2021-03-15", None)
    rule = "Die neue Verordnung gilt ab dem 15.03.2021."
    assert _start_end(rule, date(2021, 3, 11)) == (None, None)
    assert_heldout_read(293, "In Einklang mit den Neuerungen")


# --- a change log's line; „Heute tagt …“ after a colon ---------------------------------------------


def test_change_log_line_is_no_event() -> None:
    found = parse_when(
        "2020-03-15, 19:12: Ausdehnung der Schließung bis 19.4.", today=date(2020, 3, 12)
    )
    assert (found.start, found.end, found.published) == (None, None, "2020-03-15")
    assert_heldout_read(292, "2020-03-15, 19:12")


def test_today_meeting_after_a_colon() -> None:
    text = "Es tut sich was: Heute tagt bei uns das Jugendparlament."
    assert _start_end(text, date(2016, 10, 6)) == ("2016-10-06", None)
    assert_heldout_read(292, "Stetig wächst die Zahl")


# --- a weekday's own sentence; starts listed day by day --------------------------------------------


def test_opening_hours_in_another_sentence_leave_the_weekday_alone() -> None:
    text = (
        "Wir bieten das auch ohne Präsenzöffnungszeiten an. Manche Treffen sind online, so das "
        "Meetup am Mittwoch abend um 20 Uhr."
    )
    assert _start_end(text, date(2020, 10, 21)) == ("2020-10-21T20:00:00+02:00", None)
    assert_heldout_read(292, "Wir melden uns in Kürze")


def test_last_days_clock_among_the_starts_is_no_end() -> None:
    text = (
        "Am Freitag und Samstag, dem 9. und 10. Dezember gibt es einen Workshop. "
        "Beginn ist am Freitag um 16:00 Uhr und am Samstag um 10:00 Uhr."
    )
    assert _start_end(text, date(2016, 11, 22)) == ("2016-12-09T16:00:00+01:00", "2016-12-10")
    assert_heldout_read(292, "Nachdem dieses Netz aber")


# --- a year slipped ahead or behind; a weekday naming the real year --------------------------------


def test_year_slipped_ahead() -> None:
    text = "Am Mittwochabend (18.6.26), kurz vor halb 6, wurden wir alarmiert."
    assert _start_end(text, date(2025, 6, 19)) == ("2025-06-18T17:30:00+02:00", None)
    assert_heldout_read(294, "Am Mittwochabend (18.6.26)")


def test_weekday_names_the_year_a_range_slipped_from() -> None:
    text = "Projektzeitraum ist Donnerstag, der 5.1. bis zum Sonntag, dem 8.1.2016, von 10–16 Uhr."
    assert _start_end(text, date(2016, 11, 29)) == (
        "2017-01-05T10:00:00+01:00",
        "2017-01-08T16:00:00+01:00",
    )
    assert_heldout_read(292, "Projektzeitraum ist Donnerstag")


# --- the day a postponed game was planned for -----------------------------------------------------


def test_postponed_day_is_not_the_next_game() -> None:
    text = (
        "Das Heimspiel, welches für den 9.10. geplant war, wurde verschoben. Das nächste "
        "Heimspiel ist nun am 16.10 18:30 Uhr."
    )
    assert _start_end(text, date(2019, 10, 11)) == ("2019-10-16T18:30:00+02:00", None)
    assert_heldout_read(293, "Das Heimspiel gegen Höhenrain")
