"""A heading's last cell holding only a day and its month without their closing dot: „Game over
for Predators || 18.6“, „Strike for Future || Überall || 21.05“ (round 289, a newsletter's
coming actions, each title with its place and day). „18.6.“ with its dot was read; without it the
number looked like a decimal or a clock. A text with „Uhr“ or a clock's colon keeps it as it is
(„Beginn | 19.30“ is no day either: no month 30)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# the cell after the last bar: the day, a dot and the month, nothing after it
_LAST_CELL_DAY = lazy_re.compile(
    r"(?<=\|)\s*(?<![\d.,])(?P<day>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))\s*$", FLAGS
)
# a clock's word or a price's or measure's word anywhere in the text
_NOT_A_DAY = lazy_re.compile(
    r"\buhr\b|\d:\d|€|\beur\b|\bchf\b|\bfr\.|\bkm\b|%|\bpreis|\bkosten|\bstand\b", FLAGS
)


def with_last_cell_day(text: str) -> str:
    """``text`` with its last cell's „18.6“ written „18.6.“ (see the module docstring)."""
    found = _LAST_CELL_DAY.search(text)
    if found is None or _NOT_A_DAY.search(text) is not None:
        return text
    return text[: found.end("day")] + "." + text[found.end("day") :]
