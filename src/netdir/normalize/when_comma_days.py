"""Days of one month written as bare numbers joined by commas: „21,22,23 April“."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# „Seine Frau Sabine wird 21,22,23 April nicht … auf der Bühne stehen“: three or more day numbers
# joined by commas (no dots, no spaces needed) right before a month's name are that month's days,
# written as „21., 22., 23. April“ (two numbers with a comma may be a decimal: „2,5 Mai“ is none,
# but three are not).
_COMMA_DAYS = lazy_re.compile(
    rf"(?<![\w.,])(?P<days>(?:{_DAY},\s?){{2,}}{_DAY})\s+(?=(?:{MONTH_ALT})\b)", FLAGS
)


def comma_days_dotted(text: str) -> str:
    """``text`` with each day of a comma-joined run of bare day numbers before a month dotted."""
    if "," not in text:
        return text
    return _COMMA_DAYS.sub(
        lambda found: ", ".join(f"{day.strip()}." for day in found["days"].split(",")) + " ",
        text,
    )
