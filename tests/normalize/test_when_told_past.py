"""when_told_past: a yearless day in a sentence told in the past is the one just past (round 150)."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when_told_past import year_told_past

REPORT = "Vom 6. bis 8. Oktober beschäftigten sich die 16 Teilnehmenden mit Infrastrukturen."


def test_a_report_months_after_its_days_takes_them_from_last_year() -> None:
    assert year_told_past(REPORT, 4, 2017, 10, 6, date(2017, 5, 5)) == 2016


def test_a_day_weeks_ahead_stays_the_coming_one() -> None:
    text = "Die Kinder trafen sich, um sich auf die Runde, die am 2. Mai startet, einzustimmen."
    assert year_told_past(text, text.index("2. Mai"), 2025, 5, 2, date(2025, 4, 28)) == 2025


def test_only_the_sentence_that_holds_the_day_counts() -> None:
    text = "Das Konzert war ein Erfolg. Das nächste findet am 18. Februar statt."
    assert year_told_past(text, text.index("18."), 2017, 2, 18, date(2016, 10, 11)) == 2017


def test_a_day_set_in_the_past_is_still_to_come() -> None:
    text = "Der Termin hierfür wurde auf den 18. Februar festgelegt."
    assert year_told_past(text, text.index("18."), 2017, 2, 18, date(2016, 10, 11)) == 2017


def test_the_german_word_was_is_no_past_tense() -> None:
    text = "Dozentin Polly Heinke zeigt hierbei am 3. Mai, was möglich ist."
    assert year_told_past(text, text.index("3."), 2023, 5, 3, date(2022, 12, 1)) == 2023
