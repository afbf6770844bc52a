"""when_trips: a departure's day and a return's day are one period."""

from __future__ import annotations

from datetime import date

from netdir.normalize import parse_when
from netdir.normalize.when_mentions import find_mentions
from netdir.normalize.when_trips import departure_then_return


def _pair(text: str) -> bool:
    mentions, _ = find_mentions(text, True, date(2024, 1, 10))
    return departure_then_return(text, mentions[0], mentions[1])


def test_labelled_departure_and_return_join() -> None:
    assert _pair("Abfahrt Montag den 29.07.2024 um 10:00 Uhr Rückkehr Freitag den 09.08.2024")
    assert _pair("Anreise: 3. Mai 2024, Abreise: 5. Mai 2024")


def test_unlabelled_or_distant_days_stay_apart() -> None:
    assert not _pair("Probe am 3. Mai 2024 und Konzert am 5. Mai 2024")
    far = "Abfahrt 3. Mai 2024. " + "Dazwischen viel Text. " * 8 + "Rückkehr 5. Mai 2024"
    assert not _pair(far)


def test_the_return_clock_ends_the_trip() -> None:
    found = parse_when(
        "Abfahrt: Montag den 31.07.2023 um 10:00 Uhr Rückkehr: Freitag den 11.08.2023 um ca. 14:00 Uhr",
        today=date(2023, 5, 7),
    )
    assert found.start == "2023-07-31T10:00:00+02:00"
    assert found.end == "2023-08-11T14:00:00+02:00"
