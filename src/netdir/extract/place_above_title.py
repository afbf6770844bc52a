"""A venue named on the line right above a card's title: „Rotunde der Bundesfinanzakademie, Brühl“
over „<h2>Max Ernst in Photographie und Plakat</h2>“.

A collection's list of its exhibitions shows each card as the venue's link, then the exhibition's
title, its subtitle and its run („18. Mai – 19. Juni 2009“); no label says which line is the
place. The line above a title is often a kicker naming the kind („Ausstellung“, „Konzert“), so
only a line that reads as a venue counts: a venue word („Siebengebirgsmuseum Königswinter“), or a
name and a known town after a comma („Rathausgalerie, Brühl“, „Galerie ON, Köln“).
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.normalize.place import known_town

_MAX_WORDS = 8  # a venue's line, not a sentence
_MAX_NAME_WORDS = 5  # the name before „, Town“


def place_above_the_title(
    lines: list[tuple[str, LexborNode | None]],
    reading: BlockReading,
    venue_line: Callable[[str], bool],
) -> None:
    """Take the line right above the block's title as its place when it names a venue
    (``venue_line``: the listing's test of a venue line, or a name and a known town)."""
    title = reading.title
    texts = [line.strip() for line, _ in lines]
    if not title or title not in texts:
        return
    at = texts.index(title)
    if at == 0:
        return
    line = texts[at - 1]
    if not line or len(line.split()) > _MAX_WORDS or names_a_day(line):
        return
    if _venue_with_town(line) or venue_line(line):
        owner = lines[at - 1][1]
        reading.location_text = line
        reading.sources["location_text"] = (
            f"listing:{owner.tag if owner else ''} line above the title"
        )


def _venue_with_town(line: str) -> bool:
    """„Rathausgalerie, Brühl“: a name (capitalised, a few words) and a known town after a comma."""
    name, comma, town = line.rpartition(",")
    name, town = name.strip(), town.strip()
    if not comma or not name[:1].isupper() or len(name.split()) > _MAX_NAME_WORDS:
        return False
    return known_town(town) is not None
