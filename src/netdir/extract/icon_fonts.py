"""Icon-font ligatures: a word the font draws as a pictogram.

Material Icons and Material Symbols write their pictogram as a word inside the element
(„<i class="material-icons">today</i>4. bis 6. Mai 2018“): a reader sees a calendar glyph, not
the word „today“. Read as text the word becomes a row's title or glues onto its date. The
word is kept as the element's ``data-icon`` attribute — a pin icon („location_on“) still marks
its line as the place (``block_places``) — and the element's text is emptied.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

_ICON_FONT = '[class*="material-symbols"], [class*="material-icons"]'
_MAX_LIGATURE = 40  # a ligature is one name („location_on“); a longer text is no icon's


def mark_icon_ligatures(body: LexborNode) -> None:
    """Move each icon-font element's word into its ``data-icon`` attribute."""
    for icon in body.css(_ICON_FONT):
        word = icon.text(strip=True)
        if not word or len(word) > _MAX_LIGATURE or " " in word:
            continue
        icon.attrs["data-icon"] = word
        icon.inner_html = ""
