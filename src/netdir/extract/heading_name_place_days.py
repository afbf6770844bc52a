"""The place a list's headings write between the name and the days: „PyHEP 2019 "Python in HEP"
Workshop, U.K., October 16-18, 2019“.

A research community's events page heads each announcement with the meeting's name, where it is
and its days, set off by commas: „HEP Software Foundation WLCG Workshop, Naples, March 26-29
2018“, „HEP Software Foundation Workshop, LAPP (Annecy, France), June 26-30, 2017“. The days are
read off the heading's end and the rest is the title — with the place still on it. One heading
alone cannot say the part before the days is a place („Workshop, Part II, May 3“), so the
evidence is the list's: three or more of its headings are written so, each part before the days
a short capitalised name without a figure. The part is the place of a record that has none; the
title ends before it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.inline_text import visible_text
from netdir.extract.title_text import only_a_day
from netdir.records import RawRecord

#: Why a place read so is one (after the title's provenance).
WHY = "place between the heading's name and its days"
_LEAST_ROWS = 3
_MAX_PLACE_WORDS = 6
# „U.K.“, „Naples“, „LAPP (Annecy, France)“, „San Diego Supercomputing Center (SDSC)“:
# capitalised words (a bracket of them after), no figure.
_PLACE = lazy_re.compile(r"^[A-ZÄÖÜ][^\d,()]*?(?:\s*\([A-ZÄÖÜ][^\d()]*\))?$")


def places_between_names_and_days(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> None:
    """Each record without a place whose block's heading reads „<its title>, <days>“, the title
    ending in a comma part that names a place, is held there and keeps the name before it —
    when three or more rows of the list are written so."""
    found: list[tuple[RawRecord, str, str]] = []
    for record in records:
        if record.location_text is not None or not record.title:
            continue
        split = _name_and_place(record.title)
        if split is None or not _heading_goes_on_with_days(record.title, block_of.get(id(record))):
            continue
        found.append((record, *split))
    if len(found) < _LEAST_ROWS:
        return
    for record, name, place in found:
        where = record.field_sources.get("title", "listing:")
        record.title = name
        record.location_text = place
        record.field_sources["location_text"] = f"{where} ({WHY})"


def _name_and_place(title: str) -> tuple[str, str] | None:
    """(name, place) of a title ending in a comma part outside brackets that reads as a place."""
    depth = 0
    cut = -1
    for index, char in enumerate(title):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            cut = index
    if cut < 0:
        return None
    name, place = title[:cut].strip(), title[cut + 1 :].strip()
    if sum(ch.isalpha() for ch in name) < 3 or len(place.split()) > _MAX_PLACE_WORDS:
        return None
    return (name, place) if _PLACE.match(place) else None


def _heading_goes_on_with_days(title: str, block: list[LexborNode] | None) -> bool:
    """Whether a heading of the block reads „<title>, <days>“: the title, a comma and the days,
    nothing after them."""
    for node in block or []:
        headings = [node] if node.tag in HEADING_TAGS else node.css(",".join(HEADING_TAGS))
        for heading in headings:
            text = " ".join(visible_text(heading).split())
            rest = text[len(title) :].strip() if text.startswith(title) else ""
            if rest.startswith(",") and only_a_day(rest[1:].strip()):
                return True
    return False
