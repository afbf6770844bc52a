"""A clock moved to another: "der Termin … wurde von 09:30 Uhr auf 11:00 Uhr verlegt", "the start
was moved from 7:30 pm to 6:30 pm", „Der Talk … findet morgen _nicht_ um 10 Uhr sondern um 15 Uhr
statt“ (round 290). The old clock is no longer the offering's; only the new one is kept, so a day
named later in the text takes it."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|a\.?m\.?|p\.?m\.?)?"
_MOVED = lazy_re.compile(
    r"\bvon\s+(?P<old>" + _CLOCK + r")\s+auf\s+(?=" + _CLOCK + r"[^.!?;]{0,40}?"
    r"\b(?:verlegt|verschoben|vorverlegt|vorgezogen|geändert|umgestellt)\b)"
    r"|\b(?:moved|changed|shifted)\s+from\s+(?P<old_en>" + _CLOCK + r")\s+to\s+(?=" + _CLOCK + r")",
    FLAGS,
)
# „_nicht_ um 10 Uhr sondern um 15 Uhr“: the clock denied (emphasis marks kept by the text)
_NOT_BUT = lazy_re.compile(
    r"(?<![\w])[_*]{0,2}nicht[_*]{0,2}\s+(?:um|ab)\s+" + _CLOCK + r"\s*,?\s*sondern\s+"
    r"(?=(?:erst\s+)?(?:um|ab)\s+\d)",
    FLAGS,
)


def new_clock_only(text: str) -> str:
    """The text without the old clock of a clock moved to a new one (unchanged otherwise)."""
    if "sondern" in text:
        text = _NOT_BUT.sub("", text)
    return _MOVED.sub(lambda m: "auf " if m["old"] is not None else "moved to ", text)
