"""A period's last day written without its closing dot: "Winterfahrplan (01.10. bis 31.03)",
"vom 01.10. - 31.03": after a first day with its dot, "DD.MM" is the last day (not a clock: a
valid day and month, no "Uhr" or minutes after it), so the dot is put back."""

from __future__ import annotations

import re

from netdir.normalize.when_grammar import FLAGS

_OPEN_END = re.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\s*(?:bis|-|–)\s*"
    r"(?P<end>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?![\d.:])(?!\s*(?:uhr|h)\b)",
    FLAGS,
)


def closed_period_end(text: str) -> str:
    """``text`` with the closing dot of a period's last day put back where it was left out."""
    return _OPEN_END.sub(lambda m: m[0] + ".", text)
