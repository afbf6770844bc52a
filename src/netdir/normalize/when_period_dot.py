"""A day written without its closing dot: a period's last day ("Winterfahrplan (01.10. bis 31.03)",
"vom 01.10. - 31.03": after a first day with its dot) or a day next to its weekday ("September:
Donnerstag, der 13.09", "18.05 (Montag) um 17 Uhr"), a pair's second day ("Sternfahrt Wiking 18./19.10", "Tage der offenen Tür
| 10./11.05") or a period whose first day no clock can be ("Warthe- Marathon | 28.05-01.06"). "DD.MM"
there is a day (not a clock: a
valid day and month, no "Uhr" or minutes after it), so the dot is put back."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT

_OPEN_END = lazy_re.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\s*(?:bis|-|–)\s*"
    r"(?P<end>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)

# "18./19.10": a day with its dot, a slash, then the pair's second day without its closing dot.
_PAIR_OPEN_END = lazy_re.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.\s*/\s*"
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)
# "28.05-01.06": both days undotted, the first past 23 so no clock ("10.30-12.00" stays hours).
_UNDOTTED_PERIOD = lazy_re.compile(
    r"(?<![\d.:])(?P<first>(?:2[4-9]|3[01])\.(?:0?[1-9]|1[0-2]))\s*[-–]\s*"
    r"(?P<last>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)

_WEEKDAY_OPEN_DAY = lazy_re.compile(
    r"\b(?:" + WEEKDAY_FULL_ALT + r"),?\s+(?:der\s+|den\s+|dem\s+)?"
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)

# "18.05 (Montag) um 17 Uhr - Nachtwache (Vigil)": a day before its weekday in brackets.
_OPEN_DAY_WEEKDAY = lazy_re.compile(
    r"(?<![\d.:])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?=\s*\((?:"
    + WEEKDAY_FULL_ALT
    + r")\))",
    FLAGS,
)


def closed_period_end(text: str) -> str:
    """``text`` with the closing dot of a period's last day, or of a day after its weekday, put
    back where it was left out."""
    text = _OPEN_END.sub(lambda m: m[0] + ".", text)
    if "/" in text:
        text = _PAIR_OPEN_END.sub(lambda m: m[0] + ".", text)
    text = _UNDOTTED_PERIOD.sub(lambda m: f"{m['first']}.-{m['last']}.", text)
    text = _OPEN_DAY_WEEKDAY.sub(lambda m: m[0] + ".", text)
    return _WEEKDAY_OPEN_DAY.sub(lambda m: m[0] + ".", text)
