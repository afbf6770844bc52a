"""An end labelled with its day and a clock range ends at the range's end: „Beginn: 11.10.2024, 18:00
Uhr | Ende: 12.10.2024, 10:00 - 12:00 Uhr (Frühstück und eventuell weiteres Gaming)“ (a LAN party,
round 275) closes at 12:00 on the 12th; the range is the last morning's breakfast, not a new
start. Before, the end took the range's first clock."""

from __future__ import annotations

from dataclasses import replace

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When

# „Ende: 12.10.2024, 10:00 - 12:00 Uhr“: the label, the day, then the range's two clocks
_END_LABEL_RANGE = lazy_re.compile(
    r"\b(?:ende|end)\s*:\s*[^|:]{0,30}?\b(?P<a>[01]?\d|2[0-3])[:.](?P<am>[0-5]\d)\s*(?:uhr\s*)?"
    r"(?:-|–|bis)\s*(?P<b>[01]?\d|2[0-3])[:.](?P<bm>[0-5]\d)",
    FLAGS,
)


def with_end_label_range(text: str, found: When) -> When:
    """``found`` ending at the range's end when the labelled end's first clock was taken."""
    end = found.end or ""
    if len(end) < 16 or ("nde" not in text and "End" not in text):
        return found
    match = _END_LABEL_RANGE.search(text)
    if match is None or end[11:16] != f"{int(match['a']):02d}:{match['am']}":
        return found
    return replace(found, end=f"{end[:11]}{int(match['b']):02d}:{match['bm']}{end[16:]}")
