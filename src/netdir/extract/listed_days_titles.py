"""A heading that names the days it lists: „Lesungen am 9. und 23.11.2013 bei Leo Luna“.

An author's card is headed „Lesungen am 9. und 23.11.2013 bei Leo Luna – Shoes for Kids“ over
„jeweils um 17 h, in der Methfesselstr. 84“: two readings, one on each day. Each day's record
kept the whole heading, days and plural included, so neither day was named as what it is — one
„Lesung bei Leo Luna – Shoes for Kids“. When the title holds the very days the record is one of,
those days leave the name, and a regular German plural of the first word („Lesungen“,
„Führungen“, „Vorträge“) becomes the one occurrence.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.heading_item_name import one_of_series

_SPACES = lazy_re.compile(r"\s+")
# „9. und “, „12.03., “, „am 3. und “: the days listed before the last full date of the run, and
# the preposition before them.
_DAYS_BEFORE = lazy_re.compile(
    r"(?:\b(?:am|vom|an\s+den)\s+)?(?:\d{1,2}\.(?:\d{1,2}\.(?:\d{2,4})?)?\s*"
    r"(?:und|u\.|,|&|/)\s*)+$",
    re.IGNORECASE,
)


def one_of_the_listed_days(title: str) -> str | None:
    """``title`` without the run of listed days it names („am 9. und 23.11.2013“), its first
    word in the singular; None when the title names no such run."""
    dates = list(DATE_LIKE.finditer(title))
    if not dates:
        return None
    last = dates[-1]
    before = _DAYS_BEFORE.search(title, 0, last.start())
    if before is None:
        return None  # one date in the name („Lesung am 17.11.2013“): no run of listed days
    rest = _SPACES.sub(" ", f"{title[: before.start()]} {title[last.end() :]}").strip(" ,:–-")
    if sum(ch.isalpha() for ch in rest) < 3:
        return None
    first, _, others = rest.partition(" ")
    one = one_of_series(first)
    return f"{one} {others}".strip() if others else one
