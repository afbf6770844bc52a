"""A weekday with a bare ordinal day whose month the text named before: "March brought our meetups
to a new level … On Monday the 2nd, Marisa Petreccia … told us about …". The one month named earlier
in the text is the day's; the day is written out with it ("Monday, March 2nd")."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT

_BARE_ORDINAL = lazy_re.compile(
    r"\b(?P<wd>" + WEEKDAY_FULL_ALT + r")\s+the\s+(?P<d>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"(?!\s+(?:of\s+)?(?:" + MONTH_ALT + r")\b)",
    FLAGS,
)
_MONTH = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\b", FLAGS)


def with_month_before(text: str) -> str:
    """``text`` with "Monday the 2nd" written as "Monday, March 2nd" when one month named before it
    (and none after) is the day's; unchanged otherwise."""
    bare = _BARE_ORDINAL.search(text)
    if bare is None:
        return text
    before = [m[0] for m in _MONTH.finditer(text, 0, bare.start())]
    if len({m.lower() for m in before}) != 1 or _MONTH.search(text, bare.end()) is not None:
        return text
    return f"{text[: bare.start()]}{bare['wd']}, {before[0]} {bare['d']}{text[bare.end() :]}"
