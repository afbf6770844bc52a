"""Cards whose date box is titled by nothing but its place.

An events page of one card per event („<div class="date-container">“: an h4 invitation
„Offenes Treffen Lüneburg“, a few paragraphs of prose, then a small box of three lines — the
day, a link to a map service that writes the venue, street and town in lines, the hour) repeats
each card's date box. The boxes, short and dated, outscore the cards (the prose halves a card's
score), and each event became a record titled by its address („Pons Salzstraße Am Wasser 1
21335 Lüneburg“). A block whose only name is where it is held — the text of a link to a map, or
an address with its postcode — is the card's box of facts: when every block of the best group
is such a box and a dated group holds each box in a card named by a heading of its own, the
cards are the list (their heading names the event, the box still gives day, hour and place).

A student council's cards („<a class="event-card"><div><span>Sommerfest 2023</span><div>30. Jun
2023 | Oettingenstr. 67, 155</div><div>Unser jährliches Sommerfest …</div></div></a>“) repeat
each card's line of facts and its line of subtitle in boxes of one class: the lines outscored
the cards, and each event became a record titled by the words after its day — its place. A
dated block whose name is the place it read itself is such a box too (the box of subtitle beside
it is undated, no item); then the cards that each hold one of the dated boxes and are named by
names no other card has, none of them its place, are the list, the most of them when several
such groups nest (a card drawn with an image wraps its box one level deeper).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.listing_groups import Candidate
from netdir.extract.venue_titles import map_link_texts

# „21335 Lüneburg“, „10119 Berlin“, „8001 Zürich“: a postcode before a town — the title is an
# address, not the name of an offering. (A year before a town, „Hackathon 2024 Görlitz“, is none.)
_POSTCODE_TOWN = lazy_re.compile(r"(?<![\d.:])\b(?!(?:19|20)\d\d\b)\d{4,5}\s+[A-ZÄÖÜ][^\W\d_]+")


_PAGE_TITLE = "page title"  # a title source: the document's title named the block


def cards_over_their_place_boxes(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """``considered`` with the cards first when every sampled block of the best group is named
    only by its place and a dated group scoring at least ``min_score`` holds each of those blocks
    in a card of its own, every card named by a heading that is no place — or, when the best
    group's dated blocks are named by the place they read themselves, by names of their own."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    pairs = list(zip(best.segments, best.readings, strict=False))
    own_place = False
    if len(best.readings) < 2 or not all(
        _names_only_its_place(segment, reading.title) for segment, reading in pairs
    ):
        dated = [(segment, reading) for segment, reading in pairs if reading.date_text]
        if len(dated) < 2 or 2 * len(dated) < len(pairs):
            return considered
        if not all(_named_by_its_own_place(reading) for _, reading in dated):
            return considered
        pairs, own_place = dated, True
    boxes = {segment[0].mem_id for segment, _ in pairs if segment}
    found: list[Candidate] = []
    for cards in considered[1:]:
        if cards.score < min_score or cards.dated_share < 1.0:
            continue
        if any(len(segment) != 1 for segment in cards.segments):
            continue
        held = [_boxes_in(segment[0], boxes) for segment in cards.segments]
        if any(count > 1 for count in held) or sum(held) != len(boxes):
            continue  # not one box per card: the group is no set of cards around the boxes
        named = [reading for reading, count in zip(cards.readings, held, strict=False) if count]
        titles = [reading.title for reading in named if reading.title]
        if len(titles) < 2 or any(_POSTCODE_TOWN.search(title) for title in titles):
            continue
        if own_place:
            if len(titles) < len(named) or len(set(titles)) < len(titles):
                continue
            if any(_named_by_its_own_place(reading) for reading in named):
                continue
            found.append(cards)
            continue
        if not all(reading.title_from_heading for reading in named):
            continue
        return [cards, *(c for c in considered if c is not cards)]
    if found:
        # the most cards: a group that leaves out a card drawn one level deeper is no better
        chosen = max(found, key=lambda cards: len(cards.segments))
        return [chosen, *(c for c in considered if c is not chosen)]
    return considered


def _named_by_its_own_place(reading: BlockReading) -> bool:
    """The block's title is the place it read itself („30. Jun 2023 | Oettingenstr. 67, 155“:
    the words after its day, read as where), or the page's title standing in for a name the
    block lacks („20. Oct 2023 | Oettingenstr. 67“ read as the place, no words left): it names
    no offering."""
    if not reading.title:
        return False
    if reading.title == reading.location_text:
        return True
    return reading.location_text is not None and _PAGE_TITLE in reading.sources.get("title", "")


def _names_only_its_place(segment: list[LexborNode], title: str | None) -> bool:
    """The block's title is the text of its link to a map service, or an address (a postcode
    before a town)."""
    if not title:
        return False
    if _POSTCODE_TOWN.search(title):
        return True
    links = [
        (node, node_text(node) or "", node.attributes.get("href") or "")
        for root in segment
        for node in root.css("a[href]")
    ]
    return title in map_link_texts(links)


def _boxes_in(card: LexborNode, boxes: set[int]) -> int:
    """How many of ``boxes`` ``card`` holds, as itself or inside it."""
    return sum(1 for node in card.traverse(include_text=False) if node.mem_id in boxes)
