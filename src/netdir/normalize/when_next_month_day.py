"""A day of the month told as the next one to come, „Wir treffen uns am nächsten 16. zum Quatschen
und Plaudern.“ (a club meeting on each month's 16th, round 271): the coming 16th, as „am 16.“ is
read. „nächsten“ between the article and the bare day hid the day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# „am nächsten 16.“, „zum nächsten 3.“: only a day's number with its dot and no further digit
# („am nächsten 16.05.“ keeps its month as written; „die nächsten 3 Tage“ has no dot)
_NEXT_DAY_OF_MONTH = lazy_re.compile(
    r"\b(?P<art>am|zum|bis\s+zum)\s+nächsten\s+(?=(?:[12]?\d|3[01])\.(?![\d]))", FLAGS
)


def next_month_day_plain(text: str) -> str:
    """``text`` with „am nächsten 16.“ written „am 16.“ (see the module docstring)."""
    if "chsten" not in text:
        return text
    return _NEXT_DAY_OF_MONTH.sub(r"\g<art> ", text)
