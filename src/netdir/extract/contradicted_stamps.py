"""A ``<time datetime>`` whose own text states another day with its year: the text is what
the reader sees, the attribute a template's leftover.

A collection's exhibitions page shows „<time datetime="2011-01-12">18. Mai - 19. Juni 2009</time>“
on every card, the same ``2011-01-12`` beside four different runs: the theme's sample value, never
filled in. When the shown text names a whole date (with its year) and that date's day is not the
attribute's day, the attribute does not date the block; the text does. A text without a year, or
one naming the attribute's own day („Nov 11 2023“ beside „2023-11-11“), leaves the attribute as
the start (its clock and zone say more than the text).
"""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import has_year
from netdir.normalize.when import parse_when


def contradicted(machine: str, shown: str | None) -> bool:
    """Whether ``shown`` (the element's text) names, with its year, a day other than the one
    the ``datetime`` value ``machine`` starts with."""
    if not shown or not has_year(shown):
        return False
    try:
        stamped = date.fromisoformat(machine[:10])
    except ValueError:
        return False
    start = parse_when(shown, today=stamped).start
    return start is not None and start[:10] != stamped.isoformat()
