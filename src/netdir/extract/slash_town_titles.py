"""A row named by a line „tournament / town“ or „town / country“.

A sports club's list of tournaments names each row's tournament and where it is played on one
line, the two set apart by a slash: „Stauseepokal / Haltern“, „10. Ems-Cup / Emsdetten“,
„Hagen Masters / Hagen-Hohenlimburg“. Where the club knows only the town, the line is the town
and its country — „Strasburg / Frankreich“, „Zürich / Schweiz“ — and a line below it may name
the tournament („Bielefeld / Deutschland<br>JUBILÄUMSTURNIER 25 Jahre WARMINIA<br><a>…</a>“).

A reader takes the part after the slash for where when it is a town the gazetteer knows (or a
known town's district, „Hagen-Hohenlimburg“) and the part before it is no town: the part before
is the name. A line whose part after the slash is a country is where as a whole; the name is
the short line below it, if one stands there before the organiser's link, and else the line
itself names the row (a reader has nothing else to call it). Only a row's own text line is read
so (a heading or a link names what its author chose); „Rock / Pop“ or „Kinder / Familie“ end in
no town and stay titles.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.block_titles import block_links
from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.date_cues import search_date_like
from netdir.normalize.place import known_town

#: Provenance of the name and place read from a „name / town“ line.
SOURCE = "listing:row's line „name / town“"
#: Provenance of a „town / country“ line read as the row's place.
COUNTRY_SOURCE = "listing:row's line „town / country“"

_SLASH = lazy_re.compile(r"\s+/\s+")
_MAX_PART_WORDS = 5
# The countries a German club's list names after a town (a town of its own is no country).
_COUNTRY = lazy_re.compile(rf"^(?:{COUNTRY_NAMES})$")
# The name line below „town / country“: short, no web address, no day.
_MAX_NAME_CHARS = 80
_WEB_ADDRESS = lazy_re.compile(r"(?:https?://|www\.)", re.I)


def name_and_town_of_the_line(segment: list[LexborNode], reading: BlockReading) -> None:
    """The row's name and place from its own line „name / town“ or „town / country“ (see the
    module docstring); unless a reader found the place already."""
    title = reading.title
    if (
        not title
        or reading.location_text is not None
        or reading.date_text is None
        or not reading.titled_by_its_own_line()
    ):
        return
    parts = _SLASH.split(title.strip())
    if len(parts) != 2 or not all(_short_name(part) for part in parts):
        return
    first, last = parts
    if _COUNTRY.match(last):
        reading.location_text = title.strip()
        reading.sources["location_text"] = COUNTRY_SOURCE
        name = _name_line_below(segment, title)
        if name is not None:
            reading.title = name
            reading.sources["title"] = f"{COUNTRY_SOURCE}: the name line below it"
        return
    if _a_town(last) and not _a_town(first):
        reading.title = first
        reading.location_text = last
        reading.sources["title"] = SOURCE
        reading.sources["location_text"] = SOURCE


def _short_name(part: str) -> bool:
    """One to five words opening with a capital or a figure („10. Ems-Cup“)."""
    words = part.split()
    return 0 < len(words) <= _MAX_PART_WORDS and (words[0][:1].isupper() or words[0][:1].isdigit())


def _a_town(part: str) -> bool:
    """A town the gazetteer knows, or such a town's district written „Town-District“."""
    if known_town(part) is not None:
        return True
    head, dash, rest = part.partition("-")
    return bool(dash and rest and " " not in part and known_town(head) is not None)


def _name_line_below(segment: list[LexborNode], line: str) -> str | None:
    """The short line right below ``line`` that is no link, no web address and no day."""
    chunks = [chunk.strip() for chunk in text_chunks(segment)]
    try:
        index = chunks.index(line.strip())
    except ValueError:
        return None
    if index + 1 >= len(chunks):
        return None
    below = chunks[index + 1]
    links = {text.strip() for _, text, _ in block_links(segment)}
    if (
        not below
        or len(below) > _MAX_NAME_CHARS
        or below in links
        or _WEB_ADDRESS.search(below)
        or search_date_like(below)
        or not (below[:1].isupper() or below[:1].isdigit())
    ):
        return None
    return below
