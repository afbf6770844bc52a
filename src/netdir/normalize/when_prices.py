"""A price tier: "Frühbucherrabatt bis 1.Mai: 35 Euro", "ab 2. Mai: 40 Euro". The day a price
holds until or from is no event's day."""

from __future__ import annotations

import re

from netdir import lazy_re

_PRICE_TIER = lazy_re.compile(
    r"^[^.!?\d|]{0,40}?\b(?:bis|ab|until|from)\s+(?:zum\s+|dem\s+)?"
    r"\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,9}\.?)(?:\s*\d{2,4})?\s*:\s*"
    r"(?:€\s*)?\d{1,5}(?:[.,](?:\d{2}|-))?\s*(?:€|euro|eur\b)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def is_price_tier(text: str) -> bool:
    """Whether the text is only a price and the day it holds until or from."""
    return ":" in text and _PRICE_TIER.search(text) is not None
