"""The place a route link confirms: the line right before „Anfahrt“ that the link's address names.

A choir's timeline sets under each performance's day the venue and a route link::

    Samstag, 13. Mai<br>Café MadaMe, Mehringplatz<br>
    <a href="https://www.google.com/maps/dir//Café+MadaMe,+Mehringpl.+10,+10969+Berlin/">Anfahrt</a>

The venue line is neither labelled nor classed; the link is the map's way to it, and its address
repeats the venue's words. The line between the row's day line and a link to a map or a route
(``maps`` in its address, no more than a pointer in its text) is the row's place when the link's
destination holds one of the line's longer words — the line is then the place the map shows, not
the name (the panel „März 2016“ sets its concert's name there, and the map the church: no word in
common). Only so placed: an address over several lines („197 E Fremont Ave<br>Sunnyvale, CA
94087<br><a>Map</a>“) is more than the line before the link, and its block reads it otherwise.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import css_matches, node_text, text_lines
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.title_text import is_junk_title, only_a_day

#: Provenance of a place read before its route link.
SOURCE = "listing:the line before its route link"
_MAX_PLACE_CHARS = 80
_MIN_WORD = 4
_WORD = lazy_re.compile(r"[^\W\d_]+", re.UNICODE)
# the words of a map service's own address, which any route link holds
_MAP_WORDS = frozenset(
    {"maps", "google", "apple", "place", "search", "query", "route", "directions"}
)


def place_before_its_route_link(segment: list[LexborNode], reading: BlockReading) -> None:
    """Set the row's place from the line its route link confirms (see the module docstring)."""
    routes = [
        link
        for node in segment
        for link in css_matches(node, 'a[href*="maps"]')
        if is_junk_title(node_text(link) or "")
    ]
    if not routes:
        return
    lines = [line for line, _ in text_lines(segment)]
    for link in routes:
        shown = node_text(link) or ""
        href = urlsplit(link.attributes.get("href") or "")
        address = unquote_plus(f"{href.path} {href.query}").lower()  # where to, not the map's host
        for day, before, line in zip(lines, lines[1:], lines[2:], strict=False):
            if line != shown or not only_a_day(day) or not _names_a_place(before, reading.title):
                continue
            words = {word.lower() for word in _WORD.findall(before) if len(word) >= _MIN_WORD}
            if any(word in address for word in words - _MAP_WORDS):
                reading.location_text = before
                reading.sources["location_text"] = SOURCE
                return


def _names_a_place(line: str, title: str | None) -> bool:
    return (
        0 < len(line) <= _MAX_PLACE_CHARS
        and search_date_like(line) is None
        and TIME_LIKE.search(line) is None
        and line != title
        and re.search(r"[^\W\d_]", line) is not None
        and not is_junk_title(line)
    )
