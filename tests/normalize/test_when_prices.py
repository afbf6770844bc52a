"""A price and the day it holds until or from is no event's day (when_prices)."""

from __future__ import annotations

import pytest

from netdir.normalize.when_prices import is_price_tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Frühbucherrabatt bis 1.Mai: 35 Euro", True),
        ("ab 2. Mai: 40 Euro", True),
        ("Normalpreis ab 01.06.: 25 €", True),
        ("Konzert am 2. Mai: Eintritt 40 Euro", False),  # the event's day, then its price
        ("ab 2. Mai: Sommerfest im Park", False),  # no price after the colon
        ("bis 1. Mai: 35 Euro. Das Seminar findet am 19. Mai statt.", False),  # more follows
    ],
)
def test_a_price_tier_is_told_from_an_event_day(text: str, tier: bool) -> None:
    assert is_price_tier(text) is tier
