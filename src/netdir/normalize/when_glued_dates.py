"""Two whole dates glued by a dot: „14. 07. 2012.29. 07. 2012“ — a calendar plugin's day range
(WordPress Events Manager's „Date(s)“ line) with its separator lost. The first date ends with its
year, so a dot glued to it and to the next day closes no day or month: it stands where the range's dash
was (a dot followed by a space may end a sentence, so that stays)."""

from __future__ import annotations

from netdir import lazy_re

# A whole German date, its parts dotted and maybe spaced: „14. 07. 2012“, „14.07.2012“.
_DATE = r"(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:19|20)\d\d"
_GLUED = lazy_re.compile(r"(?<![\d.])(?P<first>" + _DATE + r")\.(?P<last>" + _DATE + r")(?![\d.])")
#: How many dots two glued whole dates have at least (two each and the glue).
_DOTS = 5


def glued_dates_parted(text: str) -> str:
    """``text`` with a dot between two whole dates read as the dash of their range."""
    if text.count(".") < _DOTS:
        return text
    return _GLUED.sub(lambda m: f"{m['first']} - {m['last']}", text)
