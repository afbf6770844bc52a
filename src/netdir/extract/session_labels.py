"""A line in capitals over the row's own bold name labels the session, not the point.

A congress's programme groups its rows into blocks, and the first row of each block opens with
the block's label in capitals before the point's own bold name::

    10.30 Uhr | <b>GRUNDLAGEN ERHALTEN</b> / <b>Moderation</b> / <a>Dieter Hütte</a>, … /
                <b>Wettbewerbsvorteil Nachhaltigkeit</b> / <a>Prof. Peter Wippermann</a>, …
    13.15 Uhr | <b>VERANTWORTUNG ÜBERNEHMEN</b> / <b>Eine kleine CSR-Reise: …</b> / …

The capitals name the block (its next rows carry no label); the bold name of some words after
it names the talk or panel of this row. A row whose capitals are followed only by one-word
role labels („Moderation“, „Begrüßung“) is named by its capitals („HERZLICH WILLKOMMEN“).
"""

from __future__ import annotations

_MIN_NAME_WORDS = 2


def in_capitals(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (and it has some)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def name_under_the_label(names: list[str]) -> str | None:
    """The row's own name among its bold lines in page order: the first one, unless it is in
    capitals and a later one of some words is not — then that one. None without names."""
    if not names:
        return None
    first = names[0]
    if not in_capitals(first):
        return first
    for name in names[1:]:
        if len(name.split()) >= _MIN_NAME_WORDS and not in_capitals(name):
            return name
    return first
