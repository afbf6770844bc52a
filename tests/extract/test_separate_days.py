"""A run of days that a sentence of the same text says are separate sessions
(src/netdir/extract/separate_days.py)."""

from __future__ import annotations

from datetime import date

from netdir.extract.separate_days import days_the_prose_separates

WRITTEN = date(2014, 8, 14)
LABEL = "Samstag, 20. September & Sonntag 21. September 2014, ab 14:00 Uhr"


def test_a_sentence_that_says_jeweils_of_the_runs_days_separates_them() -> None:
    # hexo-shackspace-events-2015-02: the SMD workshop on each of two days (before: one weekend).
    lines = [
        "Beim SMD Löt-Workshop wird ein 3D LED Cube gelötet.",
        "Am Samstag den 20. und Sonntag den 21. September 2014 jeweils ab 14 Uhr gibt es wieder"
        " etwas für Feinmotoriker.",
    ]
    assert days_the_prose_separates(LABEL, lines, WRITTEN) == [
        "Samstag 20. September 2014, ab 14 Uhr gibt es wieder etwas für Feinmotoriker.",
        "Sonntag 21. September 2014, ab 14 Uhr gibt es wieder etwas für Feinmotoriker.",
    ]


def test_a_sentence_naming_the_run_as_one_or_other_days_does_not() -> None:
    # No „jeweils“: the two days are one weekend's, as the label reads them.
    one_weekend = ["Am Samstag den 20. und Sonntag den 21. September 2014 gibt es etwas."]
    assert days_the_prose_separates(LABEL, one_weekend, WRITTEN) is None
    # Separate days, but not the run's: another workshop the post mentions.
    others = ["Am 4. und 5. Oktober 2014 jeweils ab 14 Uhr folgt der Mikrocontroller-Workshop."]
    assert days_the_prose_separates(LABEL, others, WRITTEN) is None


def test_a_single_day_is_no_run_to_separate() -> None:
    lines = ["Am Samstag den 20. und Sonntag den 21. September 2014 jeweils ab 14 Uhr …"]
    assert days_the_prose_separates("Samstag, 20. September 2014, 14 Uhr", lines, WRITTEN) is None
