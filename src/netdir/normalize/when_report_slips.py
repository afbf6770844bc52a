"""A report's day just past whose weekday does not fit it: the weekday is the slip, not the year.

A club posts its report of a trial on 4 October 2006: „Am Samstag den 29.09. vertrat nur der
7jährige Moritz Putz … die Trialtruppe des MSC.“ — 29 September 2006 was a Friday, and the
weekday alone fits 29 September 2007, a day a year after the post. A report tells of what has
happened: when its yearless day lies in the fortnight before the day it was written and the
sentence is told in the past, that day is meant and its weekday is off (``when_value
.year_matching_weekday`` would move it a year). A day further back, or one in a sentence not
told in the past, still takes the year its weekday names („Mo., 14. Dezember“ in a programme
read in January).
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE
from netdir.normalize.when_value import safe_date

# A sports or club report's strong past verbs that ``PAST_TENSE`` (shared with other checks)
# does not list: „vertrat … die Trialtruppe“, „stießen … dazu“, „gewann“, „lief“.
_REPORTED = lazy_re.compile(
    r"\b(?:vertrat|vertraten|trat|traten|stieß|stießen|lief|liefen|gewann|gewannen|fuhr|fuhren"
    r"|belegte|belegten|erreichte|erreichten|holte|holten)\b",
    FLAGS,
)
#: How long before the report the day it tells of may lie for the report to be of that week.
_JUST_PAST = timedelta(days=14)


def weekday_slip_of_a_report(text: str, year: int, month: int, day: int, ref: date) -> bool:
    """Whether the yearless day (nearest in ``year``) lies within a fortnight before ``ref`` in
    a text told in the past, so that a weekday beside it that does not fit is a slip."""
    found = safe_date(year, month, day)
    if found is None or not timedelta(0) < ref - found <= _JUST_PAST:
        return False
    return PAST_TENSE.search(text) is not None or _REPORTED.search(text) is not None
