"""The line above a box of dates says when the doors are open on each of them: „Wir haben von
11 - 14 Uhr für euch geöffnet“.

A repair café's start page shows its next Saturdays as counter boxes — „26.07“ / „Juli“ /
„Samstag“ — under a heading („Nächste Termine 2025“) and one line that holds for all of them:
„Wir haben von 11 - 14 Uhr für euch geöffnet“. The boxes name their day, not the hours; the line
does, once. A line among the few elements right above the boxes' container (under the section's
heading) that says when something is open — „geöffnet“ or „offen“ with one span of clock hours
(„von 11 - 14 Uhr“, „von 10 bis 13 Uhr“), naming no day, weekday or month of its own (opening
hours by weekday are a house's week, not these days') — gives each box that names one day and
no clock those hours.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.date_cues import MONTH_WORD, WEEKDAY_WORD, iter_date_phrases, search_date_like
from netdir.extract.element_siblings import element_siblings

_LOOKED = 3  # elements right above the container looked at for its line
_LINE_CHARS = 160
_SECTION_HEADINGS = ("h1", "h2")  # the section's heading: nothing above it is the boxes' line
_OPEN = lazy_re.compile(r"\b(?:geöffnet|offen|öffnen|Öffnungszeit(?:en)?)\b", re.IGNORECASE)
# „von 11 - 14 Uhr“, „von 10 bis 13 Uhr“, „von 9:30–12:00 Uhr“: one span of clock hours.
_SPAN = lazy_re.compile(
    r"\bvon\s+(?P<span>\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\s*)?(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*Uhr)",
    re.IGNORECASE,
)
_CLOCKS = lazy_re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*Uhr")
# „17.10. – 19.12.2026“, „vom 3. bis 5. Mai“: a run of days, whose hours a line does not give.
_RUN = lazy_re.compile(r"\d\.?\s*(?:–|-|bis)\s*\d|\bbis\b", re.IGNORECASE)


def opening_hours_above(row: LexborNode) -> str | None:
    """The hours („11 - 14 Uhr“) a line right above the container of ``row`` says something is
    open; None when no such line stands there."""
    container = row.parent
    if container is None:
        return None
    for node in element_siblings(container, "prev", _LOOKED):
        if node.tag in _SECTION_HEADINGS:
            return None
        hours = _hours_of(" ".join((node_text(node) or "").split()))
        if hours is not None:
            return hours
    return None


def _hours_of(text: str) -> str | None:
    if not text or len(text) > _LINE_CHARS or not _OPEN.search(text):
        return None
    if search_date_like(text) or any(_names_a_weekday_or_month(word) for word in text.split()):
        return None  # „Di–So 10–18 Uhr geöffnet“: a house's week, not the boxes' days
    spans = _SPAN.findall(text)
    if len(spans) != 1 or len(_CLOCKS.findall(text)) > 2:
        return None
    return " ".join(spans[0].split())


def _names_a_weekday_or_month(word: str) -> bool:
    """„Di–So“, „Samstags“, „Juli“: a word of the week or the year (a span's both ends read)."""
    return any(
        WEEKDAY_WORD.match(part)
        or MONTH_WORD.match(part)
        or WEEKDAY_WORD.match(part.removesuffix("s"))
        for part in re.split(r"[–/-]", word.strip(".,:;()"))
        if part
    )


def names_one_day(date_text: str) -> bool:
    """Whether ``date_text`` names one day („26.07 Juli Samstag“), not a run of days."""
    phrases = list(iter_date_phrases(date_text))
    return len(phrases) == 1 and names_a_day(date_text) and not _RUN.search(date_text)
