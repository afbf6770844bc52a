"""when_rain: the day an event moves to in bad weather is not its day."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when_mentions import find_mentions
from netdir.normalize.when_rain import is_rain_date


def _rainy(text: str) -> list[bool]:
    mentions, _ = find_mentions(text, True, date(2024, 9, 14))
    return [is_rain_date(text, mention) for mention in mentions]


def test_the_weathers_day_is_recognised() -> None:
    assert _rainy("Bei Schlechtwetter wird auf 5. Oktober verschoben") == [True]
    assert _rainy("Flohmarkt am 28. September, bei Regen am 5. Oktober") == [False, True]
    assert _rainy("Sommerfest am 5. Juli, Regentermin: 12. Juli") == [False, True]


def test_an_ordinary_day_is_not_a_rain_date() -> None:
    assert _rainy("Wir treffen uns am 5. Oktober zum Wandern") == [False]
    assert _rainy("Der Regen hörte auf. Am 5. Oktober geht es weiter") == [False]
