"""Causes found by held-out date rounds 245-247 (tests/normalize/date_strings_heldout_round245.yaml …247).

- „am 26.08.24 und zurück am 06.09.“, „Am 26.12.2025 nach Kirchen und am 5.1.2026 zurück nach
  Düsseldorf“: a ride there and back is one stay, though its two days are joined by „und“:
  ``when_trips.there_and_back``.
- „in Remscheid, an ungeraden Mittwochs, von 19 bis 20.30“: the week's parity before the weekday
  itself: ``when_week_parity``.
- „Ab dem 11. Mai bietet Marco im Zweiwochentakt freies Fahren“: a two weeks' beat is fortnightly,
  and a weekly rule naming no weekday runs on its first day's: ``when_recurrence``, ``when_rules``.
- „Montag | 07:30 Uhr-15:00 Uhr“: a timetable row's hours with „Uhr“ on both clocks:
  ``when_schedule_rows``.
- „(Quelle: Hamburger Abendblatt, 7. Juli 2023, Autor: …)“, „Leipziger Volkszeitung vom 07.12.2013,
  Seite 22“, „…/13342.htm (12.12.2012)“, „die Halbjahresinformation vom 11.02.2022“, „in der
  Fassung ab 01.08.2018“: a cited article's, a link's, a document's or a regulation's day:
  ``when_citations``.
- „Am 19.12. führte TheaterPack … auf“, „In der Woche vom 7.-11. November lag Musik in der Luft“:
  a report's yearless day told in the past is the last one: ``when_told_past``.
- „(muss bis 30. November eingehen)“, „Anfragen bitte bis 21.04. an …“, „Der Frühbucherrabatt …
  wird verlängert auf 08.11.2021“: days something must arrive by, requests are asked by or an offer
  is extended to: ``when_requests_by.due_by``; „Zusätzliche Rücktrittsmöglichkeit bis 15.4.2020“,
  „Anmeldung über rad-net.de und my.raceresult.com bis Ende August“: the last day to withdraw,
  a domain's dot no sentence's end: ``when_signup``, ``when``; „bitten wir Sie sich bis zum 3. Juni
  2022 zu gedulden“: how long to wait for an answer: ``when_requests_by.due_by``.
- „Es beginnt am Donnerstagabend, den 24. März und endet am Sonntagnachmittag, den 27. März.“: the
  part of the day glued to the end's weekday: ``when_pairs.ENDS_ON``.
- „die am letzten Samstag in der TRUDE dabei waren“: „in der“ before a place counts no month:
  ``when_relative``.
- „Bitte beachten: 4.-6.3.16 ist verschoben auf 11.-13.3.16“: the day right before „ist verschoben
  auf“ is given up: ``when_history``.
- „Die Schule ist an den fünf Wochentagen von 7:30 Uhr bis 16:00 Uhr geöffnet“: Monday to Friday:
  ``when_recurrence``.
- „Die Einladung wird per E-Mail an alle ca. im Oktober 2021 versandt“: an abbreviation's dot ends no
  sentence before the month a letter is sent: ``when`` (``_SENT_OUT``).
- „vom 01.März 2019 bis 03./04.März 2019“: a range's end written as two following days joined by a
  slash; the later day ends it: ``when_days`` (``_until_day_pair``).
- „Die Jugendherberge hat die 12-Schritte-Wanderung heute (04.05.2021) storniert!“: today's date
  right before the participle of calling off is the day of the act, no event's: ``when_roles``
  (``_TODAY_BEFORE``); the called-off event's own days stay („… vom 25.05.2022 bis 29.05.2022
  wurde storniert!!“).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- a ride there and back -----------------------------------------------------------------------


def test_a_ride_there_and_back_runs_from_the_outward_day_to_the_return() -> None:
    today = date(2024, 8, 18)
    text = "ich biete eine Mitfahrgelegenheit an, am 26.08.24 und zurück am 06.09."
    assert wall_clock_when(text, today) == ("2024-08-26", "2024-09-06")
    text = (
        "Binz zum 10.06. und auch wieder zurück am 22.06. oder kann gerne auch woanders zusteigen!"
    )
    assert wall_clock_when(text, date(2019, 3, 26)) == ("2019-06-10", "2019-06-22")
    text = "Am 26.12.2025 nach Kirchen und am 5.1.2026 zurück nach Düsseldorf."
    assert wall_clock_when(text, date(2025, 11, 8)) == ("2025-12-26", "2026-01-05")


def test_two_days_joined_by_and_without_a_return_stay_separate() -> None:
    assert wall_clock_when("am 3. Mai und am 10. Mai", date(2026, 1, 22)) == ("2026-05-03", None)


# --- odd weeks before the weekday ----------------------------------------------------------------


def test_odd_wednesdays_fall_in_odd_calendar_weeks_every_other_week() -> None:
    text = "in Remscheid, an ungeraden Mittwochs, von 19 bis 20.30,"
    found = parse_when(text, today=date(2026, 4, 23))  # week 17; the next odd week is 19
    assert (found.start, found.end) == ("2026-05-06T19:00:00+02:00", "2026-05-06T20:30:00+02:00")
    assert found.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"


# --- a two weeks' beat ---------------------------------------------------------------------------


def test_a_two_weeks_beat_is_every_other_week_on_its_first_days_weekday() -> None:
    text = "Ab dem 11. Mai bietet Marco im Zweiwochentakt freies Fahren auf der Bahn an."
    found = parse_when(text, today=date(2023, 5, 5))
    assert (found.start, found.recurrence) == ("2023-05-11", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")
    found = parse_when("wöchentlich ab 3. Juni", today=date(2023, 5, 5))
    assert (found.start, found.recurrence) == ("2023-06-03", "FREQ=WEEKLY;BYDAY=SA")


# --- a timetable row's hours with "Uhr" ----------------------------------------------------------


def test_a_weekday_row_of_hours_with_uhr_on_both_clocks_is_weekly() -> None:
    found = parse_when("Montag | 07:30 Uhr-15:00 Uhr", today=date(2022, 6, 30))
    assert (found.start, found.recurrence) == ("2022-07-04T07:30:00+02:00", "FREQ=WEEKLY;BYDAY=MO")


# --- citations and documents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(Quelle: Hamburger Abendblatt, 7. Juli 2023, Autor: Timo Reinke)",
        "Leipziger Volkszeitung vom 07.12.2013, Seite 22",
        "[1] http://www.schule.sachsen.de/13342.htm (12.12.2012)",
        "die Halbjahresinformation vom 11.02.2022 (in Kopie)",
        "Schulordnung in der Fassung ab 01.08.2018",
    ],
)
def test_a_cited_or_documents_day_is_no_event(text: str) -> None:
    assert wall_clock_when(text, date(2022, 6, 30)) == (None, None)


def test_an_event_from_a_day_keeps_it() -> None:
    text = "Infoveranstaltung vom 11.02.2022 bis 13.02."
    assert wall_clock_when(text, date(2022, 1, 30)) == ("2022-02-11", "2022-02-13")


# --- a report told in the past -------------------------------------------------------------------


def test_a_yearless_day_of_a_performance_or_week_told_in_the_past_is_the_last_one() -> None:
    text = "Am 19.12. führte TheaterPack für die 5. Klassen unserer Schule das Märchen auf."
    assert wall_clock_when(text, date(2022, 6, 30)) == ("2021-12-19", None)
    text = "In der Woche vom 7.-11. November lag Musik in der Luft der Schule."
    assert wall_clock_when(text, date(2022, 6, 30)) == ("2021-11-07", "2021-11-11")


# --- days things are due by ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2. Per Post an Helge Witten, Saseler Straße 85a, 22145 Hamburg (muss bis 30. November eingehen)",
        "Anfragen bitte bis 21.04. an bmxtrikots@rg-hamburg.de.",
        "Achtung: Der Frühbucherrabatt für MBZ wird verlängert auf 08.11.2021. Es sind noch MBZ frei!",
        "Usedom: Zusätzliche Rücktrittsmöglichkeit bis 15.4.2020",
        "Anmeldung über rad-net.de und my.raceresult.com bis Ende August.",
        "Wir bitten Sie sich bis zum 3. Juni 2022 zu gedulden.",
        "Die Einladung wird per E-Mail an alle ca. im Oktober 2021 versandt.",
    ],
)
def test_a_day_something_is_due_by_is_no_event(text: str) -> None:
    assert wall_clock_when(text, date(2020, 4, 5)) == (None, None)


def test_a_run_until_a_day_keeps_its_end() -> None:
    assert wall_clock_when("Die Ausstellung ist bis 15. März zu sehen.", date(2021, 1, 1)) == (
        None,
        "2021-03-15",
    )


# --- an end's weekday with its part of the day ---------------------------------------------------


def test_a_weekend_told_as_beginning_and_ending_on_parts_of_days() -> None:
    text = (
        "Es beginnt am Donnerstagabend, den 24. März und endet am Sonntagnachmittag, den 27. März."
    )
    assert wall_clock_when(text, date(2022, 2, 25)) == ("2022-03-24", "2022-03-27")


# --- last Saturday at a place --------------------------------------------------------------------


def test_last_saturday_at_a_place_is_the_one_just_past() -> None:
    text = "Vielen Dank an alle, die am letzten Samstag in der TRUDE dabei waren!"
    assert wall_clock_when(text, date(2023, 2, 10)) == ("2023-02-04", None)
    found = parse_when("Am letzten Samstag im Monat treffen wir uns", today=date(2023, 2, 10))
    assert found.recurrence == "FREQ=MONTHLY;BYDAY=-1SA"


# --- a day moved away from ----------------------------------------------------------------------


def test_the_day_before_verschoben_auf_is_given_up() -> None:
    text = "Bitte beachten: 4.-6.3.16 ist verschoben auf 11.-13.3.16"
    assert wall_clock_when(text, date(2015, 11, 2)) == ("2016-03-11", "2016-03-13")
    text = "Die Feier am 4. März verschoben auf 11. März"
    assert wall_clock_when(text, date(2015, 11, 2)) == ("2016-03-11", None)


# --- the five weekdays ---------------------------------------------------------------------------


def test_the_five_weekdays_are_monday_to_friday() -> None:
    text = "Die Schule ist an den fünf Wochentagen von 7:30 Uhr bis 16:00 Uhr geöffnet."
    found = parse_when(text, today=date(2022, 6, 30))
    assert (found.start, found.recurrence) == (
        "2022-06-30T07:30:00+02:00",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    )


# --- a range ending on a day pair ----------------------------------------------------------------


def test_a_range_ending_on_two_following_days_ends_on_the_later() -> None:
    today = date(2018, 10, 1)
    text = "vom 01.März 2019 bis 03./04.März 2019"
    assert wall_clock_when(text, today) == ("2019-03-01", "2019-03-04")
    assert wall_clock_when("01.03.2019 - 03./04.03.2019", today) == ("2019-03-01", "2019-03-04")
    # two days apart the slash names no pair of following days: the range is not read
    assert wall_clock_when("vom 01.März 2019 bis 03./05.März 2019", today)[1] is None


# --- the day a thing was called off --------------------------------------------------------------


def test_todays_date_before_called_off_is_the_acts_day_not_the_events() -> None:
    today = date(2021, 5, 4)
    text = "Die Jugendherberge hat die 12-Schritte-Wanderung heute (04.05.2021) storniert!"
    assert wall_clock_when(text, today) == (None, None)
    text = "Die Wanderung wurde heute, 04.05.2021, abgesagt."
    assert wall_clock_when(text, today) == (None, None)
    # the called-off event's own days, and today's day of an event, stay
    text = "Die 12-Schritte Wanderung vom 25.05.2022 bis 29.05.2022 wurde storniert!!"
    assert wall_clock_when(text, today) == ("2022-05-25", "2022-05-29")
    text = "Heute (04.05.2021) findet die Wanderung statt."
    assert wall_clock_when(text, today) == ("2021-05-04", None)


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (245, "in Remscheid, an ungeraden Mittwochs"),
        (245, "Binz zum 10.06."),
        (245, "ich biete eine Mitfahrgelegenheit nach Allmannsried an"),
        (245, "Am 26.12.2025 nach Kirchen"),
        (245, "Usedom: Zusätzliche Rücktrittsmöglichkeit"),
        (245, "Achtung: Der Frühbucherrabatt"),
        (245, "Es beginnt am Donnerstagabend"),
        (245, "Bitte beachten: 4.-6.3.16"),
        (245, "Die Einladung wird per E-Mail"),
        (245, "vom 01.März 2019 bis 03./04.März 2019"),
        (245, "Die Jugendherberge hat die 12-Schritte-Wanderung heute"),
        (245, "Die 12-Schritte Wanderung vom 25.05.2022"),
        (246, "2. Per Post an Helge Witten"),
        (246, "Vielen Dank an alle, die am letzten Samstag"),
        (246, "(Quelle: Hamburger Abendblatt"),
        (246, "Anmeldung über rad-net.de"),
        (246, "RG Hamburg sponsert Nationaltrikots"),
        (246, "Ab dem 11. Mai bietet Marco"),
        (247, "die Halbjahresinformation vom"),
        (247, "Nach dem Eingang aller Unterlagen"),
        (247, "Verordnung des Sächsischen"),
        (247, "Die Schulsachen weggepackt"),
        (247, "Leipziger Volkszeitung vom"),
        (247, "In der Woche vom 7.-11. November"),
        (247, "[1] http://www.schule.sachsen.de"),
        (247, "Montag | 07:30 Uhr-15:00 Uhr"),
        (247, "Freitag | 07:30 Uhr-13:30 Uhr"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
