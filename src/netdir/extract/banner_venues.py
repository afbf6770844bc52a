"""The venue a page's banner names after the days of the whole meeting, for its programme.

A workshop's programme page heads every page of its site with one line of its days and its
venue, „<span class="…-date">July 22-24, Ship Inn, South Bank, Brisbane, Australia</span>“, and
lists the talks of those days below under day headings without naming the place again. A reader
takes that venue for each talk. The line must be a range of days followed by proper names only
(„Ship Inn, South Bank, Brisbane“), it must stand above the list, and every row of the list must
fall within its days: a satellite meeting's list under the main conference's banner („26 JULY -
1 AUGUST 2017 | CAIRNS CONVENTION CENTRE“) holds days outside it, so the banner is not theirs.

A German colloquium's page says it in its second heading, „29. März – 1. April 2023 im
Ostpreußischen Landesmuseum in Lüneburg“: the days, then „im“/„in der“/„in“ and the venue. A row
that names its own venue („Abendessen und Gespräche im Brömsehaus“) keeps it, as long as such rows
are few; a town a talk's title ends on („… Ereignisorte Hamanns in Königsberg“, read as the place
because two titles end so) is the talk's subject once the banner says where the meeting is.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import INLINE_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.element_ancestors import document_root
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.normalize.place import known_town
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

#: Provenance of the venue the banner names.
SOURCE = "listing: the page banner's days and venue"
# The days, then a comma, a pipe or a dash before the venue.
_SEPARATOR = lazy_re.compile(r"\s*[,|·–—]\s+|\s+-\s+")
# „29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg“: a preposition of place
# between the days and the venue, and „in“ before its town.
_PREPOSITION = lazy_re.compile(r"\s+(?:im|in\s+der|in\s+den|in|am|auf\s+dem)\s+(?=[A-ZÄÖÜ])")
_VENUE_PARTS = lazy_re.compile(r"\s*[,|·–—]\s+|\s+-\s+|\s+in\s+(?=[A-ZÄÖÜ])")
# „Ship Inn“, „South Bank“, „Brisbane“, „Hall C & D“: capitalised words (a small word between).
_NAME_PART = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:of|the|on|am|im|an|der|des|de|la|&)\s+)?[A-ZÄÖÜ0-9][\w.'’&-]*)*$"
)
_MAX_LINE = 120
_MAX_PARTS = 5
_MAX_ELEMENTS = 400  # a banner sits near the top of the page


# Places read from the title's last words by the list's evidence (title_places): a guess the
# banner's venue outweighs.
_TITLE_GUESSES = ("(town shared by the list's titles)", "(town ending most of the list's titles)")
_OWN_PLACES_SHARE = 4  # at most one row in four may name a venue of its own


def _own_place(record: RawRecord) -> bool:
    """Whether the row names a place of its own (not one guessed from its title's town)."""
    if not record.location_text:
        return False
    return not record.field_sources.get("location_text", "").endswith(_TITLE_GUESSES)


def venue_of_the_banner(group: list[RawRecord], first: LexborNode, today: date) -> None:
    """Each row of ``group`` without a place of its own takes the venue of the page's banner line
    above ``first``, when few rows name their own and every row's day falls within the banner's
    days."""
    own = sum(_own_place(r) for r in group)
    if len(group) < 2 or own * _OWN_PLACES_SHARE > len(group):
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
        if not _own_place(record):
            record.location_text = venue
            record.field_sources["location_text"] = SOURCE


def _banner(first: LexborNode, today: date) -> tuple[str, str, str] | None:
    """(first day, last day, venue) of the first line above ``first`` that is a range of days
    and a venue."""
    root = document_root(first)
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
    """„July 22-24, Ship Inn, South Bank, Brisbane, Australia“, „29. März – 1. April 2023 im
    Ostpreußischen Landesmuseum in Lüneburg“ → the range's first and last day and the venue after
    it; None unless the line is just that."""
    cuts = [(cut, False) for cut in _SEPARATOR.finditer(line)]
    cuts += [(cut, True) for cut in _PREPOSITION.finditer(line)]
    for cut, after_a_preposition in sorted(cuts, key=lambda found: found[0].start()):
        days, venue = line[: cut.start()], line[cut.end() :].strip()
        parts = [part.strip() for part in _VENUE_PARTS.split(venue)]
        if not parts or len(parts) > _MAX_PARTS or not all(_NAME_PART.match(p) for p in parts):
            continue
        if DATE_LIKE.search(venue) or TIME_LIKE.search(venue):
            continue
        # „… im Zeichen der Aufklärung“: after a preposition the words must name a venue or town.
        if after_a_preposition and not _a_venue_or_town(venue, parts[-1]):
            continue
        when = parse_when(days, today=today)
        if when is not None and when.start and when.end and when.end[:10] > when.start[:10]:
            return when.start[:10], when.end[:10], venue
    return None


def _a_venue_or_town(venue: str, last: str) -> bool:
    """Whether the words after „im“/„in“ name a venue or an address („Ostpreußischen
    Landesmuseum in Lüneburg“) or end on a town the gazetteer knows („in Göttingen“)."""
    return names_a_venue_or_address(venue) or known_town(last) is not None
