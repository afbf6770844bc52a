"""Days offered in a ``<select>`` inside an item: a programme card's "Termin auswählen" lists
every showing of its event ("Fr, 23.10.2026 · 18:00–20:00 Uhr", "Mo, 02.11.2026 · 19:00–21:00
Uhr"), while the card itself shows only the first. Each option that names a day is one
occurrence of the card's event.

A select counts only when every option names a day (a month picker "Oktober 2026" or a
committee filter does not) and the block's own date is one of its options, so a page-wide
filter that happens to sit inside a block is not read as that block's days.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text

_MIN_OPTIONS = 2
_MAX_OPTIONS = 60  # a longer list is a picker over a whole season, not one event's showings
_LEVELS = 8  # elements walked up from a select to the block that holds it


def dated_choices(body: LexborNode) -> dict[int, list[str]]:
    """Ancestor id → the option texts of the one dated select under it (read before the page's
    selects are stripped as unreadable). An ancestor holding two dated selects gets none."""
    found: dict[int, list[str]] = {}
    crowded: set[int] = set()
    for select in body.css("select"):
        texts = [clean_text(visible_text(option)) or "" for option in select.css("option")]
        if not _MIN_OPTIONS <= len(texts) <= _MAX_OPTIONS or not all(map(names_a_day, texts)):
            continue
        node = select.parent
        for _ in range(_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            if node.mem_id in found:
                crowded.add(node.mem_id)
            found[node.mem_id] = texts
            node = node.parent
    return {key: texts for key, texts in found.items() if key not in crowded}


def choices_of_block(
    choices: dict[int, list[str]], block: LexborNode, date_text: str | None
) -> list[str] | None:
    """The days the block's select offers, when the block's own date is one of them."""
    texts = choices.get(block.mem_id)
    shown = DATE_LIKE.search(date_text or "")
    if texts is None or shown is None:
        return None
    offered = {match.group(0) for text in texts if (match := DATE_LIKE.search(text))}
    return texts if shown.group(0) in offered else None
