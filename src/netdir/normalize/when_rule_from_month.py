"""The month a rule starts in: "ab April | ehemalige Schule | Nordic-Walking (Montags)" read in
January holds from April on, so its next day is April's first Monday, not January's next one; a
year written beside the rule ("Kalender 2020 | ab April …") is the month's."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

# "ab April", "ab Mitte Oktober", "ab März 2027" — not a day of the month ("ab April 5") and not what opens then
# for signing up or buying ("Anmeldung ab März", "Karten ab Mai").
_FROM_MONTH = lazy_re.compile(
    r"(?<!nmeldung\s)(?<!nmeldungen\s)(?<!arten\s)(?<!orverkauf\s)(?<!uchung\s)(?<!uchungen\s)"
    r"\bab\s+(?:(?P<part>anfang|mitte)\s+)?(?P<mn>" + MONTH_ALT + r")\b(?!\.?\s*\d{1,2}\b)",
    FLAGS,
)
_YEAR = lazy_re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?![\d.])")


def rule_start_month(text: str, today: date) -> date | None:
    """The first day of the month a rule starts in ("ab April"), the 15th for "ab Mitte …"; None
    when the text names no such month, or one that began up to six months ago (the rule runs
    already). Its year is the one the text writes, else the month's next one."""
    if "ab " not in text.lower():
        return None
    match = _FROM_MONTH.search(text)
    if match is None:
        return None
    month = MONTHS[match["mn"].lower()]
    years = {int(y["y"]) for y in _YEAR.finditer(text)}
    if len(years) == 1:
        year = years.pop()
    elif years:
        return None  # two years: which one the month is in is not told
    elif (month - today.month) % 12 > 6:
        return None  # "ab April" read in May: the rule runs already
    else:
        year = today.year + (month < today.month)
    return date(year, month, 15 if match["part"] and match["part"].lower() == "mitte" else 1)
