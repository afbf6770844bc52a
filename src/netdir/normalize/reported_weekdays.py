"""A past weekday in a post's prose is the post's own week, not the week the page is read in.

A lab's home page keeps its news as sections, each a month line, a heading and prose; one post
reports „Am Montag Abend fand im Wikipedia-Kontor der erste Feinstaub-Workshop … statt.“ under
„Mai 2017“. The weekday says which Monday to someone reading the post the week it went up; read
two years later, it named the Monday before the page's day, a workshop that never was. A listing
row's prose that names its day only by a weekday told in the past (no day number, no month) gives
the row no day: the week it counts from is unknown.
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when_grammar import PAST_TENSE
from netdir.normalize.when_relative import parse_bare_weekday
from netdir.normalize.when_value import When


def only_a_reported_weekday(prose: str, parsed: When, today: date) -> bool:
    """Whether ``parsed`` (``prose`` read on ``today``) is only a weekday the prose reports in
    the past („Am Montag Abend fand … statt“): the Monday before ``today``, no written day."""
    if PAST_TENSE.search(prose) is None:
        return False
    weekday = parse_bare_weekday(prose, today)
    return weekday is not None and weekday.start == parsed.start
