"""A run's label line, „Laufzeit: 23.8 - 13.9, Di-Fr 13-17“ (a gallery's summer show, round 236):
after „Laufzeit:“, „Zeitraum:“ or „Ausstellungsdauer:“ the two numbers joined by a dash are days of
months however they are dotted (the closing dots left out, not decimals as „23.8 km“ would be), and
the hours after a weekday range („Di-Fr 13-17“) are clocks without their „Uhr“. The line is given its
dots and its „Uhr“, then read as any run with its weekly hours („23.8. - 13.9., Di-Fr 13-17 Uhr“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT

# The label, then a day and month without the closing dot, a dash, another such day and month.
_UNDOTTED_RUN = lazy_re.compile(
    r"(?P<label>\b(?:laufzeit|zeitraum|ausstellungsdauer)\s*:\s*)"
    r"(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)(?![\d.])\s*-\s*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)(?![\d.])"
    # („Zeitraum: 1.5 - 2.5 km“: decimals of a measure)
    r"(?!\s*(?:km|m|cm|mm|kg|g|t|l|ml|h|std|min|%|€|euro|mio|jahre?n?)(?![^\W\d_]))",
    FLAGS,
)
# A weekday range, then hours „13-17“ with no „Uhr“, no minutes and no dot after them.
_BARE_WEEKDAY_HOURS = lazy_re.compile(
    r"(?P<days>\b(?:" + WD_ALT + r")\.?\s*-\s*(?:" + WD_ALT + r")\.?\s+)"
    r"(?P<h1>[012]?\d)\s*-\s*(?P<h2>[012]?\d)(?![\d.:]|\s*(?:uhr|h)\b)",
    FLAGS,
)


def run_label_dotted(text: str) -> str:
    """The text with a run label's days dotted and its weekday hours given „Uhr“ (see the module)."""
    if ":" not in text:
        return text
    found = _UNDOTTED_RUN.search(text)
    if found is None or not _month_days(found):
        return text
    dotted = f"{found['label']}{found['d1']}.{found['m1']}. - {found['d2']}.{found['m2']}."
    text = text[: found.start()] + dotted + text[found.end() :]
    return _BARE_WEEKDAY_HOURS.sub(_with_uhr, text, count=1)


def _month_days(found: re.Match[str]) -> bool:
    """Whether both numbers pairs are a day of a month (1-31, 1-12)."""
    return all(
        1 <= int(found[day]) <= 31 and 1 <= int(found[month]) <= 12
        for day, month in (("d1", "m1"), ("d2", "m2"))
    )


def _with_uhr(found: re.Match[str]) -> str:
    if not (0 <= int(found["h1"]) < int(found["h2"]) <= 24):
        return found.group(0)
    return f"{found['days']}{found['h1']}-{found['h2']} Uhr"
