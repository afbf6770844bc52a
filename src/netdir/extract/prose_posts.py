"""A news column whose posts are dated only in their prose: a post that names no day is news.

A lab's home page keeps its posts as sections — a heading, a subtitle, paragraphs of prose — and
the posts that invite say the day in a sentence („… triff uns am Mi, 28. August im Betahaus“,
„Die Fachkonferenz … findet am 8. November 2019 in Hamburg statt“). Its other posts report
(„Hamburgs jüngste Feinstaub-Experten“ after Code Week) or announce without a day („Code for
Hamburg meets C2C e.V.“ with a sign-up link): no offering a reader could go to. Where every dated
block of a list is dated by such a sentence, the blocks are posts, and one without a day is not
an offering. Lists whose rows carry their day in a field of their own keep their undated rows (a
course „Wann: Auf Anfrage“).
"""

from __future__ import annotations

from collections.abc import Sequence

from netdir.extract.block_reading import BlockReading

#: The provenance ending of a date the block states only in a sentence of its prose.
PROSE_DATE = " announcing sentence"
_MIN_POSTS = 2


def posts_dated_in_prose(readings: Sequence[BlockReading]) -> bool:
    """Whether every dated block among ``readings`` (two at least) is dated by a sentence of
    its prose (see the module docstring)."""
    dated = [reading for reading in readings if reading.date_text is not None]
    return len(dated) >= _MIN_POSTS and all(
        reading.sources.get("date_text", "").endswith(PROSE_DATE) for reading in dated
    )
