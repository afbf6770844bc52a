"""Icon-font ligatures: a word the font draws as a pictogram.

Material Icons and Material Symbols write their pictogram as a word inside the element
(„<i class="material-icons">today</i>4. bis 6. Mai 2018“): a reader sees a calendar glyph, not
the word „today“. Read as text the word becomes a row's title or glues onto its date. The
word is kept as the element's ``data-icon`` attribute — a pin icon („location_on“) still marks
its line as the place (``block_places``) — and the element's text is emptied.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re

_ICON_FONT = '[class*="material-symbols"], [class*="material-icons"]'
_MAX_LIGATURE = 40  # a ligature is one name („location_on“); a longer text is no icon's

# A site's own class for the font („<span class="icon mr-2">calendar_today</span>“, its CSS
# setting Material Symbols on ``.icon``): the element is classed as an icon and its whole text
# is one ligature name — lower case, words joined by „_“, as the fonts spell their glyphs. A
# capitalised or spaced text in such an element („<span class="icon">Neu</span>“) is a label.
_ICON_CLASS = '[class~="icon"], [class~="icons"]'
_LIGATURE_NAME = lazy_re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def mark_icon_ligatures(body: LexborNode) -> None:
    """Move each icon-font element's word into its ``data-icon`` attribute."""
    for icon in body.css(_ICON_FONT):
        _mark(icon)
    for icon in body.css(_ICON_CLASS):
        word = icon.text(strip=True)
        if icon.tag in _ICON_TAGS and not _has_elements(icon) and _LIGATURE_NAME.fullmatch(word):
            _mark(icon)


# Elements an icon font draws in: an inline glyph, never a block of text.
_ICON_TAGS = frozenset({"i", "span"})


def _has_elements(node: LexborNode) -> bool:
    return any(child.tag != "-text" for child in node.iter(include_text=True))


def _mark(icon: LexborNode) -> None:
    word = icon.text(strip=True)
    if not word or len(word) > _MAX_LIGATURE or " " in word:
        return
    icon.attrs["data-icon"] = word
    icon.inner_html = ""
