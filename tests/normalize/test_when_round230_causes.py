"""Causes found by held-out date rounds 230-232 (tests/normalize/date_strings_heldout_round230.yaml …232).

- „Ab heute bis 12.3.2020 gibt es …“: a period from the page's day on — „ab heute“ before a
  „bis <day>“ is written as that day: ``when_from_today``.
- „Die Posten hängen vom 23. Feb. 21 bis 9. März.“: a run's first day with its month and a
  two-digit year, the last without a year — the number is the year: ``when_short_years``.
- „… hängen bis ca 8.4.21“, „vom 29.3. bis ca. 8.4.“: „ca.“ between „bis“ and a period's last
  day goes: ``when_approximate_ends``.
- „ab 24.12 um 9:00“: a padded day and month after „ab“, the month's dot left out before its
  clock, is a day (as after „am“): ``when_clean``.
- „Kienberg 2024-04-21 (11:00) - 2024-04-28 (17:00)“: both ends' clocks in brackets are their
  days' clocks: ``when_bracket_clocks``.
- „In der Karwoche“: Holy Week, Palm Sunday to Holy Saturday: ``when_holy_week``.
- „In der Nacht vom 22. auf 23. April 1945 heulten gegen 2:00 Uhr nachts die Sirenen“: a clock
  in the small hours of a two-day night is on its second day: ``when_night_clock``.
- „Wer sich bis 28.12. per WhatsApp … meldet, kommt in die Verlosung“: whoever reports by a day,
  however long the clause, names a deadline: ``when_signup``.
- „Nistkasteneinsatz am Sternensee vom März 2020“, posted in May: a label's past month after
  „vom“ is no coming period: ``when_past_month_label``.
- „… und auch nicht im Herbst nachgetragen“: a season or month denied: ``when_negated_period``.
- „2017-01-01 Einladung“: a day before a document's name alone dates the document:
  ``when_document_days``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- from today until a day --------------------------------------------------------------------


def test_from_today_until_a_day_is_that_period() -> None:
    text = "Ab heute bis 12.3.2020 gibt es ein Fixpostennetz mit zwei Strecken im Krenwald!"
    assert wall_clock_when(text, date(2020, 1, 27)) == ("2020-01-27", "2020-03-12")
    # the page's own day, not the reading day, is „heute“
    found = parse_when(text, today=date(2020, 6, 1), page_date=date(2020, 1, 27))
    assert (found.start, found.end) == ("2020-01-27", "2020-03-12")


def test_from_now_on_until_a_sign_up_day_stays_a_sign_up() -> None:
    # „ab sofort“ opens a sign-up, its last day is no period's end (round 34)
    text = "Die Anmeldung für einen Stand ist ab sofort bis zum 13. April 2025 unter info@example.org möglich."
    assert wall_clock_when(text, date(2025, 3, 20)) == (None, None)


# --- a period's ends written loosely -------------------------------------------------------------


def test_a_two_digit_year_after_the_first_days_month() -> None:
    text = "Die Posten hängen vom 23. Feb. 21 bis 9. März."
    assert wall_clock_when(text, date(2021, 2, 20)) == ("2021-02-23", "2021-03-09")


def test_about_before_the_last_day_keeps_the_end() -> None:
    assert wall_clock_when("ab Montag 29.3.21 bis ca. 8.4.21", date(2021, 3, 28)) == (
        "2021-03-29",
        "2021-04-08",
    )
    assert wall_clock_when("vom 29.3. bis ca 8.4.", date(2021, 3, 28)) == (
        "2021-03-29",
        "2021-04-08",
    )


def test_about_before_a_clock_still_reads_the_clock() -> None:
    text = "Samstag 29. April, 9:50 - ca. 16:30 Uhr"
    assert wall_clock_when(text, date(2017, 4, 2)) == ("2017-04-29T09:50", "2017-04-29T16:30")


def test_a_padded_day_after_ab_before_its_clock() -> None:
    text = "Um uns die Zeit bis zur Bescherung zu verkürzen gibt es ab 24.12 um 9:00 einen Christkindl OL."
    assert wall_clock_when(text, date(2020, 12, 23)) == ("2020-12-24T09:00", None)


@pytest.mark.parametrize(
    "text",
    [
        "Kienberg 2024-04-21 (11:00) - 2024-04-28 (17:00)",
        "21.04.2024 (11 Uhr) bis 28.04.2024 (17 Uhr)",
    ],
)
def test_bracketed_clocks_of_both_ends(text: str) -> None:
    assert wall_clock_when(text, date(2024, 4, 20)) == ("2024-04-21T11:00", "2024-04-28T17:00")


def test_a_bare_number_in_brackets_is_no_clock() -> None:
    assert wall_clock_when("21.04. (11) - 28.04. (17)", date(2024, 4, 20)) == ("2024-04-21", None)


# --- feasts and nights ---------------------------------------------------------------------------


def test_holy_week_is_palm_sunday_to_holy_saturday() -> None:
    text = "In der Karwoche im Krenwald trainieren. Von Nina geplant von Edi ausgehängt."
    assert wall_clock_when(text, date(2023, 3, 31)) == ("2023-04-02", "2023-04-08")
    # read after it, the next year's
    assert wall_clock_when("Training in der Karwoche", date(2023, 4, 10)) == (
        "2024-03-24",
        "2024-03-30",
    )


def test_a_small_hours_clock_of_a_night_is_on_its_second_day() -> None:
    text = "In der Nacht vom 22. auf 23. April 1945 heulten gegen 2:00 Uhr nachts die Sirenen."
    assert wall_clock_when(text, date(2025, 11, 7)) == ("1945-04-23T02:00", None)


def test_an_evening_clock_of_a_night_stays_on_its_first_day() -> None:
    text = "In der Nacht vom 22. auf 23. April 2026 um 22 Uhr"
    assert wall_clock_when(text, date(2026, 4, 1)) == ("2026-04-22T22:00", "2026-04-23")


# --- days that are no event's ------------------------------------------------------------------


def test_whoever_reports_by_a_day_names_a_deadline() -> None:
    text = (
        "Wer sich bis 28.12. per WhatsApp an Katharina mit Angabe der fehlenden Posten und – bei "
        "Bahnen mittel und lang – mit Angabe der Zeit meldet, kommt in die Verlosung eines Preises."
    )
    found = parse_when(text, today=date(2020, 12, 13))
    assert (found.start, found.end, found.deadline) == (None, None, "2020-12-28")


def test_a_labels_past_month_after_vom_is_no_period() -> None:
    assert wall_clock_when("Nistkasteneinsatz am Sternensee vom März 2020", date(2020, 5, 31)) == (
        None,
        None,
    )
    # a month ahead, or a range from it, keeps its period
    assert wall_clock_when("Ausstellung vom März 2020", date(2020, 2, 1)) == (
        "2020-03-01",
        "2020-03-31",
    )
    assert wall_clock_when("Ausstellung vom März 2020 bis Mai 2020", date(2020, 5, 31)) == (
        "2020-03-01",
        "2020-05-31",
    )


def test_a_denied_season_is_no_period() -> None:
    text = "Salzburger Schulcup (wird zur Gänze gestrichen und auch nicht im Herbst nachgetragen)"
    assert wall_clock_when(text, date(2020, 3, 22)) == (None, None)
    # „nicht erst im Herbst“ still names the autumn
    assert wall_clock_when("Der Kurs findet nicht erst im Herbst statt", date(2020, 3, 22)) == (
        "2020-09-01",
        "2020-11-30",
    )


def test_a_day_before_a_documents_name_dates_the_document() -> None:
    found = parse_when("2017-01-01 Einladung", today=date(2017, 2, 5))
    assert (found.start, found.published) == (None, "2017-01-01")
    # naming more keeps the day
    assert wall_clock_when("2017-01-01 Einladung zur Hauptversammlung", date(2016, 12, 1)) == (
        "2017-01-01",
        None,
    )


# --- the real strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (230, "Nistkasteneinsatz am Sternensee"),
        (231, "2017-01-01 Einladung"),
        (231, "Salzburger Schulcup"),
        (231, "Ab heute bis 12.3.2020"),
        (231, "Die Posten hängen vom 23. Feb. 21"),
        (231, "Um uns die Zeit bis zur Bescherung"),
        (231, "Wer sich bis 28.12."),
        (231, "In der Karwoche"),
        (231, "Kienberg 2024-04-21"),
        (232, "In der Nacht vom 22. auf 23. April 1945"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
