"""extract/next_sentence_clock: the hour that opens the sentence after the day's."""

from __future__ import annotations

import pytest

from netdir.extract.next_sentence_clock import OpeningClock, clock_opening_the_next_sentence
from netdir.extract.prose_times import prose_time
from tests.extract.realpage_inspect import inspect_corpus_page

_DAY = "Samstag, 7. Juni 2025"
_VISIT = f"Am {_DAY} besuchen wir das Erinnerungsort BADEHAUS in Wolfratshausen-Waldram."


def test_the_hour_opening_the_next_sentence_is_the_start() -> None:
    line = f"{_VISIT} Um 14 Uhr haben wir die Gelegenheit, den Ort kennen zu lernen."
    assert clock_opening_the_next_sentence(line, _DAY) == OpeningClock("14 Uhr", "14 Uhr")
    assert clock_opening_the_next_sentence(f"{_VISIT} Ab 9.30 Uhr gibt es Kaffee.", _DAY) == (
        OpeningClock("9.30 Uhr", "9.30 Uhr")
    )
    said = f"{_VISIT} Franz Kümmerle, zweiter Vorsitzender, startet um 14 Uhr mit der Führung."
    assert clock_opening_the_next_sentence(said, _DAY) == OpeningClock("14 Uhr", "14 Uhr")


def test_no_hour_from_later_sentences_a_timed_day_or_a_bare_number() -> None:
    later = f"{_VISIT} Wir fahren mit dem Auto. Um 18 Uhr gibt es Abendessen."
    assert clock_opening_the_next_sentence(later, _DAY) is None
    timed = f"Am {_DAY} um 10 Uhr besuchen wir das Museum. Um 14 Uhr gibt es Kaffee."
    assert clock_opening_the_next_sentence(timed, _DAY) is None
    assert clock_opening_the_next_sentence(f"{_VISIT} Um 14 haben wir Zeit.", _DAY) is None
    assert clock_opening_the_next_sentence("Um 14 Uhr geht es los.", _DAY) is None  # no day
    # the last sentence: nothing after it
    assert clock_opening_the_next_sentence(_VISIT, _DAY) is None


def test_prose_time_takes_it_only_when_no_start_or_meeting_is_said() -> None:
    line = f"{_VISIT} Um 14 Uhr haben wir die Gelegenheit zu einer Führung."
    assert prose_time([line], _DAY) == "14 Uhr"
    assert prose_time([line, "Wir treffen uns um 13:15 Uhr am Bahnhof."], _DAY) == "13:15 Uhr"


def test_the_oberammergau_outings_start_at_the_hour_of_the_next_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Both pages of the Historischer Verein Oberammergau tell the BADEHAUS outing's hour in the
    sentence after its day (and the open-monument day's tour in a sentence of starting)."""
    (badehaus,) = inspect_corpus_page(capsys, "zola-hv-oberammergau-badehaus-2025")
    assert badehaus["start"] == "2025-06-07T14:00:00+02:00"
    assert badehaus["location"] == "Erinnerungsort BADEHAUS in Wolfratshausen-Waldram"
    programme = inspect_corpus_page(capsys, "zola-hv-oberammergau-jahresprogramm-2025")
    starts = {record["title"]: record["start"] for record in programme}
    assert starts["Erinnerungsort BADEHAUS in Wolfratshausen-Waldram"] == (
        "2025-06-07T14:00:00+02:00"
    )
    assert starts["historischen Führung – Tags des offenen Denkmals"] == (
        "2025-09-14T14:00:00+02:00"
    )


def test_hours_opening_the_next_sentence_give_the_start() -> None:
    # Held-out batch 77: a town guide's flea market („… findet … statt. Von 6 bis 15 Uhr können
    # dort interessierte Bürger alles erstehen …“).
    market = "Am Samstag, den 25.05.2019 findet der Maiflohmarkt auf dem Festplatz statt."
    line = f"{market} Von 6 bis 15 Uhr können dort Bürger alles erstehen."
    assert clock_opening_the_next_sentence(line, "25.05.2019") == (
        OpeningClock("6 bis 15 Uhr", "6 Uhr")
    )
    between = f"{_VISIT} Zwischen 10 und 12 Uhr ist Zeit."
    assert clock_opening_the_next_sentence(between, _DAY) == OpeningClock("10 und 12 Uhr", "10 Uhr")
    twice = f"{_VISIT} Von 9:30 Uhr - 12 Uhr ist offen."
    assert clock_opening_the_next_sentence(twice, _DAY) == OpeningClock(
        "9:30 Uhr - 12 Uhr", "9:30 Uhr"
    )
    # no „Uhr“ at all: two numbers, no hours („Von 6 bis 15 können …“)
    assert (
        clock_opening_the_next_sentence(f"{market} Von 6 bis 15 können alle kaufen.", "25.05.2019")
        is None
    )


def test_the_flea_market_starts_at_the_next_sentences_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-dieburg-veranstaltungen-2019")
    assert [(r["title"], r["start"]) for r in records] == [
        ("Flohmarkt", "2019-05-25T06:00:00+02:00")
    ]
