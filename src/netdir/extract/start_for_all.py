"""The hour a sentence above a programme states for all its meetings.

A society's calendar says once, above its lecture days, when every meeting begins: „All meetings
start at 20:00 and last approximately 90 minutes.“, „All lectures begin at 7.30pm.“ The day lines
below give no hour of their own; a reader goes at that hour on each of them (a line that states
its own hour keeps it). The length („approximately 90 minutes“) is an estimate, no end.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# („7.30pm.“: the sentence's full stop is no part of „pm“; „p.m.“ keeps its own.)
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]m\b|[ap]\.\s?m\.)?"
# „All meetings start at 20:00“, „All our lectures begin at 7.30pm“, „Every meeting starts at …“
_ALL_START = lazy_re.compile(
    r"\b(?:all\s+(?:of\s+)?(?:our\s+|the\s+)?(?:meetings|lectures|talks|sessions|events)"
    r"|every\s+(?:meeting|lecture|talk|session))\s+"
    r"(?:start|starts|begin|begins|commence|commences)\s+(?:promptly\s+)?at\s+"
    rf"(?P<clock>{_CLOCK})(?![\w:])",
    re.IGNORECASE,
)
# A clock needs minutes or am/pm: „at 8“ alone may be a count.
_CLOCK_SHAPE = lazy_re.compile(r"[:.]\d{2}|[ap]\.?\s?m", re.I)


def start_for_all(text: str) -> str | None:
    """The clock ``text`` says all meetings start at, as written; None without one."""
    match = _ALL_START.search(" ".join(text.split()))
    if match is None or not _CLOCK_SHAPE.search(match["clock"]):
        return None
    return re.sub(r"\s+", " ", match["clock"]).strip()
