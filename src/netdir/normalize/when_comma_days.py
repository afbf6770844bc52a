"""Days of one month written as bare numbers joined by commas: „21,22,23 April“; English
ordinals listed before their month: „2nd, 3rd, 4th & 5th October 2026“."""

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


_ORDINAL = rf"{_DAY}(?:st|nd|rd|th)"
# „JUST LACE - 4 Day Workshop: 2nd, 3rd, 4th & 5th October 2026“: three or more English
# ordinals, commas between them and „&“/„and“ before the last, right before a month's name. Only
# the last two read as a pair („4th & 5th October“) gave the workshop's last two days; written
# as the German list „2., 3., 4. und 5. Oktober“ the days are read as German lists are
# (``when_day_lists``: days that follow each other are one run from the first to the last).
_ORDINAL_LIST = lazy_re.compile(
    rf"(?<![\w.,])(?P<days>(?:{_ORDINAL}\s*,\s*){{2,}}{_ORDINAL}|(?:{_ORDINAL}\s*,\s*)+{_ORDINAL}"
    rf",?\s+(?:&|and)\s+{_ORDINAL})\s+(?=(?:{MONTH_ALT})\b)",
    FLAGS,
)
# „4th, and 5th“: the serial comma before the last day, which the German lists do not write.
_SERIAL_COMMA = lazy_re.compile(r",\s+(?P<and>&|and)\b", FLAGS)
_SUFFIX = lazy_re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", FLAGS)


def ordinal_list_dotted(text: str) -> str:
    """``text`` with each ordinal of a listed run of English ordinals before a month dotted."""
    if "," not in text:
        return text
    return _ORDINAL_LIST.sub(
        lambda found: _SERIAL_COMMA.sub(r" \g<and>", _SUFFIX.sub(".", found["days"])) + " ", text
    )
