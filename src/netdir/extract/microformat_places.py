"""A microformat event's location card (``p-location h-card``, hCalendar ``location vcard``) as
a schema.org Place: its name and the parts of its address (``adr``/``h-adr``).

Upcoming.org's event pages: „<div class="venue location vcard"><span class="fn org">Calvin
College: Fine Arts Centre</span> <div class="adr"><span class="street-address">3210 Burton
SE</span> <span class="locality">Grand Rapids</span>, <span class="region">Michigan</span>
…“. Read as the card's name alone, the street, town and state were lost — and with the state
the venue's time zone, which the shared schema.org mapper takes from ``addressRegion``.
"""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborNode

from netdir.extract.inline_text import visible_text

# schema.org PostalAddress property → (class in microformats2, class in hCard)
_ADDRESS_PARTS = {
    "streetAddress": ("p-street-address", "street-address"),
    "addressLocality": ("p-locality", "locality"),
    "addressRegion": ("p-region", "region"),
    "postalCode": ("p-postal-code", "postal-code"),
    "addressCountry": ("p-country-name", "country-name"),
}
_NAME = ".p-name, .fn, .org"


def card_place(card: LexborNode) -> dict[str, Any] | str | None:
    """The card as a Place with its address, when the card names the place and has address
    parts; else the card's name, or its text."""
    name_node = card.css_first(_NAME)
    name = (visible_text(name_node) or None) if name_node is not None else None
    address: dict[str, str] = {}
    for prop, classes in _ADDRESS_PARTS.items():
        node = card.css_first(", ".join(f".{c}" for c in classes))
        text = visible_text(node) if node is not None else ""
        if text:
            address[prop] = text
    if not address or not name:
        # A card of its name alone, or an address alone („<span class="p-location h-adr">
        # Reykjavík, Iceland</span>“): its name, else its text as it reads.
        return name or visible_text(card) or None
    return {"@type": "Place", "name": name, "address": {"@type": "PostalAddress", **address}}
