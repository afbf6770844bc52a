"""Links that a label introduces as something about the item, not the item itself.

"Dienstag, 17. Juli, 18 Uhr: Sommerfest, Bollschweil<br> Bericht: <a>Lauschiges Fest zum
Auftakt</a>": the link opens a newspaper's report on the concert (or its poster, its photos, the
tourist office's page), and its words are the report's headline. A row titled by that link names
the article, not the event; the row's own text does.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# The label alone on its line before the link: "Bericht:", "Vorbericht:", "Fotos:", "Review:".
_DOCUMENT_LABEL = re.compile(
    r"(?:vor|nach|presse)?berichte?|presse(?:artikel|stimmen|spiegel)?|artikel|rückblick|"
    r"fotos?|bilder|bildergalerie|galerie|plakat|flyer|videos?|audio|quelle|"
    r"reviews?|press|photos?|pictures|reports?|source|poster",
    re.IGNORECASE,
)
# Inline elements that may stand between the label and the link on one line.
_INLINE = frozenset({"-text", "span", "em", "i", "b", "strong", "small", "font", "u"})


def is_labelled_document_link(link: LexborNode) -> bool:
    """Whether the text on ``link``'s line before it is only a document label ("Bericht:")."""
    before = []
    node = link.prev
    while node is not None and node.tag in _INLINE:
        before.append(node.text() or "")
        node = node.prev
    text = " ".join(reversed(before)).strip()
    if not text.endswith(":"):
        return False
    return bool(_DOCUMENT_LABEL.fullmatch(text[:-1].strip()))
