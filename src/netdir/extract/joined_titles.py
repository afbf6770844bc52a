"""Two offerings' names in one cell, joined by a line that is only „and“.

A colloquium's table gives each Tuesday one row; on a day with two student talks its title cell
holds both, „One Light, Two Light, Red Light, Green Light <br>and<br> On Estimating Generalized
Frobenius Numbers …“. A reader sees two talks on that day — the „and“ stands on a line of its own
between two names — not one talk called „… Green Light and On Estimating …“. So when a block's
title is two of its lines joined by such a line, each line is an offering of its own at the
block's day, hours and place. A short name on either side („Rock<br>and<br>Roll“, „Simon<br>&<br>
Garfunkel“) is one name set in three lines, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks

_JOINING_LINE = lazy_re.compile(r"^(?:and|und|&|\+|sowie)$", re.I)
_MIN_NAME_WORDS = 3


def titles_joined_by_a_line(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per name when the block's title is two of its lines joined by a line that is
    only „and“/„und“/„&“; [] for any other block."""
    if reading.title is None or reading.date_text is None:
        return []
    chunks = [" ".join(chunk.split()) for chunk in text_chunks(segment)]
    for first, joint, second in zip(chunks, chunks[1:], chunks[2:], strict=False):
        if not _JOINING_LINE.match(joint) or reading.title != f"{first} {joint} {second}":
            continue
        if min(len(first.split()), len(second.split())) < _MIN_NAME_WORDS:
            return []
        rest = {name: at for name, at in reading.sources.items() if name != "description"}
        joined = "listing:names joined by a line"
        return [
            replace(reading, title=first, sources={**reading.sources, "title": joined}),
            replace(reading, title=second, description=None, sources={**rest, "title": joined}),
        ]
    return []
