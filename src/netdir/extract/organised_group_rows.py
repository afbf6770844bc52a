"""Rows named only by the kind of gathering, on the page of the group that holds them.

A group's site lists its past meetups under an h1 „Meetups“, each a link named by nothing but
its day („<a href="/meetups/20190918/"><time>September 18, 2019</time></a>“); the footer says
whose they are — „<abbr title="Homebrew Website Club">HWC</abbr> London is organised by James and
Mark.“ —, and each meetup's own page is titled by the group. The rows had been named „Meetup“,
the heading's singular (``series_places``): a word every group's list shares, that names none of
them. Such rows take the group's name, when a sentence of the page says „<Name> is organised by
…“ („… wird organisiert von …“) and names one group (a name of up to four words).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline

# The heading's singular that names a kind of gathering, not one group's.
_GENERIC = frozenset(
    {"meetup", "meeting", "treffen", "stammtisch", "event", "veranstaltung", "termin"}
)
# „HWC London is organised by James and Mark.“: the sentence opens with the group's name.
_ORGANISED_BY = lazy_re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜ0-9][\w&.'-]*\s+){0,3}[A-ZÄÖÜ0-9][\w&.'-]*)\s+"
    r"(?:is\s+(?:organi[sz]ed|run|hosted)\s+by|wird\s+(?:organisiert|veranstaltet)\s+von)\s",
)
# „Der Linux-Stammtisch wird organisiert von …“: the group is named without its article.
_ARTICLE = lazy_re.compile(r"^(?:der|die|das|the)\s+", re.I)
_PROSE_TAGS = frozenset({"p", "li", "div"})
_MAX_PROSE = 300
_SOURCE_MARK = "(one of the series)"
_SOURCE = " + the group that organises them"


def organising_group(text: str) -> str | None:
    """The group a sentence „<Name> is organised by …“ names; None for any other text."""
    match = _ORGANISED_BY.match(" ".join(text.split()))
    if match is None:
        return None
    return _ARTICLE.sub("", match["name"]) or None


def name_rows_by_their_group(readings: list[BlockReading], outline: Outline) -> None:
    """Title the rows named only by a gathering's kind („Meetup“) with the group the page says
    organises them (see the module docstring)."""
    rows = [
        reading
        for reading in readings
        if reading.date_text
        and (reading.title or "").casefold() in _GENERIC
        and reading.sources.get("title", "").endswith(_SOURCE_MARK)
    ]
    if not rows:
        return
    groups = set()
    for node in outline.nodes:
        if node.tag not in _PROSE_TAGS:
            continue
        text = visible_text(node)
        if len(text) <= _MAX_PROSE and (group := organising_group(text)) is not None:
            groups.add(group)
    if len(groups) != 1:
        return
    group = groups.pop()
    if re.search(r"\d", group):
        return
    for row in rows:
        row.title = group
        row.sources["title"] += _SOURCE
