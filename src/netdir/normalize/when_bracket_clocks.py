"""„Kienberg 2024-04-21 (11:00) - 2024-04-28 (17:00)“: a period whose first and last day each
carry their clock in brackets.

A bracketed clock right after a day is that day's clock; beside one day the reading already
takes it, but between two days the brackets hid the second clock from the range („… (11:00) -
2024-04-28 (17:00)“ lost its end). Only when both days carry one, the brackets are dropped, so
each day stands with its clock as „2024-04-21 11:00 - 2024-04-28 17:00“ reads.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_DAY = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?)"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*uhr)?|\d{1,2}\s*uhr"  # a bare "(11)" may count anything
_BRACKETED_PERIOD = lazy_re.compile(
    rf"(?P<d1>{_DAY})\s*\((?P<c1>{_CLOCK})\)\s*(?P<join>-|bis)\s*"
    rf"(?P<d2>{_DAY})\s*\((?P<c2>{_CLOCK})\)",
    FLAGS,
)


def bracket_clocks_opened(text: str) -> str:
    """``text`` with the brackets around both ends' clocks of a period dropped."""
    if "(" not in text:
        return text

    def opened(found: re.Match[str]) -> str:
        return f"{found['d1']} {found['c1']} {found['join']} {found['d2']} {found['c2']}"

    return _BRACKETED_PERIOD.sub(opened, text)
