"""Causes found by held-out date rounds 248-250 (tests/normalize/date_strings_heldout_round248.yaml …250).

- „Meets on alternate Thursdays at 1:30pm.“, „A fortnightly group … meets on alternate Thursdays
  from 1:30pm“: British „alternate“ weekdays are every other week, and the cue that names the
  weekday wins over an earlier one that names none: ``when_recurrence``.
- „Friday at 6:15pm to 7:30pm (term time)“, „Tuesday at 9:30am to 11:00am“: English „at“ between a
  bare weekday and its clock: ``when_relative`` (``_WEEKDAY_CLOCK``).
- „Update, May 11th“: a post's update heading with a comma before its day is a stamp:
  ``when_roles``.
- „1. Freifunk Treffen im Juli“, „Termin im Dezember | 11:30-13:00 Uhr“: an event's title naming its
  month alone is that month ahead: ``when_periods`` (``_EVENT_TITLE_MONTH``).
- „… sind am Sonntag von 11:00 Uhr bis 18:00 Uhr … anzutreffen und erläutern gerne allen
  Interessierten die Idee“: a noun in -ierten after its article is no verb in the past:
  ``when_grammar.PAST_TENSE``.
- „on the first Friday and third Saturday of the month“, „monthly on the second Saturday for men
  and on the last Saturday for women“: each ordinal with its own weekday: ``when_weekday_rules``.
- „des letzten Donnerstages im Monat“ (the genitive in -es), „Wir sehen uns am 31. …“ (an ellipsis
  after a bare day): ``when_weekday_rules``, ``when_bare_ordinal``.
- „Wir sind bis zum 08.08.2015 jeden Donnerstag, Freitag und Samstag ab 19 Uhr … zu finden“: a
  rule's last day alone; the rule's next day begins it: ``when``.
- „(Mi, 10-11 Uhr)“ in a longer text: a weekday and its clock alone in brackets: ``when_relative``.
- „Reguläre Erreichbarkeit ab 5.1.2026: Mittwoch 10-11 Uhr“: the first such weekday on or after
  the day: ``when_from_day_weekday``.
- „… planen wir dieses Release am 16.04.2017 zum Stable zu machen“: a software release is no event:
  ``when_releases``.
- „Anmeldung in der Stadtbibliothek Vegesack ab 01.Oktober.“: the day sign-up opens:
  ``when_signup``.
- „on Sunday afternoons at 4pm“: a plural part of the day makes a weekly rule, afternoons too:
  ``when_recurrence``.
- „1st Friday / 3rd Saturday from 10am“: ordinal–weekday pairs joined by slashes are the month's
  days without a month word or cue: ``when_weekday_rules.slashed_ordinal_pairs``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- alternate weekdays ----------------------------------------------------------------------------


def test_alternate_weekdays_are_every_other_week() -> None:
    found = parse_when("Alternate Wednesdays at 9:45am", today=date(2017, 11, 7))
    assert found.start is not None and found.start.startswith("2017-11-08T09:45")
    assert found.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"


def test_the_fortnightly_cue_that_names_the_weekday_wins() -> None:
    text = "A fortnightly group for the over 50s. It meets on alternate Thursdays from 1:30pm."
    found = parse_when(text, today=date(2017, 10, 16))
    assert found.start is not None and found.start.startswith("2017-10-19T13:30")
    assert found.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"


def test_alternate_months_are_no_fortnight() -> None:
    text = (
        'Our main meetings happen each Sunday morning at 10:30. On alternate months we run "Forum".'
    )
    assert parse_when(text, today=date(2022, 11, 12)).recurrence == "FREQ=WEEKLY;BYDAY=SU"


# --- a weekday "at" its clock ----------------------------------------------------------------------


def test_a_weekday_at_its_clock_is_that_weekday() -> None:
    today = date(2017, 11, 7)
    assert wall_clock_when("Friday at 6:15pm to 7:30pm (term time)", today) == (
        "2017-11-10T18:15",
        "2017-11-10T19:30",
    )
    assert wall_clock_when("Saturday at 10am", today) == ("2017-11-11T10:00", None)


# --- an update heading -----------------------------------------------------------------------------


def test_an_update_heading_before_its_day_is_a_stamp() -> None:
    assert wall_clock_when("Update, May 11th", date(2020, 5, 14)) == (None, None)
    # another word's update keeps its day
    assert wall_clock_when("Software update, May 20th at 10am", date(2020, 5, 14)) == (
        "2020-05-20T10:00",
        None,
    )


# --- an event's title naming its month -------------------------------------------------------------


def test_an_event_title_with_its_month_is_that_month() -> None:
    assert wall_clock_when("Freifunk Treffen im November", date(2018, 5, 21)) == (
        "2018-11-01",
        "2018-11-30",
    )
    assert wall_clock_when("Termin im Dezember | 11:30-13:00 Uhr", date(2025, 10, 12)) == (
        "2025-12-01",
        "2025-12-31",
    )


def test_a_meeting_called_off_in_a_month_is_no_title() -> None:
    assert wall_clock_when("Kein Treffen im Juli", date(2016, 5, 30)) == (None, None)


# --- a noun after its article ----------------------------------------------------------------------


def test_a_noun_in_ierten_after_its_article_is_no_past() -> None:
    text = "Die Freifunker sind am Sonntag von 11 bis 18 Uhr da und erläutern allen Interessierten die Idee."
    assert wall_clock_when(text, date(2015, 9, 25)) == ("2015-09-27T11:00", "2015-09-27T18:00")
    # a verb in -ierte before its subject still tells the past
    told = "Über Klimaschutz diskutierte die Bürgerrunde am Donnerstag."
    assert wall_clock_when(told, date(2015, 9, 25)) == ("2015-09-24", None)


# --- ordinals each with their own weekday ----------------------------------------------------------


def test_ordinals_each_with_their_own_weekday() -> None:
    text = "Meets on the first Friday and third Saturday of the month from 10am."
    found = parse_when(text, today=date(2019, 10, 29))
    assert found.recurrence == "FREQ=MONTHLY;BYDAY=1FR,3SA"
    assert found.start is not None and found.start.startswith("2019-11-01T10:00")
    german = parse_when("am ersten Freitag und dritten Samstag im Monat", today=date(2019, 10, 29))
    assert german.recurrence == "FREQ=MONTHLY;BYDAY=1FR,3SA"
    both = parse_when(
        "9-10am monthly on the second Saturday for men and on the last Saturday for women.",
        today=date(2017, 10, 16),
    )
    assert both.recurrence == "FREQ=MONTHLY;BYDAY=2SA,-1SA"
    assert both.start is not None and both.start.startswith("2017-10-28T09:00")


# --- a genitive weekday, an ellipsis after a bare day -----------------------------------------------


def test_a_genitive_weekday_in_es_and_a_bare_day_before_an_ellipsis() -> None:
    today = date(2014, 7, 23)
    found = parse_when("der Abend des letzten Donnerstages im Monat", today=today)
    assert found.recurrence == "FREQ=MONTHLY;BYDAY=-1TH"
    assert wall_clock_when("Wir sehen uns am 31. …", today) == ("2014-07-31", None)


# --- a rule's last day alone -----------------------------------------------------------------------


def test_a_rules_last_day_alone_starts_with_the_rules_next_day() -> None:
    today = date(2015, 7, 20)
    text = "Wir sind bis zum 08.08.2015 jeden Donnerstag ab 19 Uhr dort."
    assert wall_clock_when(text, today) == ("2015-07-23T19:00", "2015-08-08")
    assert wall_clock_when("Bis 30.11. jeden Dienstag 18-20 Uhr Training", today) == (
        "2015-07-21T18:00",
        "2015-11-30T20:00",
    )


# --- a weekday and its clock in brackets -----------------------------------------------------------


def test_a_weekday_and_its_clock_in_brackets() -> None:
    text = "Rufen Sie an unter 0178 1603960 (Mi, 10-11 Uhr). Wir besprechen dann gemeinsam alles Weitere."
    assert wall_clock_when(text, date(2025, 9, 10)) == ("2025-09-10T10:00", "2025-09-10T11:00")


# --- hours from a day on, on a weekday -------------------------------------------------------------


def test_hours_from_a_day_on_begin_on_their_weekday() -> None:
    today = date(2025, 12, 15)
    assert wall_clock_when("Erreichbar ab 5.1.2026: Mittwoch 10-11 Uhr", today) == (
        "2026-01-07T10:00",
        "2026-01-07T11:00",
    )
    assert wall_clock_when("Ab 5.1.2026: Montag 10-11 Uhr", today) == (
        "2026-01-05T10:00",
        "2026-01-05T11:00",
    )


# --- a software release ----------------------------------------------------------------------------


def test_a_software_release_is_no_event() -> None:
    text = "Wir planen dieses Release am 16.04.2017 zum Stable zu machen."
    assert wall_clock_when(text, date(2017, 4, 10)) == (None, None)
    party = "Release-Party für die neue Version am 5. Mai um 20 Uhr"
    assert wall_clock_when(party, date(2017, 4, 10)) == ("2017-05-05T20:00", None)


# --- sign-up opening -------------------------------------------------------------------------------


def test_the_day_sign_up_opens_is_no_event() -> None:
    today = date(2025, 9, 11)
    assert wall_clock_when("Anmeldung in der Bibliothek ab 01.Oktober.", today) == (None, None)
    # a desk opening at a clock on the day keeps it
    assert wall_clock_when("Anmeldung in der Halle ab 1. Oktober um 9 Uhr", today) == (
        "2025-10-01T09:00",
        None,
    )


# --- afternoons ------------------------------------------------------------------------------------


def test_weekday_afternoons_are_a_weekly_rule() -> None:
    found = parse_when("We meet on Sunday afternoons at 4pm.", today=date(2020, 9, 17))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=SU"


# --- ordinal–weekday pairs joined by slashes ---------------------------------------------------


def test_slash_joined_ordinal_weekday_pairs_are_a_monthly_rule() -> None:
    found = parse_when("1st Friday / 3rd Saturday from 10am", today=date(2019, 10, 29))
    assert (found.start, found.recurrence) == (
        "2019-11-01T10:00:00+01:00",
        "FREQ=MONTHLY;BYDAY=1FR,3SA",
    )
    found = parse_when("1. Freitag / 3. Samstag ab 10 Uhr", today=date(2019, 10, 29))
    assert found.recurrence == "FREQ=MONTHLY;BYDAY=1FR,3SA"
    # one pair alone, without a month word or cue, stays no rule
    assert parse_when("1st Friday from 10am", today=date(2019, 10, 29)).recurrence is None


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (250, "Group for the over 50s"),
        (250, "Ladies bible study and fellowship group. Meets on alternate"),
        (250, "A fortnightly group for the over 50s"),
        (250, "Alternate Thursdays"),
        (250, "Alternate Wednesdays"),
        (250, "Friday at 6:15pm"),
        (250, "Tuesday at 9:30am"),
        (250, "Update, May 11th"),
        (250, "Update, July 20th"),
        (248, "1. Freifunk Treffen im Juli"),
        (248, "Freifunk Treffen im"),
        (249, "Termin im Dezember"),
        (248, "Die Freifunker sind am Sonntag"),
        (250, "Ladies bible study and fellowship group. Meets on the first"),
        (250, "9-10am monthly"),
        (250, "Our monthly men's and ladies breakfasts"),
        (248, "Per sofort ist der Abend"),
        (248, "Wir sehen uns am 31."),
        (248, "Wir sind bis zum 08.08.2015"),
        (249, "Am einfachsten telefonisch"),
        (249, "📞 Reguläre Erreichbarkeit"),
        (248, "Wie einige möglicherweise"),
        (248, "Sofern keine weiteren Probleme"),
        (249, "Anmeldung in der Stadtbibliothek Vegesack"),
        (250, "We are now meeting in person"),
        (250, "1st Friday / 3rd Saturday"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
