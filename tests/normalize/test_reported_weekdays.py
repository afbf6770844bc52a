"""A past weekday in a post's prose gives a listing row no day (normalize/reported_weekdays.py)."""

from __future__ import annotations

from datetime import date

from netdir.normalize.reported_weekdays import only_a_reported_weekday
from netdir.normalize.when import parse_when

TODAY = date(2019, 8, 2)  # a Friday


def _reported(prose: str) -> bool:
    return only_a_reported_weekday(prose, parse_when(prose, today=TODAY), TODAY)


def test_a_weekday_told_in_the_past_is_only_the_posts_own_week() -> None:
    assert _reported("Am Montag Abend fand im Wikipedia-Kontor der erste Feinstaub-Workshop statt.")


def test_a_written_day_or_a_coming_weekday_stays_the_rows_day() -> None:
    assert not _reported("Am Montag, 16. Oktober 2017 fand der Feinstaub-Abend statt.")
    assert not _reported("Am Montag treffen wir uns im Betahaus.")
    assert not _reported("Der Workshop fand am 3. März statt.")
