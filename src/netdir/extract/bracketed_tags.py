"""A bracketed word that most rows of a list carry after their names: a field, not the name.

A club's meeting list writes each meeting's theme with the word of the day after it::

    Tuesday 14th June 2022 / One year later  [Escapade]
    Tuesday 24th May 2022  / “Practice makes the master.”  [Obvious]
    Tuesday 10th May 2022  / Annual General Meeting and Moment of Truth

A reader names the meeting by its theme; the bracketed word is another column of the row that the
markup set beside it. A list shows that when most of its titles (at least three) end in one word
in square brackets and every such word is another — a word repeated over the rows („[Online]“,
„[Workshop]“) sorts them and stays, and so does a status or a format („[cancelled]“, „[hybrid]“),
which says something of the event itself.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

_MIN_TAGGED = 3
_TAG = lazy_re.compile(r"\s*\[\s*(?P<word>[^\[\]\s]{2,30})\s*\]\s*$")
_KEEP = frozenset(
    {
        "online", "hybrid", "live", "virtual", "cancelled", "canceled", "postponed", "new",
        "full", "abgesagt", "ausgebucht", "verschoben", "neu", "entfällt", "tba", "tbc", "tbd",
    }
)  # fmt: skip


def drop_bracketed_tags(records: list[RawRecord]) -> None:
    """End the titles of ``records`` before the bracketed word most of them carry, each a
    different one (see the module docstring)."""
    tags = {id(record): match for record in records if (match := _tag_of(record.title))}
    words = [match["word"].casefold() for match in tags.values()]
    if len(words) < _MIN_TAGGED or 2 * len(words) < len(records) or len(set(words)) < len(words):
        return
    if any(word in _KEEP for word in words):
        return
    for record in records:
        match = tags.get(id(record))
        if match is not None and record.title is not None:
            record.title = record.title[: match.start()].rstrip()
            record.field_sources["title"] = (
                f"{record.field_sources.get('title', '')} (bracketed word of each row dropped)"
            )


def _tag_of(title: str | None) -> re.Match[str] | None:
    match = _TAG.search(title) if title else None
    return match if match is not None and match.start() > 0 else None
