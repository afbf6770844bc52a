"""A price tier: "Frühbucherrabatt bis 1.Mai: 35 Euro", "ab 2. Mai: 40 Euro", a card's price step
"Frühbucher | bis zum 30.11.2020 | 128 EUR", or a discount until a day ("Bis zum 30.11.2019 gibt es
einen Rabatt von 10% auf alle Freizeiten"). The day a price holds until or from is no event's day."""

from __future__ import annotations

import re

from netdir import lazy_re

_DAY = r"\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,9}\.?)(?:\s*\d{2,4})?"
_AMOUNT = r"(?:€\s*)?\d{1,5}(?:[.,](?:\d{2}|-))?\s*"
_PRICE_TIER = lazy_re.compile(
    r"^[^.!?\d|]{0,40}?\b(?:bis|ab|until|from)\s+(?:zum\s+|dem\s+)?"
    + _DAY
    + r"\s*:\s*"
    + _AMOUNT
    + r"(?:€|euro|eur\b)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "Frühbucher | bis zum 30.11.2020 | 128 EUR", "Last-Minute | ab dem 04.05.2021 | 244 EUR": a
# price step's label, its day and its amount in cells (the currency is required here).
_PRICE_STEP_CELLS = lazy_re.compile(
    r"^[^.!?\d|]{0,40}\|\s*(?:bis|ab)\s+(?:zum\s+|dem\s+)?"
    + _DAY
    + r"\s*\|\s*"
    + _AMOUNT
    + r"(?:€|euro\b|eur\b)\s*$",
    re.IGNORECASE,
)
# "Bis zum 30.11.2019 gibt es einen Rabatt von 10% auf alle Freizeiten": a discount's last day.
_DISCOUNT_UNTIL = lazy_re.compile(
    r"^\s*bis\s+(?:zum\s+)?" + _DAY + r"\s+(?:gibt\s+es|gilt|erhält\w*|bekomm\w*)\b[^.!?;]{0,40}?"
    r"(?:rabatt|ermäßigung|preisnachlass|frühbucher)",
    re.IGNORECASE,
)


def is_price_tier(text: str) -> bool:
    """Whether the text is only a price and the day it holds until or from, or opens with a
    discount's last day."""
    if ":" in text and _PRICE_TIER.search(text) is not None:
        return True
    if "|" in text and _PRICE_STEP_CELLS.search(text) is not None:
        return True
    lowered = text[:12].lower()
    return lowered.lstrip().startswith("bis") and _DISCOUNT_UNTIL.search(text) is not None
