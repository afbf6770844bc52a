"""A programme line under its day's heading ("Freitag 2.6.2023 ab 17:00 | 18:30 Pfarrer … lädt uns
in seinem Vortrag ein"): the heading names the day and when the evening begins, the line its own
item and the clock it starts at. The line's clock is the item's; the heading's clock, which would
otherwise win as the text's first, is dropped (the heading's day stays)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# The line opens with a clock ("18:30", "18.30 Uhr", "9:30 - 14:00") and goes on with words.
_LINE_CLOCK = lazy_re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:-|–|bis)\s*\d{1,2}[:.]\d{2})?(?:\s*uhr)?\s+[^\W\d_]",
    FLAGS,
)
# A heading's clock: "ab 17:00", "um 17.00 Uhr", ", 17:00 Uhr".
_HEADING_CLOCK = lazy_re.compile(
    r"\s*(?:,\s*|\b(?:ab|um|from|at)\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?(?![\d:.])", FLAGS
)
# The heading names a day: "2.6.2023", "2.6.", "2. Juni".
_HEADING_DAY = lazy_re.compile(r"\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]{3,})", FLAGS)


def with_line_clock(text: str) -> str:
    """``text`` without its heading's clock when its last cell opens with its own clock."""
    if " | " not in text:
        return text
    *headings, line = text.split(" | ")
    if _LINE_CLOCK.match(line) is None:
        return text
    kept = []
    changed = False
    for heading in headings:
        # only a heading that names a day and one clock: its clock is the evening's start
        clocks = _HEADING_CLOCK.findall(heading)
        if len(clocks) == 1 and _HEADING_DAY.search(heading) is not None:
            heading = _HEADING_CLOCK.sub("", heading).strip()
            changed = True
        kept.append(heading)
    return " | ".join([*kept, line]) if changed else text
