"""A day heading that only labels its day names its events in the paragraph or list below it.

A conference's agenda heads each day „Tuesday 16 October 2018 (Talk)“ over that day's table,
and the days around the conference „Monday 15 October 2018 PM (pre-event)“ over one linked
paragraph („MISP Threat Intelligence Summit 0x04 at hack.lu 2018. Practical threat intelligence
…“) and „Friday 19 October 2018 (after-event)“ over a list („BSides Luxembourg“, „EU ATT&CK
community user-group meeting“). The words after the day — a part of the day, a bracketed kind —
name nothing; a reader finds the day's events below: the first sentence of the paragraph right
under the heading, or each short item of the list right under it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.sentence_ends import sentences

# „PM (pre-event)“, „(after-event)“, „(Workshops)“, „morning“: a part of the day, a bracketed
# kind of day, or both — words that label the day, not an event.
_LABEL_ONLY = lazy_re.compile(
    r"^(?:(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|all\s+day)\s*)?"
    r"(?:\([^()]{1,40}\))?$",
    re.IGNORECASE,
)
_DAY_LEAD = lazy_re.compile(r"^[^\W\d]*[,.]?\s*$")  # a weekday (or nothing) before the day
_HEADING_CHARS = 80
_NAME_CHARS = 120  # an event's name, not a paragraph's worth
_LIST_ITEMS = 6  # a day's few side events; a longer list is a list of its own


def day_and_events_below(heading: LexborNode) -> tuple[str, list[str]] | None:
    """The day a heading names and the names of the events below it, for a heading that is
    only a day and a label (see the module docstring); None otherwise."""
    text = clean_text(visible_text(heading))
    if not text or len(text) > _HEADING_CHARS:
        return None
    phrases = list(iter_date_phrases(text))
    if len(phrases) != 1 or not _DAY_LEAD.match(text[: phrases[0].start()]):
        return None
    rest = text[phrases[0].end() :].strip()
    if not rest or not _LABEL_ONLY.match(rest):
        return None
    below = next(element_siblings(heading, "next", 1), None)
    if below is None:
        return None
    names = _names_in(below)
    return (phrases[0].group(0), names) if names else None


def _names_in(block: LexborNode) -> list[str]:
    """A paragraph's first sentence, or each item of a short list, as event names."""
    if block.tag == "p":
        first = next(iter(sentences(clean_text(visible_text(block)) or "")), "")
        name = first.strip().rstrip(".")
        return [name] if _a_name(name) else []
    if block.tag in ("ul", "ol"):
        items = [
            (clean_text(visible_text(item)) or "").strip()
            for item in block.iter(include_text=False)
            if item.tag == "li"
        ]
        if not items or len(items) > _LIST_ITEMS or not all(map(_a_name, items)):
            return []
        return items
    return []


def _a_name(text: str) -> bool:
    """A short text that opens with a capital and names no day of its own."""
    return (
        bool(text)
        and len(text) <= _NAME_CHARS
        and text[:1].isupper()
        and next(iter_date_phrases(text), None) is None
    )
