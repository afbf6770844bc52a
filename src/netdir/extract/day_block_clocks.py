"""A festival week's overview („25.07.2024 - Bieranstich“, one line a day) above one block per day
that tells the day's start: „<h2>25.07.2024</h2><h2>Donnerstag</h2><h3>Bieranstich mit <br>
Kapelle Josef Menzl</h3><h5>Beginn 19.30 Uhr</h5>“ (a village association's carousel of slides,
held-out German batch 161).

The overview's lines are the listing — each day once, named as the page names it — and carry no
clock. A row whose day is a full date without a clock takes the start its day's own block labels:
a block elsewhere on the page that holds that one full date, names the row's event and says
„Beginn 19.30 Uhr“ („Einlass 17.30Uhr - Beginn 18.00Uhr“: the start, not the doors). Only a
labelled start counts, and only for a day that one row of the list holds."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.lead_times import add_shared_time
from netdir.records import RawRecord

#: Provenance suffix of a row's time that its day's own block labels as the start.
FROM_DAY_BLOCK = " + time:the start its day's own block labels"
_BEGIN = lazy_re.compile(
    r"\bBeginn\s*:?\s*(?:um\s+|ab\s+)?(?P<clock>(?:[01]?\d|2[0-3])[.:][0-5]\d)\s*Uhr", re.I
)
_FULL_DAY = lazy_re.compile(
    r"(?<![\d.])(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d(?!\d)"
)
_UP = 4  # the start's line, its column, its row, its slide
_BLOCK_CHARS = 600  # one day's block, not the whole programme
_NAME_WORD = 3  # the name's words that count: „BVU“, „Brass“, „Night“


def clocks_from_the_days_blocks(group: list[RawRecord], first: LexborNode) -> None:
    """Each row of ``group`` (one listing's rows, ``first`` its first row's node) whose date text
    is a bare full date takes the start its day's own block labels (see the module docstring).
    Changes ``group`` in place."""
    by_day: dict[str, list[RawRecord]] = {}
    for record in group:
        text = (record.date_text or "").strip()
        if record.title and _FULL_DAY.fullmatch(text):
            by_day.setdefault(text, []).append(record)
    if not by_day:
        return
    body = _body_of(first)
    if body is None:
        return
    for node in body.traverse(include_text=False):
        own = node.text(deep=False)
        if "Beginn" not in own:
            continue
        start = _BEGIN.search(own)
        if start is None:
            continue
        block = _block_of_one_day(node)
        if block is None:
            continue
        day, text = block
        rows = by_day.get(day, [])
        if len(rows) == 1 and _names(rows[0].title or "", text):
            add_shared_time(rows, f"{start['clock']} Uhr", FROM_DAY_BLOCK)
            del by_day[day]


def _body_of(node: LexborNode) -> LexborNode | None:
    current: LexborNode | None = node
    while current is not None and current.tag != "body":
        current = current.parent
    return current


def _block_of_one_day(node: LexborNode) -> tuple[str, str] | None:
    """The nearest block around the start's line that holds exactly one full date: that date and
    the block's text; None when the lines around hold none or several."""
    current: LexborNode | None = node
    for _ in range(_UP):
        current = current.parent if current is not None else None
        if current is None:
            return None
        text = " ".join(current.text(separator=" ").split())
        if len(text) > _BLOCK_CHARS:
            return None
        days = set(_FULL_DAY.findall(text))
        if len(days) > 1:
            return None
        if days:
            return days.pop(), text
    return None


def _names(title: str, text: str) -> bool:
    """Whether the block's text names the row: each of the title's words of three letters or more
    stands in it."""
    words = [word for word in re.findall(r"[^\W\d_][\w-]*", title) if len(word) >= _NAME_WORD]
    lowered = text.lower()
    return bool(words) and all(word.lower() in lowered for word in words)
