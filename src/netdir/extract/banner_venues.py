"""The venue a page's banner names after the days of the whole meeting, for its programme.

A workshop's programme page heads every page of its site with one line of its days and its
venue, „<span class="…-date">July 22-24, Ship Inn, South Bank, Brisbane, Australia</span>“, and
lists the talks of those days below under day headings without naming the place again. A reader
takes that venue for each talk. The line must be a range of days followed by proper names only
(„Ship Inn, South Bank, Brisbane“), it must stand above the list, and every row of the list must
fall within its days: a satellite meeting's list under the main conference's banner („26 JULY -
1 AUGUST 2017 | CAIRNS CONVENTION CENTRE“) holds days outside it, so the banner is not theirs.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import INLINE_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

#: Provenance of the venue the banner names.
SOURCE = "listing: the page banner's days and venue"
# The days, then a comma, a pipe or a dash before the venue.
_SEPARATOR = lazy_re.compile(r"\s*[,|·–—]\s+|\s+-\s+")
# „Ship Inn“, „South Bank“, „Brisbane“, „Hall C & D“: capitalised words (a small word between).
_NAME_PART = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:of|the|on|am|im|an|der|des|de|la|&)\s+)?[A-ZÄÖÜ0-9][\w.'’&-]*)*$"
)
_MAX_LINE = 120
_MAX_PARTS = 5
_MAX_ELEMENTS = 400  # a banner sits near the top of the page


def venue_of_the_banner(group: list[RawRecord], first: LexborNode, today: date) -> None:
    """Each row of ``group`` takes the venue of the page's banner line above ``first``, when no
    row has a place and every row's day falls within the banner's days."""
    if len(group) < 2 or any(r.location_text for r in group):
        return
    banner = _banner(first, today)
    if banner is None:
        return
    start, end, venue = banner
    for record in group:
        when = parse_when(record.date_text or "", today=today)
        if when is None or not when.start or not start <= when.start[:10] <= end:
            return
    for record in group:
        record.location_text = venue
        record.field_sources["location_text"] = SOURCE


def _banner(first: LexborNode, today: date) -> tuple[str, str, str] | None:
    """(first day, last day, venue) of the first line above ``first`` that is a range of days
    and a venue."""
    root = first
    while root.parent is not None:
        root = root.parent
    for count, node in enumerate(root.traverse(include_text=False)):
        if node.mem_id == first.mem_id or count > _MAX_ELEMENTS:
            return None
        if node.tag in INLINE_TAGS - {"span"} or any(
            child.tag not in INLINE_TAGS for child in node.iter(include_text=False)
        ):
            continue  # an element of one line: no block inside it
        text = node_text(node)
        if text and len(text) <= _MAX_LINE and (found := days_and_venue(text, today)):
            return found
    return None


def days_and_venue(line: str, today: date) -> tuple[str, str, str] | None:
    """„July 22-24, Ship Inn, South Bank, Brisbane, Australia“ → the range's first and last day
    and the venue after it; None unless the line is just that."""
    for cut in _SEPARATOR.finditer(line):
        days, venue = line[: cut.start()], line[cut.end() :].strip()
        parts = [part.strip() for part in _SEPARATOR.split(venue)]
        if not parts or len(parts) > _MAX_PARTS or not all(_NAME_PART.match(p) for p in parts):
            continue
        if DATE_LIKE.search(venue) or TIME_LIKE.search(venue):
            continue
        when = parse_when(days, today=today)
        if when is not None and when.start and when.end and when.end[:10] > when.start[:10]:
            return when.start[:10], when.end[:10], venue
    return None
