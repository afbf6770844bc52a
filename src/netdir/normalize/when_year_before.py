"""A yearless day whose year the text named before with its month: "Im Mai 2017 nahm der Chor am
Kirchentag teil. Am 25.5. durften wir … singen." The one month and year named earlier is the day's
when the day falls in that month; the day is written out with the year ("25.5.2017"). So is the
one year named by itself before a day ("Im Jahr 2005 fand der Vorspielnachmittag am Sonntag, den
13.März statt": 13. März 2005, though 13 March was a Sunday in 2011 too), or as the time of the
year ("At the end of 2023, the Chaos Communication Congress took place for the first time since
2019. From December 27 to 30, …": 27–30 December 2023; a year after "since"/"seit" is the one a
span counts from, not another year the text is about)."""

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
# "Im Jahr 2005 fand …", "In the year 2019 the fair …": a year said alone, before its day;
# "At the end of 2023, …", "Ende 2023 …": a year said as the time of the year
_YEAR_NAMED = lazy_re.compile(
    r"\b(?:im\s+jahre?|in\s+the\s+year|(?:at|by|towards?)\s+the\s+(?:end|beginning|start)\s+of"
    r"|(?:ende|anfang)(?:\s+des\s+jahres)?)\s+(?P<y>(?:19|20)\d\d)\b(?![./-]\d)",
    FLAGS,
)
_YEAR_NAMING_WORDS = ("jahr", "year", " of ", "ende ", "anfang ")  # (a text without: no search)
# "… for the first time since 2019", "seit 2019": the year a span counts from
_SINCE_YEAR = lazy_re.compile(r"\b(?:since|seit)\s+(?:dem\s+jahre?\s+)?(?:19|20)\d\d\b", FLAGS)
# "December 27 to 30", "December 4th": an English day after its month's name, no year after it
_MONTH_NAMED_DAY = lazy_re.compile(
    r"\b(?:" + MONTH_ALT + r")\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?:\s*(?:-|–|to|until|through)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?"
    r"(?![:.]\d|\s*(?:am|pm|a\.m\.|p\.m\.)|,?\s*(?:19|20)\d\d\b)",
    FLAGS,
)
# "am Sonntag, den 13.März", "am 13. März": a day with its month's name and no year after it
_NAMED_MONTH_DAY = lazy_re.compile(
    r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.\s?(?:" + MONTH_ALT + r")\b"
    # (no year after it; "3. Mai, 19 Uhr" has a clock)
    r"(?!\.?,?\s*(?:(?:19|20)\d\d|\d\d(?![:.]|\s*[uh]))\b)",
    FLAGS,
)


def with_year_before(text: str) -> str:
    """``text`` with its yearless "25.5." written as "25.5.2017" when the one month and year named
    before it ("Im Mai 2017") is that day's month and no other year stands in the text; unchanged
    otherwise."""
    named = list(_MONTH_YEAR.finditer(text))
    if len(named) != 1:
        return _with_named_year(text)
    bare = _BARE_DAY.search(text, named[0].end())
    if bare is None or int(bare["m"]) != MONTHS[named[0]["mn"].lower()]:
        return text
    if len(_ANY_YEAR.findall(text)) != 1:
        return text
    return f"{text[: bare.end()]}{named[0]['y']}{text[bare.end() :]}"


def _with_named_year(text: str) -> str:
    """``text`` with the first yearless day after "Im Jahr 2005" written with that year, when it
    is the text's only year."""
    lowered = text.lower()
    if not any(word in lowered for word in _YEAR_NAMING_WORDS):
        return text
    said = _YEAR_NAMED.search(text)
    if said is None or len(_ANY_YEAR.findall(_SINCE_YEAR.sub("", text))) != 1:
        return text
    day = _BARE_DAY.search(text, said.end()) or _NAMED_MONTH_DAY.search(text, said.end())
    if day is not None:
        gap = "" if day[0].endswith(".") else " "
        return f"{text[: day.end()]}{gap}{said['y']}{text[day.end() :]}"
    day = _MONTH_NAMED_DAY.search(text, said.end())
    if day is None:
        return text
    return f"{text[: day.end()]}, {said['y']}{text[day.end() :]}"
