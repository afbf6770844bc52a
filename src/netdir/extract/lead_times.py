"""The start time a list states once, in its lead, for every row below it.

A concert season's page says above its accordion „Der Konzertbeginn ist um 19:00 Uhr. Der Einlass
öffnet eine halbe Stunde vor Konzertbeginn.“ and each panel title names only the day („10. Mai
2025 / Chaos und Paukenschlag“). A reader takes 19:00 for every concert. When no row of a list
states a time of its own and a short paragraph just before the list (its container's preceding
siblings, a few levels up) states when everything begins („Konzertbeginn ist um 19:00 Uhr“,
„Beginn jeweils 20 Uhr“, „Alle Veranstaltungen beginnen um 19.30 Uhr“), each dated row takes that
time; its date's provenance says so. Doors („Einlass“) open no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord

# („Der Monatsstammtisch startet immer gegen 9:15.“: a clock with a colon needs no „Uhr“.)
_SHARED_START = re.compile(
    r"\b(?:(?:konzert|veranstaltungs|vorstellungs|programm)?beginn\s*[:：]?\s*(?:ist\s+)?"
    r"|(?:beginnen|starten|beginnt|startet)\s+)"
    r"(?:(?:alle|jeweils|immer|stets|grundsätzlich)\s+)*(?:um\s+|ab\s+|gegen\s+)?"
    r"(?:(?P<time>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\b"
    r"|(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:]))",
    re.I,
)
#: Provenance suffix of a date text whose time the list's lead states.
FROM_LEAD = " + time:the list's lead"
_LEVELS = 3  # the list's container and two around it
_SIBLINGS = 4  # elements before it on each level
_LEAD_CHARS = 400  # a lead paragraph, not an article


def times_from_the_lead(group: list[RawRecord], first: LexborNode) -> list[RawRecord]:
    """``group`` (one listing's rows, ``first`` its first row's node) with the lead's time."""
    dated = [r for r in group if r.start is None and r.date_text and names_a_day(r.date_text)]
    if not dated or any(r.date_text and TIME_LIKE.search(r.date_text) for r in group):
        return group
    time = _lead_time(first)
    if time is None:
        return group
    add_shared_time(dated, f"{time} Uhr", FROM_LEAD)
    return group


def add_shared_time(records: list[RawRecord], time: str, where: str) -> None:
    """Each record's date text with the time the list states once; its provenance says where."""
    for record in records:
        record.date_text = f"{record.date_text}, {time}"
        record.field_sources["date_text"] = (
            record.field_sources.get("date_text", "listing:") + where
        )


def _lead_time(first: LexborNode) -> str | None:
    for text in lead_texts(first, _SIBLINGS):
        if match := _SHARED_START.search(text):
            return match.group("time") or match.group("clock")
    return None


def lead_texts(first: LexborNode, siblings: int, chars: int = _LEAD_CHARS) -> Iterator[str]:
    """The texts of the short elements (up to ``chars``) before a list (``first`` its first
    row's node): up to ``siblings`` elements before its container on each of a few levels,
    nearest first."""
    container = first.parent
    for _ in range(_LEVELS):
        if container is None:
            return
        sibling = container.prev
        seen = 0
        while sibling is not None and seen < siblings:
            if sibling.is_element_node:
                seen += 1
                text = visible_text(sibling)
                if len(text) <= chars:
                    yield text
            sibling = sibling.prev
        container = container.parent
