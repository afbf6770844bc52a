"""A yearless day whose year the text named before with its month: "Im Mai 2017 nahm der Chor am
Kirchentag teil. Am 25.5. durften wir … singen." The one month and year named earlier is the day's
when the day falls in that month; the day is written out with the year ("25.5.2017")."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

# (not a whole date's month and year: "09. Juli 2020 Hi@HSZG … am 15.07.")
_MONTH_YEAR = lazy_re.compile(
    r"(?<!\d\.\s)(?<!\d\.)(?<!\d\s)\b(?P<mn>"
    + MONTH_ALT
    + r")\.?\s+(?P<y>(?:19|20)\d\d)\b(?![./-]\d)",
    FLAGS,
)
_BARE_DAY = lazy_re.compile(
    r"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\.\s?(?P<m>1[0-2]|0?[1-9])\.(?!\s*\d)"
)
_ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def with_year_before(text: str) -> str:
    """``text`` with its yearless "25.5." written as "25.5.2017" when the one month and year named
    before it ("Im Mai 2017") is that day's month and no other year stands in the text; unchanged
    otherwise."""
    named = list(_MONTH_YEAR.finditer(text))
    if len(named) != 1:
        return text
    bare = _BARE_DAY.search(text, named[0].end())
    if bare is None or int(bare["m"]) != MONTHS[named[0]["mn"].lower()]:
        return text
    if len(_ANY_YEAR.findall(text)) != 1:
        return text
    return f"{text[: bare.end()]}{named[0]['y']}{text[bare.end() :]}"
