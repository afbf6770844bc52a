"""A list of cards whose parts outscore the cards.

An events page of cards („<div class="card">“: a title, a long description pasted from a flyer,
then the date line and the place line beside pictograms) repeats each card's inner boxes too:
the box of the title and description and the box of the date and place, two per card. The
cards' long descriptions halve their score (a whole page section is long), so the parts won,
and each card became two records: the title box, dated by whatever day its prose named first,
and the date box, titled by its place line. When only one part of each card is named by a
heading, the parts are fields of one offering, and the cards are the list.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.listing_groups import Candidate
from netdir.extract.no_event_titles import is_open_slot


def whole_cards_first(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """``considered`` with the cards first when the best group is made of their parts and the
    cards, each holding one box of parts, are all dated and score at least ``min_score``."""
    if len(considered) < 2 or not _parts_of_titled_boxes(considered[0]):
        return considered
    boxes = {container.mem_id for container in considered[0].containers}
    for cards in considered[1:]:
        if cards.score < min_score or cards.dated_share < 1.0:
            continue
        if len(cards.segments) != len(boxes) or any(len(s) != 1 for s in cards.segments):
            continue
        if all(holds_one(segment[0], boxes) for segment in cards.segments):
            return [cards, *(c for c in considered if c is not cards)]
    return considered


def _parts_of_titled_boxes(group: Candidate) -> bool:
    """Every box of the group holds several of its blocks, and exactly one of them is named by
    a heading: the others are the box's fields, not items of their own. (Only the blocks read
    for scoring count; a box cut off by the sample's end is left out.)"""
    if len(group.containers) < 2:
        return False
    per_box: dict[int, list[bool]] = {}
    for segment, reading in zip(group.segments, group.readings, strict=False):
        parent = segment[0].parent
        if parent is None:
            return False
        per_box.setdefault(parent.mem_id, []).append(reading.title_from_heading)
    if len(group.readings) < len(group.segments) and group.segments[len(group.readings) - 1]:
        last = group.segments[len(group.readings) - 1][0].parent
        if last is not None:
            per_box.pop(last.mem_id, None)
    return len(per_box) >= 2 and all(
        len(flags) >= 2 and sum(flags) == 1 for flags in per_box.values()
    )


def holds_one(card: LexborNode, boxes: set[int]) -> bool:
    """``card`` holds exactly one of ``boxes``, as itself or inside it."""
    return sum(1 for node in card.traverse(include_text=False) if node.mem_id in boxes) == 1


_NEAR_TIE = 0.9  # the cards score about as well as the parts of them that won


def near_tie_cards_around(considered: list[Candidate], min_score: float) -> Iterator[Candidate]:
    """The groups after the best one, in their order, that are each card of the best group's
    blocks: nearly tying with it, every card dated, one block per card, each holding exactly one
    of the best group's blocks — the readers of a card's face or body ask these the same."""
    best = considered[0]
    parts = {segment[0].mem_id for segment in best.segments if segment}
    for cards in considered[1:]:
        if cards.score < max(min_score, _NEAR_TIE * best.score) or cards.dated_share < 1.0:
            continue
        if len(cards.segments) != len(best.segments) or any(len(s) != 1 for s in cards.segments):
            continue
        if all(holds_one(segment[0], parts) for segment in cards.segments):
            yield cards


_HEADING_BEFORE = "heading-before"


def named_cards_over_dated_faces(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """``considered`` with the cards first when the best group is each card's face that only
    dates it, every face titled by the one heading above them all.

    An Advent calendar's flip cards („<div class="flip-front">3</div>“ and, on the back, the host
    and the address) once dated (numbered_day_boxes) read as two groups: the faces, each a day
    titled by the page's heading („Adventsfenster 2025“ on all 24), and the cards, each a day
    named by its own host. The faces outscored the cards (a heading names them); the heading
    names the page, the cards name their evenings. When every block of the best group takes the
    same title from a heading before it and a near-tying dated group holds each of those blocks
    in a card of its own, each card named by a name no other card has (the days still free for
    a host, „Verfügbar“, aside), the cards are the list."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    readings = best.readings
    if not readings or not all(
        r.sources.get("title", "").endswith(_HEADING_BEFORE) for r in readings
    ):
        return considered
    if len({r.title for r in readings}) != 1:
        return considered
    for cards in near_tie_cards_around(considered, min_score):
        titles = [r.title for r in cards.readings if not is_open_slot(r.title)]
        if len(titles) < 2 or len(set(titles)) < len(titles):
            # „Upcoming“, „Minutes Available“, „Cancelled“: a committee's rows named by their
            # status badges, the heading above naming the committee — the faces' titles hold.
            continue
        return [cards, *(c for c in considered if c is not cards)]
    return considered
