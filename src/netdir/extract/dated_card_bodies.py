"""Whole dated cards over their bodies, which miss the day.

A tour finder shows each tour as one link „<a class="tour">“ holding a round day box („Do.“ /
„3“ under the month's heading) and the card's body: the section's name, badges, the title and a
meta line „06:00 Uhr · bis 07.09.“. The bodies pool into a group of their own, and they outscore
the cards: a card that is one link reads as a link's label, not as text, while its body holds the
title link's words as text. But the day stands in the box outside the body: a body borrows it
only when it states its own hour, and the tours without one (a yoga evening, a two-day hike) go
undated and are lost. When the best group is such bodies, not all dated, and a near-tying group
of cards, every one dated, holds each body in a card of its own, the cards are the list.
"""

from __future__ import annotations

from netdir.extract.card_parts import near_tie_cards_around
from netdir.extract.listing_groups import Candidate


def dated_cards_over_their_bodies(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """``considered`` with the cards first when the best group is their bodies, some of them
    undated, and the cards, each holding one body, are all dated and nearly tie with it."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    if best.dated_share >= 1.0 or len(best.containers) < 2:
        return considered  # every body dated, or one box of blocks: no card lost its day
    cards = next(near_tie_cards_around(considered, min_score), None)
    if cards is None:
        return considered
    return [cards, *(c for c in considered if c is not cards)]
