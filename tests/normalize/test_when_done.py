"""when_done: days a text says are already done give way to the later sentence's day."""

from __future__ import annotations

from netdir.normalize.when_done import without_done_days


def test_days_of_rounds_already_won_are_blanked_before_the_coming_one() -> None:
    text = (
        "Den Kreisentscheid am 17.05.2015 konnte bereits gewonnen werden. "
        "Somit tritt die Mannschaft am 13.09.2015 an."
    )
    cleared = without_done_days(text)
    assert "17.05.2015" not in cleared
    assert "13.09.2015" in cleared


def test_a_done_sentence_without_a_later_day_keeps_its_days() -> None:
    text = "Das Turnier am 17.05.2015 ist bereits vorbei. Danke an alle Helfer."
    assert without_done_days(text) == text


def test_a_sentence_without_bereits_is_untouched() -> None:
    text = "Am 17.05.2015 spielen wir in Wiesbaden. Am 13.09.2015 in Lorsch."
    assert without_done_days(text) == text
