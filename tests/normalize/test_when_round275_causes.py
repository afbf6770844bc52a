"""Causes found by held-out date rounds 275-277 (tests/normalize/date_strings_heldout_round275.yaml …277).

- „Trainingszeiten | Dienstag & Donnerstag | 19:30 Uhr - 21:00 Uhr“: a timetable row's weekdays
  joined by „&“, „und“ or commas are each a weekly day, not only the first: ``when_joined_weekdays``.
- „Findet alle anderthalb Wochen dienstags oder samstags statt“, „Alle zwei Wochen am Freitag oder
  Wochenende“, „Freitags und samstags im Wechsel“: a rule on one of two days by turns names no day:
  ``when_alternate_weekdays``.
- „Offene Abende finden seit dem 24.5.21 wieder statt“: open evenings held again since a day, a
  state, no event: ``when_roles`` (a past event named by its day, „Seit der Eröffnung am 13.05. …“,
  keeps its day, as round 233's „Seit dem Anwendertreffen am …“).
- „ab dem 16. Juni … die Geschäftsführung übernehmen“: an office taken over from a day, the office
  after the day: ``when_office_handovers``.
- „„Aus der Ferne das Richtige tun“, zeit.de vom 16.02.2012“: a news site's piece dated by its
  address: ``when_press_dates``.
- „Am Wochenende vom 9.8.2014 …“: a weekend named by its Saturday is Saturday and Sunday:
  ``when_weekend_from_day``.
- „Wir haben in der Regel Montag bis Sonntag ab spätestens 19:00 Uhr geöffnet“: opening weekdays as
  a range, and a rule on all seven weekdays written as the daily rule: ``when_open_days``,
  ``when_every_day``.
- „Die Gründungsversammlung … fand am 29.12.1956 … statt“, „Der KtT wird heute (11.07.2017) sechs
  Jahre alt“: a founding meeting and today's day in brackets on which a club turns n years are
  records: ``when_foundings`` (an anniversary named by its day alone stays, round 9).
- „Beginn: Samstag um 16 Uhr Abschluss …: Sonntag um 20 Uhr“, „bis Sonntagabend (ca. 17/18:00
  Uhr)“: a span's last day given its clock by weekday: ``when_end_day_clock``.
- „Ende: 12.10.2024, 10:00 - 12:00 Uhr“: a labelled end's clock range ends at its end:
  ``when_end_label_range``.
- „Wann: 13.10 - 18:00 Uhr“: a labelled day without its last dot before a dash and a clock:
  ``when_label_day_dot``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_alternate_weekdays import is_alternating_rule
from netdir.normalize.when_end_day_clock import with_end_day_clock
from netdir.normalize.when_end_label_range import with_end_label_range
from netdir.normalize.when_every_day import daily_if_every_weekday
from netdir.normalize.when_foundings import founding_meeting_on, turns_years_today
from netdir.normalize.when_joined_weekdays import joined_weekdays
from netdir.normalize.when_label_day_dot import labelled_day_dotted
from netdir.normalize.when_office_handovers import office_taken_from
from netdir.normalize.when_press_dates import press_dated
from netdir.normalize.when_recurrence import find_recurrence
from netdir.normalize.when_value import When
from netdir.normalize.when_weekend_from_day import weekend_from_its_day
from tests.normalize.test_heldout_dates import assert_heldout_read

MONDAY = date(2025, 9, 1)


# --- weekdays joined in a timetable row ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Trainingszeiten | Dienstag & Donnerstag | 19:30 Uhr - 21:00 Uhr", "BYDAY=TU,TH"),
        ("Trainingszeiten | Montag, Mittwoch & Freitag | 19:45 Uhr - 21:15 Uhr", "BYDAY=MO,WE,FR"),
        ("Trainingszeiten | Montag und Mittwoch | 16:45 Uhr - 18:15 Uhr", "BYDAY=MO,WE"),
        ("Trainingszeiten | Mittwoch | 20:00 Uhr - 21:30 Uhr", "BYDAY=WE"),
    ],
)
def test_a_rows_joined_weekdays_are_each_weekly(text: str, rule: str) -> None:
    found = find_recurrence(text)
    assert found is not None and found.rule == f"FREQ=WEEKLY;{rule}"


def test_a_weekday_with_its_own_date_ends_the_row() -> None:
    text = "Montag und Samstag, 21. Juli"
    assert joined_weekdays(text, 0, len("Montag")) == ([0], len("Montag"))


def test_a_joined_row_starts_on_its_next_day() -> None:
    found = parse_when("Trainingszeiten | Mittwoch & Freitag | 16:45 Uhr - 18:15 Uhr", today=MONDAY)
    assert found.start == "2025-09-03T16:45:00+02:00"
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=WE,FR"


# --- one of two days by turns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Plenum | Findet alle anderthalb Wochen dienstags oder samstags statt",
        "CoderDojos: Alle zwei Wochen am Freitag oder Wochenende",
        "Wir organisieren etwa alle zwei Wochen jeweils Freitags und samstags im Wechsel ein CoderDojo.",
    ],
)
def test_a_rule_on_one_of_two_days_names_no_day(text: str) -> None:
    assert is_alternating_rule(text)
    assert parse_when(text, today=MONDAY).start is None


@pytest.mark.parametrize(
    "text",
    [
        "Wir treffen uns jeden Dienstag und Samstag um 19 Uhr.",  # both days, every week
        "Das Plenum ist dienstags um 19 Uhr, samstags um 15 Uhr.",
        "Komm Dienstag oder Mittwoch, 12. Mai vorbei",  # no rule
    ],
)
def test_other_weekday_pairs_are_no_alternation(text: str) -> None:
    assert not is_alternating_rule(text) or find_recurrence(text) is None


# --- a state since a day ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Offene Abende finden seit dem 24.5.21 wieder statt, allerdings nur draußen.",
        "Die Sprechstunden finden seit dem 3. Mai wieder statt.",
    ],
)
def test_a_state_since_a_day_is_no_event(text: str) -> None:
    assert parse_when(text, today=date(2021, 6, 14)).start is None


def test_a_past_event_named_since_keeps_its_day() -> None:
    text = "Seit der Eröffnung am 13.05. sind schon ein paar Wochen vergangen."
    assert parse_when(text, today=date(2016, 6, 1)).start == "2016-05-13"


# --- an office taken over, the office after the day ---------------------------------------------------


def test_an_office_named_after_its_first_day_is_a_handover() -> None:
    before = "Daher werden ab dem "
    after = " Björn, Dave, Sebastian, Niclas und Richard die Geschäftsführung übernehmen."
    assert office_taken_from(before, after)
    assert not office_taken_from("Wir übernehmen ab dem ", " die Führung durch die Ausstellung.")
    text = before + "16. Juni" + after
    assert parse_when(text, today=date(2023, 6, 7)).start is None


# --- a news site's piece ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("- „Aus der Ferne das Richtige tun“, zeit.de vom ", ""),
        ("- Telecomix gegen Baschar al-Assad, arte.tv v.", ""),
        ("- Turing to Telecomix, bbc.co.uk v. ", ""),
    ],
)
def test_a_sites_piece_is_dated_by_its_address(before: str, after: str) -> None:
    assert press_dated(before, after)


def test_a_sites_piece_is_no_event_and_a_period_stays() -> None:
    assert parse_when("- „Titel“, zeit.de vom 16.02.2012", today=date(2012, 2, 8)).start is None
    assert (
        parse_when("Treffen im Café vom 3. bis 5. März", today=date(2012, 2, 8)).start
        == "2012-03-03"
    )


# --- a weekend by its first day -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Am Wochenende vom 9.8.2014 hatten wir Gäste.", "2014-08-09", "2014-08-10"),
        ("Am Wochenende des 9. August kommen Gäste.", "2014-08-09", "2014-08-10"),
        ("Am Wochenende des 01. und 02. August haben Schüler gelötet.", "2014-08-01", "2014-08-02"),
    ],
)
def test_a_weekend_named_by_its_first_day_is_two_days(text: str, start: str, end: str) -> None:
    found = parse_when(text, today=date(2014, 8, 26))
    assert (found.start, found.end) == (start, end)


def test_a_day_that_begins_no_weekend_stays_alone() -> None:
    found = When(start="2014-08-11", all_day=True, precision="day")  # a Monday
    assert weekend_from_its_day("am Wochenende vom 11.8.2014", found) == found


# --- opening weekdays as a range, seven of them daily ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "rule"),
    [
        (
            "Wir haben in der Regel Montag bis Sonntag ab spätestens 19:00 Uhr geöffnet.",
            "2025-09-21T19:00:00+02:00",
            "FREQ=DAILY",
        ),
        (
            "Die Bücherei ist Montag bis Freitag ab 19:00 Uhr geöffnet.",
            "2025-09-22T19:00:00+02:00",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        ),
        (
            "Das Café ist Fr-So ab 14 Uhr geöffnet.",
            "2025-09-21T14:00:00+02:00",
            "FREQ=WEEKLY;BYDAY=FR,SA,SU",
        ),
        (
            "Dies ist meistens montags bis sonntags ab 19 Uhr bis Mitternacht der Fall.",
            "2025-09-21T19:00:00+02:00",
            "FREQ=DAILY",
        ),
    ],
)
def test_opening_weekdays_as_a_range(text: str, start: str, rule: str) -> None:
    found = parse_when(text, today=date(2025, 9, 21))
    assert (found.start, found.recurrence) == (start, rule)


def test_only_all_seven_weekdays_are_daily() -> None:
    weekdays = When(start="2025-09-22", recurrence="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
    assert daily_if_every_weekday(weekdays) == weekdays


# --- a founding meeting, an anniversary -----------------------------------------------------------------


def test_a_founding_meeting_told_in_the_past_is_a_record() -> None:
    assert founding_meeting_on("Die Gründungsversammlung der Sportfreunde Sümmern fand am ")
    assert not founding_meeting_on("Die Gründungsversammlung findet am ")
    text = "Die Gründungsversammlung findet am 12.03.2026 um 19 Uhr im Vereinsheim statt."
    assert parse_when(text, today=date(2026, 1, 5)).start == "2026-03-12T19:00:00+01:00"


def test_the_day_a_club_turns_n_years_is_a_record() -> None:
    assert turns_years_today("Der KtT wird heute (", ") sechs Jahre alt und das wollen wir feiern")
    assert not turns_years_today("Die Gemeinde wird am ", " 50 Jahre alt")  # round 9's day stays
    text = (
        "Der KtT wird heute (11.07.2017) sechs Jahre alt und das wollen wir am Freitag den 14.07.2017"
        " ein wenig feiern. Beginn ab 18.00 Uhr."
    )
    assert parse_when(text, today=date(2017, 7, 11)).start == "2017-07-14T18:00:00+02:00"


# --- a span's last day with its clock by weekday --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Datum: 06.+07.02.2016 Beginn: Samstag um 16 Uhr Abschluss mit Preisvergabe: Sonntag um 20 Uhr",
            "2016-02-07T20:00:00+01:00",
        ),
        (
            "Die Veranstaltung beginnt am Samstag, dem 23. Februar 2013, 10:00 Uhr und geht bis"
            " Sonntagabend (ca. 17/18:00 Uhr).",
            "2013-02-24T18:00:00+01:00",
        ),
    ],
)
def test_the_last_days_clock_by_its_weekday(text: str, end: str) -> None:
    assert parse_when(text, today=date(2013, 2, 1)).end == end


def test_a_clock_on_another_weekday_is_no_end() -> None:
    found = When(start="2016-02-06T16:00:00+01:00", end="2016-02-07", all_day=False)
    assert with_end_day_clock("06.+07.02.2016, Samstag um 16 Uhr, Montag 20 Uhr", found) == found


# --- a labelled end's clock range, a labelled day without its dot ---------------------------------------


def test_a_labelled_ends_range_ends_at_its_end() -> None:
    text = "Beginn: 11.10.2024, 18:00 Uhr | Ende: 12.10.2024, 10:00 - 12:00 Uhr (Frühstück)"
    assert parse_when(text, today=date(2024, 10, 2)).end == "2024-10-12T12:00:00+02:00"
    found = When(start="2024-10-11T18:00:00+02:00", end="2024-10-12T12:00:00+02:00")
    assert with_end_label_range("Ende: 12.10.2024, 12:00 Uhr", found) == found


@pytest.mark.parametrize(
    ("text", "dotted"),
    [
        ("Wann: 13.10 - 18:00 Uhr", "Wann: 13.10. - 18:00 Uhr"),
        ("Datum: 5.4 – 19:30", "Datum: 5.4. – 19:30"),
        ("Zeit: 10.30 - 12:00 Uhr", "Zeit: 10.30 - 12:00 Uhr"),  # no label of when: clocks
        ("Wann: 10.30 - 12:00 Uhr", "Wann: 10.30 - 12:00 Uhr"),  # no month 30
    ],
)
def test_a_labelled_day_gets_its_dot(text: str, dotted: str) -> None:
    assert labelled_day_dotted(text) == dotted


# --- the real held-out strings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (277, "1. Herren | Trainingszeiten"),
        (277, "1. Frauen | Trainingszeiten"),
        (277, "U13 Junioren | Trainingszeiten"),
        (275, "Plenum -- Offenes Space-Treffen"),
        (275, "Programmierclubs für Kinder"),
        (275, "Der Kreativität trifft Technik e.V. organisiert"),
        (276, "Aktuelles zu Covid19"),
        (276, "Rücktritt von Felix"),
        (275, "- „Aus der Ferne das Richtige tun“"),
        (275, "Am Wochenende vom 9.8.2014"),
        (275, "Willkommen im Mainframe"),
        (275, "Unser Hackspace Mainframe ist auch weiterhin"),
        (277, "Die Gründungsversammlung"),
        (275, "Der KtT wird heute"),
        (275, "Datum: 06.+07.02.2016"),
        (275, "Die Veranstaltung beginnt am Samstag"),
        (275, "Beginn: 11.10.2024"),
        (275, "tl;dr Wann: 13.10"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
