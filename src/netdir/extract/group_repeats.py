"""A later group's card that repeats an earlier group's event on its day, without the hour.

A Schützenverein's home page shows the next events as three cards and all of them again in an
„Alle Termine“ box; read as two groups, the box's „Volkstrauertag“ took its hour from the prose
(„… um 8:30 Uhr beim Alten Wirt …“) and the cards' copy, read as one block, only its day. The
featured strip's „24 Jun, 22:00“ beside the list's „Wed 24 Jun, 22:00“ was already one show; the
same name on the same day without any hour, after a group that timed it, is that event told
once more, not a second one. (Within one group the same name twice on a day stays: two
showings the page lists.)
"""

from __future__ import annotations

Key = tuple[str, str | None]  # (title, the start its date text names)


def timed_days(keys: list[Key]) -> set[tuple[str, str]]:
    """(title, day) of each key whose start has an hour."""
    return {(title, when[:10]) for title, when in keys if when is not None and "T" in when}


def is_untimed_repeat(key: Key, timed: set[tuple[str, str]]) -> bool:
    """Whether ``key`` names a day without an hour on which an earlier group timed its title."""
    title, when = key
    return when is not None and "T" not in when and (title, when[:10]) in timed
