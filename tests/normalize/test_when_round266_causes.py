"""Causes found by held-out date rounds 266-268 (tests/normalize/date_strings_heldout_round266.yaml …268).

- „02.03. 14-16 c.t. - Registration“, „Di, 05.10. 2010, 14.oo c.t.“, „30.5. 08.3o-10.oo“: a span of
  hours cum tempore is the academic double lesson (14:15 to 15:45), and a timetable's clock may
  type its zeros as the letter o: ``when_academic_quarter``.
- „Assignment 2 - due 06.04.“, „So, 16.01. 2011: Reviews due“, „send it to … until Friday 24.3.
  2017 midnight“, „haben … bis 24. Nov. Zeit zu recherchieren“: hand-in days and the time given
  until a day are deadlines: ``when_roles``, ``when_requests_by``.
- „Die Anmeldung startet am Mittwoch, den 16. Oktober 2013 um 10 Uhr.“: sign-up opening with „den“
  after the weekday; „am 16.10. früh gibt es die Tickets“, „Hier geht’s am 16. Oktober zur
  Anmeldung“: the day tickets or sign-up are to be had, told after the day: ``when_sales``.
- „Newsletter #3 vom 18. Oktober 2013“: a newsletter issue's day is its stamp: ``when_roles``.
- „Wir starten am 21. November um 9.30 Uhr und am 22. November um ca. 16.00 Uhr endet das Barcamp.“:
  the end day keeps its clock when a verb of beginning leads the first day and one of ending
  follows the second: ``when_verb_final_ends``.
- „Come around on 15.10 from 17:05 to K008 !“: the English twin of a German page leaves the month's
  dot out before its clock as the German does: ``when_clean``.
- „… findet am 22./23.11.2014 … statt. Die Anmeldung startet am Montag, den 20. Oktober 2014 um 10
  Uhr.“, „seit heute (10 Uhr) gibt es die Tickets für das BarCamp … am 23./24.11.2013“: the clock of a
  skipped day or of „heute“ is not the event's: ``when_other_day_clocks``. „es ist so weit: am
  Mittwoch früh gibt es die Tickets“, „Hier geht’s am Mittwoch zur Anmeldung“: the same sale and
  sign-up days named by a weekday alone: ``when_sales``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_academic_quarter import academic_clocks
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- the academic quarter and letter-o clocks -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("02.03. 14-16 c.t. - Registration", "02.03. 14:15-15:45 Uhr - Registration"),
        ("Mo 10 - 12 Uhr c.t. Raum 3", "Mo 10:15-11:45 Uhr Raum 3"),
        ("Di, 05.10. 2010, 14.oo c.t. / E.2.42", "Di, 05.10. 2010, 14.00 c.t. / E.2.42"),
        ("30.5. 08.3o-10.oo - Zwischenbericht", "30.5. 08.30-10.00 - Zwischenbericht"),
    ],
)
def test_timetable_clocks_are_spelt_as_clocks(text: str, read: str) -> None:
    assert academic_clocks(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Porto 16-18 ct. je Brief",  # cents, no „c.t.“
        "14-12 c.t.",  # no span of hours
        "Kapitel oo.oo",  # no digit: a word
        "Version 2.0 - 3.1",  # digits only: no letter o to mend
    ],
)
def test_other_text_stays(text: str) -> None:
    assert academic_clocks(text) == text


def test_the_academic_quarter_is_read_as_the_sessions_clocks() -> None:
    today = date(2011, 3, 1)
    assert wall_clock_when("10.06. 12-18 c.t. - Exam & presentations", today) == (
        "2011-06-10T12:15",
        "2011-06-10T17:45",
    )
    assert wall_clock_when("Tue, 24.01. 2012, 14.oo c.t. : Final presentations", today)[0] == (
        "2012-01-24T14:15"
    )
    assert wall_clock_when("Der Vortrag beginnt 18 Uhr c.t. am 12.04.2011", today)[0] == (
        "2011-04-12T18:15"
    )


# --- deadlines and openings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("Assignment 2 - due 06.04.", date(2011, 3, 1)),
        ("1st version due 31.12.2010 , email PDF & sources to M. Lux", date(2010, 10, 1)),
        ("So, 16.01. 2011: Reviews due - find reviews here", date(2010, 10, 1)),
        (
            "Submit your game to Mathias Lux via e-mail until May 2nd, 2021, midnight.",
            date(2021, 2, 2),
        ),
        (
            "Zip your project and send it to Stefan (use the course mail) until Friday 23.3. 2018.",
            date(2018, 2, 28),
        ),
        ("Die Teilnehmer haben bis 24. Nov. Zeit zu recherchieren.", date(2014, 10, 1)),
        ("Die Anmeldung startet am Mittwoch, den 16. Oktober 2013 um 10 Uhr.", date(2013, 10, 1)),
        ("es ist so weit: am 16.10. früh gibt es die Tickets für das BarCamp!", date(2013, 10, 14)),
        (
            "Hier geht’s am 16. Oktober zur Anmeldung: barcamp-rheinmain.de/anmeldung.",
            date(2013, 10, 14),
        ),
        ("Newsletter #3 vom 18. Oktober 2013", date(2013, 10, 18)),
    ],
)
def test_hand_in_days_openings_and_issue_stamps_are_no_event_days(text: str, today: date) -> None:
    assert parse_when(text, today=today).start is None


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        (
            "Der Termin ist am Mittwoch, 6.4., due to Ostern verschoben.",
            date(2011, 3, 1),
            "2011-04-06",
        ),
        ("Am 16.10. gibt es Karten an der Abendkasse.", date(2013, 10, 14), "2013-10-16"),
        (
            "Wir treffen uns am 16. Oktober zur Anmeldung der Mannschaften.",
            date(2013, 10, 1),
            "2013-10-16",
        ),
        ("Newsletter-Treffen am 18. Oktober 2013", date(2013, 10, 1), "2013-10-18"),
    ],
)
def test_event_days_near_those_words_stay(text: str, today: date, start: str) -> None:
    assert wall_clock_when(text, today)[0] == start


# --- a start and an end clause ------------------------------------------------------------------------


def test_the_end_day_keeps_its_clock_after_a_start_and_an_end_verb() -> None:
    text = "Wir starten am 19. November um 9.30 Uhr und am 20. November um ca. 16.00 Uhr endet das BarCamp."
    assert wall_clock_when(text, date(2016, 11, 14)) == ("2016-11-19T09:30", "2016-11-20T16:00")
    # two sessions on two days, no verb of ending: the days' span as before
    two = "Wir spielen am 19. November um 9.30 Uhr und am 20. November um 16.00 Uhr."
    assert wall_clock_when(two, date(2016, 11, 14))[1] != "2016-11-20T16:00"


def test_an_english_undotted_day_before_its_clock() -> None:
    assert wall_clock_when("Come around on 15.10 from 17:05 to K008 !", date(2025, 10, 6)) == (
        "2025-10-15T17:05",
        None,
    )
    # a version or a score after "on" without a clock stays no day
    assert wall_clock_when("Runs on 16.04 and later.", date(2025, 10, 6)) == (None, None)


# --- clocks of other days -------------------------------------------------------------------------------


def test_a_skipped_days_clock_is_not_the_events() -> None:
    text = (
        "Das nächste BarCamp findet am 22./23.11.2014 in Frankfurt statt. Die Anmeldung startet am"
        " Montag, den 20. Oktober 2014 um 10 Uhr."
    )
    assert wall_clock_when(text, date(2014, 10, 14)) == ("2014-11-22", "2014-11-23")
    deadline = "Anmeldeschluss: 1.3.2014, 12:00 Uhr. Der Kurs beginnt am 5.3.2014."
    assert wall_clock_when(deadline, date(2014, 2, 1)) == ("2014-03-05", None)
    # the event's own clock stays
    own = "Anmeldeschluss: 1.3.2014. Der Kurs beginnt am 5.3.2014 um 18 Uhr."
    assert wall_clock_when(own, date(2014, 2, 1)) == ("2014-03-05T18:00", None)


def test_todays_clock_is_not_another_days() -> None:
    text = "seit heute (10 Uhr) gibt es die Tickets für das BarCamp am 23./24.11.2013 in Dieburg"
    assert wall_clock_when(text, date(2013, 10, 16)) == ("2013-11-23", "2013-11-24")
    # an event today keeps the clock
    assert wall_clock_when("Heute (19 Uhr) Konzert im Saal", date(2013, 10, 16)) == (
        "2013-10-16T19:00",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "es ist so weit: am Mittwoch früh gibt es die Tickets für das BarCamp RheinMain!",
        "Hier geht’s am Mittwoch zur Anmeldung: barcamp-rheinmain.de/anmeldung.",
    ],
)
def test_a_weekdays_sale_or_sign_up_is_no_event_day(text: str) -> None:
    assert parse_when(text, today=date(2013, 10, 15)).start is None


def test_a_weekdays_tickets_at_the_door_stay() -> None:
    found = wall_clock_when("Am Samstag gibt es Karten an der Abendkasse.", date(2013, 10, 14))
    assert found[0] == "2013-10-19"


# --- the held-out strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (267, "02.03. 14-16 c.t."),
        (267, "10.06. 12-18 c.t."),
        (267, "07.3. 10-12 c.t."),
        (267, "23.5. 10-12 c.t."),
        (267, "Di, 05.10. 2010, 14.oo"),
        (267, "Tue, 24.01. 2012, 14.oo"),
        (267, "30.5. 08.3o-10.oo"),
        (267, "Assignment 2 - due"),
        (267, "1st version due"),
        (267, "So, 16.01. 2011: Reviews due"),
        (267, "Submit your Pong clone"),
        (267, "Zip your whole project"),
        (267, "Nach Verteilung der Themen"),
        (266, "Die Anmeldung startet am Mittwoch, den 16. Oktober 2013"),
        (266, "Die Anmeldung startet am Mittwoch, den 22. Oktober 2014"),
        (266, "Newsletter #3"),
        (
            266,
            "Das nächste BarCamp RheinMain findet am 22./23.11.2014 bei etecture in Frankfurt statt. Die",
        ),
        (266, "seit heute (10 Uhr)"),
        (266, "es ist so weit"),
        (266, "Hier geht’s am Mittwoch"),
        (266, "Wir starten am 21. November"),
        (266, "Wir starten am 19. November"),
        (268, "Come around on 15.10"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
