"""extract/time_elements.midnight_beside_its_clock and prose_times across a sentence's verb."""

from __future__ import annotations

from netdir.extract.prose_times import prose_time
from netdir.extract.time_elements import midnight_beside_its_clock


def test_a_midnight_stamp_beside_a_shown_clock_stands_for_the_day() -> None:
    assert midnight_beside_its_clock("2021-06-20T00:00:00+02:00", "20. Juni 11:30 – 16:00 Uhr 2021")
    assert midnight_beside_its_clock("2021-06-20T00:00", "20. Juni, 19 Uhr")
    assert not midnight_beside_its_clock("2021-06-20T00:00:00+02:00", "20. Juni 2021")
    assert not midnight_beside_its_clock("2021-06-20T00:00", "20. Juni, 00:00 Uhr")
    assert not midnight_beside_its_clock("2021-06-20T19:00:00+02:00", "20. Juni, 19 Uhr")
    assert not midnight_beside_its_clock("2021-06-20", "20. Juni, 19 Uhr")


def test_the_clock_after_the_day_across_the_sentences_verb() -> None:
    line = "Der Geburtstagsgottesdienst am Montag, dem 24. August, wird um 11 Uhr übertragen."
    assert prose_time([line], "24. August") == "11 Uhr"
    line = "Der Jugendgottesdienst am Freitag, dem 28. August, findet um 20 Uhr im Saal statt."
    assert prose_time([line], "28. August") == "20 Uhr"
    line = "sowie für den Festgottesdienst am Sonntag, dem 30. August, der um 11 Uhr beginnt."
    assert prose_time([line], "30. August") == "11 Uhr"
