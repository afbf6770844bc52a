"""Causes found by held-out date rounds 221-223 (tests/normalize/date_strings_heldout_round221.yaml …223).

- A weak verb's past in -te right beside its weekday („Am Sonntag wartete …“, „glänzte am
  Samstag …“) and the strong „halfen“ tell the weekday just past, not the coming one:
  ``when_weekday_preterite``, ``when_relative``.
- A weekly rule begun on a weekday („Ab Mittwoch (29.11.17) findet dann wöchentlich der Kurs …
  statt“) keeps that weekday: ``when_recurrence``.
- „am Heiligmorgen“ is Christmas Eve: ``when_feasts``.
- A newspaper's issue compounded with its acronym („in der GEA-Ausgabe vom 24.12.2021“) and a
  quoted article's dateline closed by the paper's name („Mittwoch, 29. März 2023 - Reutlinger
  General-Anzeiger“) are publication days: ``when_press_dates``.
- A job advertised from a day („Stellenausschreibung Chefköch*in ab 01.05.2025“) names no event's
  day: ``when_job_offers``.
- An imperative to apply for or send something by a day („Beantrage die Briefwahl bis zum …“,
  „Schicke den … Steckbrief bis zum 1. Juni an …“) is a deadline: ``when_requests_by``.
- A line opening with the week's parity („geraden Wochen dienstags …“) is every other week:
  ``when_week_parity``.
- „ab März“ in a sentence offering something from a coming month starts on its first day:
  ``when_periods``.
- A season without its year in a sentence about something to come („… die … im Herbst
  stattfinden soll“) is the coming (or current) season: ``when_coming_season``.
- A period that is over told in the perfect („haben … im Herbst 2018 die Ausbildung …
  angefangen“) is history, as in the past tense: ``when``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import heldout_cases, score


def _day(text: str, today: date) -> str | None:
    found = parse_when(text, today=today, day_first=True)
    return found.start[:10] if found.start else None


# --- a weekday told in the past beside its verb ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        # a Monday's report: the Sunday and Saturday just gone
        ("Am Sonntag wartete eine lange Schlange vor dem Saal.", date(2018, 9, 24), "2018-09-23"),
        (
            "Unser Trainer glänzte am Samstag mit einer tollen Leistung.",
            date(2020, 10, 8),
            "2020-10-03",
        ),
        ("Allein am Samstag halfen 18 Jugendliche mit.", date(2020, 1, 28), "2020-01-25"),
    ],
)
def test_a_weekday_beside_a_weak_past_has_passed(text: str, today: date, day: str) -> None:
    assert _day(text, today) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the present, an ordinal and an adjective in -te keep the coming Saturday
        ("Am Samstag feiern wir das Sommerfest.", "2020-10-10"),
        ("Am Samstag erste Runde im Pokal.", "2020-10-10"),
        ("Die nächste am Samstag ist ausverkauft.", "2020-10-10"),
    ],
)
def test_no_past_beside_the_weekday_keeps_the_coming_one(text: str, day: str) -> None:
    assert _day(text, date(2020, 10, 8)) == day


# --- a weekly rule begun on a weekday -----------------------------------------------------------


def test_a_weekly_rule_begun_on_a_weekday_keeps_it() -> None:
    found = parse_when(
        "Ab Mittwoch (29.11.17) findet dann wöchentlich der Kurs statt.",
        today=date(2017, 11, 27),
        day_first=True,
    )
    assert (found.start, found.recurrence) == ("2017-11-29", "FREQ=WEEKLY;BYDAY=WE")


# --- Heiligmorgen ------------------------------------------------------------------------------


def test_heiligmorgen_is_christmas_eve() -> None:
    assert _day("Am Heiligmorgen besuchten wir den Weihnachtscircus.", date(2021, 12, 24)) == (
        "2021-12-24"
    )
    assert _day("Am Heiligmorgen öffnet der Laden von 8 bis 12 Uhr.", date(2021, 11, 24)) == (
        "2021-12-24"
    )


# --- press: an issue and a dateline -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wie in der GEA-Ausgabe vom 24.12.2021 zu lesen war:",
        "Mittwoch, 29. März 2023 - Reutlinger General-Anzeiger",
    ],
)
def test_a_papers_issue_or_dateline_is_no_event(text: str) -> None:
    found = parse_when(text, today=date(2023, 4, 12), day_first=True)
    assert found.start is None
    assert found.published is not None


@pytest.mark.parametrize(
    "text",
    [
        "Mittwoch, 29. März 2023 - Konzert im Gemeindehaus",
        "Die Lebensmittelausgabe vom 12.05.2023 fällt aus.",
    ],
)
def test_a_title_or_a_food_banks_issue_keeps_its_day(text: str) -> None:
    assert _day(text, date(2023, 4, 12)) is not None


# --- a job from a day ----------------------------------------------------------------------------


def test_a_job_offered_from_a_day_is_no_event() -> None:
    assert _day("Stellenausschreibung Chefköch*in ab 01.05.2025", date(2025, 1, 29)) is None
    assert _day("Die Ausstellung ist ab 01.05.2025 geöffnet.", date(2025, 1, 29)) == "2025-05-01"


# --- a request by a day ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "deadline"),
    [
        (
            "Bald sind Gremienwahlen! Beantrage die Briefwahl bis zum 02.09.2020 um 14 Uhr hier",
            date(2020, 8, 29),
            "2020-09-02",
        ),
        (
            "Schicke den ausgefüllten Steckbrief bis zum 1. Juni an uns, wir kümmern uns um den Rest!",
            date(2021, 5, 17),
            "2021-06-01",
        ),
    ],
)
def test_a_request_to_apply_or_send_by_a_day_is_a_deadline(
    text: str, today: date, deadline: str
) -> None:
    found = parse_when(text, today=today, day_first=True)
    assert (found.start, found.end) == (None, None)
    assert (found.deadline or "")[:10] == deadline


def test_a_run_until_a_day_keeps_its_end() -> None:
    found = parse_when("Die Ausstellung läuft bis zum 1. Juni.", today=date(2021, 5, 17))
    assert found.end is not None and found.end[:10] == "2021-06-01"


# --- parity at a line's start ------------------------------------------------------------------------


def test_a_line_opening_with_the_weeks_parity_is_every_other_week() -> None:
    found = parse_when(
        "geraden Wochen dienstags von 17:30 Uhr bis 18:30 Uhr", today=date(2021, 6, 9)
    )
    assert (found.start or "")[:16] == "2021-06-15T17:30"  # week 24, even
    assert found.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"


# --- from a coming month -------------------------------------------------------------------------------


def test_from_a_coming_month_starts_on_its_first_day() -> None:
    found = parse_when(
        "Das Kolpinghaus bietet ab März wieder regelmäßig Volleyball an.", today=date(2019, 2, 19)
    )
    assert (found.start, found.end) == ("2019-03-01", None)
    # a month counted back from another year stays none
    assert (
        _day(
            "Anfragen werden ab Oktober des vorhergehenden Jahres entgegen genommen.",
            date(2024, 3, 1),
        )
        is None
    )


# --- a coming season --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2021, 6, 6), "2021-09-01", "2021-11-30"),
        (date(2021, 9, 6), "2021-09-01", "2021-11-30"),  # under way: this autumn
        (date(2021, 12, 6), "2022-09-01", "2022-11-30"),  # over: the next
    ],
)
def test_a_season_named_for_something_to_come_is_the_coming_one(
    today: date, start: str, end: str
) -> None:
    found = parse_when("Die nächste Bücherbörse soll im Herbst stattfinden.", today=today)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Wir werden auf vielfachen Wunsch im Herbst/Winter wieder um 15 Uhr beginnen.",
        "Die Premiere findet jedes Jahr im Herbst statt.",
        "Im Herbst fand die Börse statt.",
    ],
)
def test_seasons_joined_yearly_or_past_name_no_coming_season(text: str) -> None:
    found = parse_when(text, today=date(2021, 6, 6))
    assert found.precision != "season"


# --- a past period told in the perfect -------------------------------------------------------------------


def test_a_period_over_told_in_the_perfect_is_history() -> None:
    told = "Die drei haben im Herbst 2018 die Ausbildung zusammen angefangen."
    assert _day(told, date(2019, 2, 19)) is None
    # the period still ahead keeps its season
    assert _day("Wir haben im Herbst 2019 eine Reise geplant.", date(2019, 2, 19)) == "2019-09-01"


# --- the real strings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case",
    heldout_cases(
        221, {"Am Sonntag wartete", "Allein am Samstag", "Unser Mitarbeiter", "Ab Mittwoch"}
    )
    + heldout_cases(221, {"Glücklicherweise bietet", "Nach dem Motto"})
    + heldout_cases(
        222, {"Am Heiligmorgen", "Alle Besucher*Innen", "Mittwoch, 29. März", "Stellen"}
    )
    + heldout_cases(222, {"So sehen wir uns"})
    + heldout_cases(223, {"Bald sind", "Schicke den", "geraden Wochen"}),
    ids=lambda case: case.text[:40],
)
def test_the_real_strings_are_read_as_their_reader_reads_them(case) -> None:  # type: ignore[no-untyped-def]
    assert score(case)[0], case.text
