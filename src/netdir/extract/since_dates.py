"""A block dated only by the day or month something has held since.

A user group's welcome section: „Wir haben uns dazu entschlossen, dass seit März 2022 neben den
virtuellen Treffen auch wieder vor Ort Termine durchzuführen.“ The month is when a state began
(„seit“, „since“) — the meetings on site again —, not the day of an offering; read alone it made
the welcome heading an event of March 2022. A block whose only date stands right after „seit“ /
„since“ (a „dem“, „Anfang“, „Mitte“, „Ende“ between them) is no offering of the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

# „seit März 2022“, „seit dem 06.09.2015“, „seit Anfang 2023“, „since May 2021“
_SINCE = lazy_re.compile(
    r"\b(?:seit|since)\s+(?:(?:dem|den|der|anfang|mitte|ende|early|late)\s+)?$", re.I
)


def dated_only_since(segment: list[LexborNode], date_text: str | None) -> bool:
    """Whether ``date_text`` stands in the block only right after „seit“ / „since“."""
    if not date_text:
        return False
    text = " ".join(node_text(node) or "" for node in segment)
    text = " ".join(text.split())
    found = list(_places_of(date_text, text))
    return bool(found) and all(_SINCE.search(text[:start]) is not None for start in found)


def _places_of(part: str, text: str) -> Iterator[int]:
    """Where ``part`` stands in ``text``, one place after another without overlap (as
    ``re.finditer`` on the escaped part, without compiling a pattern per block)."""
    start = text.find(part)
    while start != -1:
        yield start
        start = text.find(part, start + len(part))
