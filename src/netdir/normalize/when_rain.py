"""A rain date is not the event's day: "Bei Schlechtwetter wird auf 5. Oktober verschoben",
"Ausweichtermin bei Regen: 12. Juli" name the day the event moves to only if the weather is bad.
Beside the event's own day it is dropped; alone it names no day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention

_RAIN_BEFORE = lazy_re.compile(
    r"\b(?:bei\s+(?:schlecht(?:em)?\s*wetter|schlechtwetter|regen|unwetter)"
    r"|(?:regen|schlechtwetter|ausweich|regenersatz)[-\s]?termin|in\s+case\s+of\s+rain"
    r"|rain\s+date)\b[^.!?;]{0,40}?(?:\bauf\s+(?:den\s+)?|\bam\s+|:\s*|\s)"
    r"(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+)?$",
    FLAGS,
)
#: How far before its day the weather's condition may stand.
_REACH = 60


def is_rain_date(text: str, mention: Mention) -> bool:
    """True when ``mention`` is the day an event moves to in bad weather."""
    return _RAIN_BEFORE.search(text, max(0, mention.start - _REACH), mention.start) is not None
