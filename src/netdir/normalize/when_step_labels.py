"""A run written as two labelled steps between dashes: „- 11.04.2025 - 17:00 - opening -
13.04.2025 - 23:59 - closing“ (a LAN party's list). The first step's label stands between the
start's clock and the end's day, where it hid the end: without it the text is the plain run
„11.04.2025 - 17:00 - 13.04.2025 - 23:59“ (the closing label after the end clock does no harm)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# After a clock, before a day with its month: „17:00 - opening - 13.04.2025“.
_START_STEP_LABEL = lazy_re.compile(
    r"(?<=\d:\d\d)\s*-\s*(?:opening|start|beginn|begin|eröffnung)\s*-\s*(?=\d{1,2}\.\d{1,2}\.)",
    FLAGS,
)
_LABEL_PIECES = ("pen", "tart", "egin", "röffn")


def start_step_label_dropped(text: str) -> str:
    """``text`` without the start's label between its clock and the end's day."""
    if " - " not in text or not any(piece in text for piece in _LABEL_PIECES):
        return text
    return _START_STEP_LABEL.sub(" - ", text)
