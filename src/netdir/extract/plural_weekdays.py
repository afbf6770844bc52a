"""A weekday in the plural: „Wednesdays“, „mittwochs“ — the day a series meets on, no name.

A seminar's post says „When: Wednesdays (Jan. 24, Feb. 7, Feb. 21, & Mar. 7) from 1pm to 2pm“:
the weekday in the plural over the days it falls on. The days are the series' sessions, each on
its own day (``event_page._separate_days``); the weekday left over once the days are read names
none of them (``listing._one_per_listed_day``: the page's own name does).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_PLURAL = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s)"
)
# „Wednesdays (Sept. 20, Oct. 4, …)“, „mittwochs (12.3., 26.3. …)“: the weekday over its days.
_OVER_LISTED_DAYS = lazy_re.compile(rf"^{_PLURAL}\s*\(", re.IGNORECASE)
_ALONE = lazy_re.compile(rf"^{_PLURAL}$", re.IGNORECASE)


def opens_with_listed_weekdays(text: str) -> bool:
    """Whether ``text`` opens with a weekday in the plural and the bracket of its days."""
    return _OVER_LISTED_DAYS.match(text.strip()) is not None


def only_a_plural_weekday(text: str) -> bool:
    """Whether ``text`` is a weekday in the plural and nothing else („Wednesdays“)."""
    return _ALONE.match(text.strip()) is not None
