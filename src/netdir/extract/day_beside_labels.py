"""An event page's day as a bare line beside its labelled facts: „Samstag, 10. Oktober 2020“ /
„Zeit: 8:15 Uhr bis 17:30 Uhr“ / „Ort: Alte Kaserne Winterthur“ — the day needs no label when
the lines right after it label the event's time or place, however far below the heading the
block stands (the invitation's prose between them)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.date_cues import search_date_phrase
from netdir.extract.event_page_labels import Fact

# What may follow the date on its line: a full stop, a comma before nothing, spaces.
_TRAILING = " .,;"


def day_beside_the_labels(
    lines: list[tuple[str, LexborNode | None]], facts: dict[str, Fact]
) -> Fact | None:
    """The line right above the first labelled time or place, when it is a date and nothing
    else („Samstag, 10. Oktober 2020“) and it names a day; ``None`` otherwise. A heading is no
    such line: a day set as the heading over labelled facts is the heading readers' case."""
    labelled = [fact.index for key, fact in facts.items() if key in ("time", "place")]
    if not labelled:
        return None
    index = min(labelled) - 1
    if index < 0 or index >= len(lines):
        return None
    text, block = lines[index]
    if block is not None and block.tag in HEADING_TAGS:
        return None
    stripped = text.strip()
    match = search_date_phrase(stripped)
    if match is None or match.start() != 0 or stripped[match.end() :].strip(_TRAILING):
        return None
    if not names_a_day(match.group(0)):
        return None
    return Fact(match.group(0), "date line above the labelled facts", index)
