"""Causes found by held-out date rounds 284-286 (tests/normalize/date_strings_heldout_round284.yaml …286).

- „Die Abgabe ist am … am 15. April um 23:59 Uhr“, „die aktuelle HÜ auch bis Fr., den 29.5.
  auf“, „Die heutige Arbeitsaufgabe ist bis Di. 21. 4. zu erledigen!“, „Termin zur Bearbeitung
  ist 25.5.2020!“: a class's hand-in days are deadlines: ``when_hand_ins``.
- „Di, 19.05.2020 | - Chemie Unterricht: 08:30 bis 09:30 Uhr - Softwareentwicklung Unterricht:
  09:40 bis 12:30 Uhr“: a list's separate items each with its range are no one timetable:
  ``when_later_ranges``.
- „Am Hl. Abend feiern wir …“: Christmas Eve abbreviated: ``when_feasts``.
- „Bischof Michael Chalupka | Wien, 9. Jänner 2025“: a letter's signature over its dateline:
  ``when_lone_datelines``.
- „Am 1. und 3. Sonntag feiern wir miteinander Abendmahl“: two n-th weekdays joined by „und“ are
  a monthly rule: ``when_weekday_rules``, ``when_recurrence``.
- „… in der Superintendentialversammlung vom 18. April 2026 gewählt“, „Sein neues Amt tritt er am
  1. September 2026 an“: an election's and an office's day: ``when_offices``.
- „von 7:30 bis 9:00 Uhr am Abend“, „ab 6 Uhr abends“: digit clocks marked as the evening's:
  ``when_evening_clocks``; „um halb vier“ is the afternoon's, „halbzehn“ glued: ``when_times``.
- „2.10.2011 - … | Wir haben das Wochenende 1./2. Oktober … verbracht“: a dated heading over the
  short span it closes: ``when_heading_spans``.
- A diary's relative days and weekdays: „Letztes Wochenende haben wir … verbracht“, „Heute waren
  wir …“, „…, dann morgen früh geht es los!“, „Ab ca. 8:00 morgens sind heute …“, „Heute morgen
  um 9 hatten wir …“, „Da morgen der Karnevalsauftakt ist“, „Wir ham am Samstag …“, „und Dienstag
  Nachmittag finden wir heraus“, „Samstag gegen … Uhr“: ``when_relative``; „am Freitag nach
  Rust“ on a trip: ``when_trip_weekdays``.
- „jedes Wochenende ab 6 Uhr abends“: every Saturday and Sunday: ``when_recurrence``.
- „Diese Ostern haben wir ein langes Wochenende …“, „Letzten Donnerstag war Feiertag, darum haben
  wir das verlängerte Wochenende …“: a feast's or holiday's long weekend: ``when_feast_weekends``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_feast_weekends import holiday_long_weekend
from netdir.normalize.when_hand_ins import is_hand_in_day
from netdir.normalize.when_lone_datelines import lone_dateline
from netdir.normalize.when_offices import office_day
from netdir.normalize.when_trip_weekdays import trip_weekday
from netdir.normalize.when_value import When
from tests.normalize.test_heldout_dates import heldout_case, score


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


# --- homework's hand-in days ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Die Abgabe ist am Mittwoch nach den Ferien, am ", " um 23:59 Uhr."),
        ("Daher ist die aktuelle HÜ auch bis Fr., den ", " auf und wir besprechen sie."),
        ("Die heutige Arbeitsaufgabe ist bis Di. ", " zu erledigen!"),
        ("Termin zur Bearbeitung ist ", "!"),
        ("der neue Auftrag, bis ", ", betrifft den Hauptsatz."),
        ("Trotzdem bekommt ihr heute einen neuen Auftrag, den ihr bis ", " zu erledigen habt."),
        ("Zu erledigen ist der neue Auftrag idealerweise bis Do. ", "."),
    ],
)
def test_a_hand_in_day_is_recognised(before: str, after: str) -> None:
    assert is_hand_in_day(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Die Ausstellung ist vom 3. bis ", " geöffnet."),
        ("Die Aufgabe der Feuerwehr ist am ", " das Fest zu sichern."),
        ("Konzert am ", " um 19 Uhr."),
    ],
)
def test_other_days_are_no_hand_in(before: str, after: str) -> None:
    assert not is_hand_in_day(before, after)


def test_a_hand_in_day_is_no_event() -> None:
    found = parse_when(
        "Zu erledigen ist der neue Auftrag idealerweise bis Do. 28.5.2020.", today=date(2020, 5, 26)
    )
    assert (found.start, found.end, found.deadline) == (None, None, "2020-05-28")


@pytest.mark.parametrize(
    ("number", "text_start"),
    [
        (285, "Die Abgabe ist am Mittwoch"),
        (285, "Daher ist die aktuelle HÜ"),
        (285, "Die heutige Arbeitsaufgabe"),
        (285, "grundsätzlich habt ihr ja bereits"),
        (285, "der neue Auftrag, bis 14.5.2020"),
        (285, "Termin zur Bearbeitung"),
        (285, "Zu erledigen ist der neue Auftrag"),
    ],
)
def test_real_hand_in_days(number: int, text_start: str) -> None:
    assert score(heldout_case(number, text_start))[0]


# --- a list's items each with its own range ------------------------------------------------------


def test_separate_items_keep_the_first_range() -> None:
    text = "Di, 19.05.2020 | - Chemie Unterricht: 08:30 bis 09:30 Uhr - Softwareentwicklung Unterricht: 09:40 bis 12:30 Uhr"
    assert _start_end(text, date(2020, 5, 15)) == (
        "2020-05-19T08:30:00+02:00",
        "2020-05-19T09:30:00+02:00",
    )


def test_one_timetable_still_runs_to_its_last_range() -> None:
    text = "Samstag, 07.11.2026 ZEITPLAN: 09.30 - 11.30 Uhr Annahme 13.00 - 14.30 Uhr Verkauf 14.30 - 15.00 Uhr Abholung"
    assert _start_end(text, date(2026, 8, 22))[1] == "2026-11-07T15:00:00+01:00"


@pytest.mark.parametrize("text_start", ["Di, 19.05.2020", "Do, 28.05.2020"])
def test_real_lesson_rows(text_start: str) -> None:
    assert score(heldout_case(285, text_start))[0]


# --- Christmas Eve abbreviated -------------------------------------------------------------------


def test_hl_abend_is_christmas_eve() -> None:
    assert (
        _start_end("Am Hl. Abend um 16 Uhr Krippenspiel", date(2025, 11, 6))[0]
        == "2025-12-24T16:00:00+01:00"
    )
    assert score(heldout_case(284, "Am Hl. Abend"))[0]


# --- a signature over a dateline -----------------------------------------------------------------


def test_signature_over_a_dateline() -> None:
    assert lone_dateline("Bischof Michael Chalupka | Wien, 9. Jänner 2025")
    assert lone_dateline("Pfarrer Stefan Fleischner-Janits | Wien, 9. Jänner 2025")
    # an event's heading over its place and day is no signature
    assert not lone_dateline("Konzert Wiener Philharmoniker | Wien, 9. Jänner 2025")
    assert score(heldout_case(284, "Bischof Michael Chalupka"))[0]


# --- two n-th weekdays joined by „und“ -----------------------------------------------------------


def test_two_nth_weekdays_are_monthly() -> None:
    found = parse_when(
        "Am 1. und 3. Sonntag feiern wir miteinander Abendmahl.", today=date(2024, 3, 4)
    )
    assert (found.start, found.recurrence) == ("2024-03-17", "FREQ=MONTHLY;BYDAY=1SU,3SU")
    # one n-th weekday alone stays one day
    assert parse_when("Konzert am 3. Sonntag", today=date(2024, 3, 4)).recurrence is None
    assert score(heldout_case(284, "Am 1. und 3. Sonntag"))[0]


# --- an election's and an office's day -----------------------------------------------------------


def test_office_days() -> None:
    assert office_day("Er wurde in der Versammlung vom ", " gewählt.")
    assert office_day("Sein neues Amt tritt er am ", " an.")
    # a coming election at a meeting keeps the meeting's day
    assert not office_day("Der neue Vorstand wird am ", " gewählt.")
    assert score(heldout_case(284, "Pfarrer Stefan Fleischner-Janits wurde"))[0]
    assert score(heldout_case(284, "Sein neues - zusätzliches Amt"))[0]


# --- clocks marked as the evening's --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Am Dienstag um 8 Uhr abends spielt die Band.", "T20:00", None),
        ("Am Dienstag von 7:30 bis 9:00 Uhr am Abend spielt die Band.", "T19:30", "T21:00"),
        # the start after the end stays the morning's
        ("Am Dienstag von 10 bis 2 Uhr nachmittags spielt die Band.", "T10:00", "T14:00"),
        # a clock of twelve or more stays as written
        ("Am Dienstag um 19 Uhr abends spielt die Band.", "T19:00", None),
    ],
)
def test_evening_clocks(text: str, start: str, end: str | None) -> None:
    found_start, found_end = _start_end(text, date(2023, 1, 17))
    assert found_start is not None and start in found_start
    assert (found_end is None) if end is None else (found_end is not None and end in found_end)


@pytest.mark.parametrize("text_start", ["Jeden Dienstag von 7:30", "Samstag 8 Uhr Früh"])
def test_real_evening_clocks(text_start: str) -> None:
    assert score(heldout_case(286, text_start))[0]


# --- a dated heading over the short span it closes -----------------------------------------------


def test_heading_day_closing_the_span_told() -> None:
    text = "2.10.2011 - Burggrabenklamm | Wir waren das Wochenende 1./2. Oktober in Seewalchen."
    assert _start_end(text, date(2011, 10, 16)) == ("2011-10-01", "2011-10-02")
    # a long festival over one day's heading keeps the heading's day
    text = "12.9.2011 - Programm | Die Festwoche vom 5. bis 12. September lädt ein."
    assert _start_end(text, date(2011, 9, 1)) == ("2011-09-12", None)
    assert score(heldout_case(286, "25.9.2011 - Rollenspielen"))[0]


# --- a diary's relative days ---------------------------------------------------------------------


def test_diary_relative_days() -> None:
    # the last weekend told with an inseparable verb's participle
    assert _start_end(
        "Letztes Wochenende haben wir auf der Burg verbracht.", date(2010, 7, 12)
    ) == ("2010-07-10", "2010-07-11")
    # „Heute waren wir …“ opening a long report
    assert _start_end(
        "Heute waren wir wieder bei der alljährlichen Krampusfeier der Nachbarn eingeladen.",
        date(2011, 12, 4),
    ) == ("2011-12-04", None)
    # „…, dann morgen früh geht es los!“
    assert _start_end(
        "Noch eine Nacht auf der Matratze im Wohnzimmer, dann morgen früh geht es los!",
        date(2022, 11, 18),
    ) == ("2022-11-19", None)
    assert score(heldout_case(286, "Letztes Wochenende haben wir"))[0]


# --- a diary's weekdays and clocks ---------------------------------------------------------------


def test_trip_weekday() -> None:
    assert trip_weekday("Damit fuhren wir dann noch am Freitag nach Rust.") is not None
    # a day counted from a feast, or no verb of going: none of its own
    assert trip_weekday("Damit fuhren wir am Freitag nach Ostern weg.") is None
    assert trip_weekday("Wir treffen uns am Freitag nach Schulbeginn.") is None
    assert trip_weekday("Das Fest ist am Freitag nach Kirchweih.") is None
    assert _start_end(
        "Damit fuhren wir dann noch am Freitag nach Rust und haben uns dort umgesehen.",
        date(2023, 1, 17),
    ) == ("2023-01-13", None)


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # the spoken „ham“ of the perfect
        ("Wir ham am Samstag den Tag bei Uli verbracht.", date(2011, 7, 13), "2011-07-09"),
        # a sentence opening with its clock, then „… sind heute …“
        (
            "Ab ca. 8:00 morgens sind heute die Aufmärsche gewesen.",
            date(2015, 7, 13),
            "2015-07-13T08:00:00+02:00",
        ),
        # this morning's bare hour before a past verb
        (
            "Heute morgen um 9 hatten wir einen Termin fürs Pickerl.",
            date(2022, 1, 9),
            "2022-01-09T09:00:00+01:00",
        ),
        # tomorrow's season opening, a compound's last part
        ("Da morgen der Karnevalsauftakt ist, ruhen wir uns aus.", date(2012, 2, 19), "2012-02-20"),
        # a weekday after „und“ with its part of the day and a present verb
        (
            "Jetzt ist Wochenende und Dienstag Nachmittag finden wir heraus, wann wir fliegen.",
            date(2020, 7, 24),
            "2020-07-28",
        ),
        # a weekday „gegen“ a spoken clock glued together
        (
            "Samstag gegen halbzehn Uhr abends war es wieder einmal so weit.",
            date(2010, 6, 6),
            "2010-06-05T21:30:00+02:00",
        ),
    ],
)
def test_diary_weekdays_and_clocks(text: str, today: date, start: str) -> None:
    assert _start_end(text, today)[0] == start


def test_every_weekend() -> None:
    found = parse_when(
        "Dort sind jedes Wochenende ab 18 Uhr Standln zu finden.", today=date(2018, 1, 12)
    )
    assert (found.start, found.recurrence) == (
        "2018-01-13T18:00:00+01:00",
        "FREQ=WEEKLY;BYDAY=SA,SU",
    )
    # a month's weekend is no weekly rule
    assert parse_when("jedes Wochenende im Mai", today=date(2018, 1, 12)).recurrence is None


def test_spoken_afternoon_hours() -> None:
    assert _start_end("Am Dienstag um halb vier ist der Termin.", date(2020, 7, 23))[0] == (
        "2020-07-28T15:30:00+02:00"
    )
    # the morning's hours said
    assert _start_end("Am Dienstag um vier Uhr früh geht es los.", date(2020, 7, 23))[0] == (
        "2020-07-28T04:00:00+02:00"
    )
    # hours after six stay as spoken
    assert _start_end("Am Dienstag um halb acht geht es los.", date(2020, 7, 23))[0] == (
        "2020-07-28T07:30:00+02:00"
    )


@pytest.mark.parametrize(
    "text_start",
    [
        "Damit fuhren wir",
        "Wir ham am Samstag",
        "Ab ca. 8:00 morgens",
        "Heute morgen um 9",
        "Da morgen der Karnevalsauftakt",
        "Zum Glück ist jetzt Wochenende",
        "Dort sind jedes Wochenende",
        "Am Dienstag (28.Juli)",
        "Heute waren wir wieder",
        "So, es ist geschehen",
    ],
)
def test_real_diary_strings(text_start: str) -> None:
    assert score(heldout_case(286, text_start))[0]


def test_round_226_glued_half_hour() -> None:
    assert score(heldout_case(226, "Samstag gegen halbzehn"))[0]


# --- a feast's or holiday's long weekend ---------------------------------------------------------


def test_long_weekends() -> None:
    # Easter named, then its long weekend: Good Friday to Easter Monday
    assert _start_end(
        "Diese Ostern haben wir ein langes Wochenende am See gemacht.", date(2019, 4, 22)
    ) == ("2019-04-19", "2019-04-22")
    # a holiday on a Thursday and the long weekend it makes
    assert _start_end(
        "Letzten Donnerstag war Feiertag, darum haben wir das verlängerte Wochenende in München "
        "verbracht.",
        date(2011, 12, 11),
    ) == ("2011-12-08", "2011-12-11")
    # a holiday on a Wednesday makes none
    assert holiday_long_weekend(
        "Am Mittwoch war Feiertag, ein verlängertes Wochenende gab es nicht.",
        When("2011-12-07", None, True, "day"),
    ) == When("2011-12-07", None, True, "day")
    assert score(heldout_case(286, "Diese Ostern"))[0]
    assert score(heldout_case(286, "Letzten Donnerstag war Feiertag"))[0]
