"""A card named only by its poster: the poster's file name says which event it is.

A university society's events page sets each event as a card of its poster and its prose:
„<div class="events-containerh"><img src="/assets/img/Events/2021/speed_friending_2021.png"
alt=""><div><p>Haven't made many friends at uni …</p><p>When: April 9, 2021 @ 6-8PM<br>Where:
MathSoc Discord</p><a>More Info</a></div></div>“. The card has no heading; its name is printed on
the poster, which has no ``alt`` text. Under the list's heading „Past Events“ such a dated line
was named by the site's name in the document title — every card alike, „UNSW Mathematics
Society“. The poster's file name („speed_friending_2021“) is the only place the page's source
names the card: a reader of the markup takes its words, without the year, the size or a
counter, for the name. Only a card's one image whose file name holds two words or more counts
(„IMG_2041.jpg“, „camp_2021.jpg“, „a1b2c3.png“ name nothing).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborNode

from netdir import lazy_re

_MOST_LEVELS = 3  # a line's card: its paragraph's box, the card, no further
_SEPARATORS = lazy_re.compile(r"[_\-\s.+]+")
# A file name's parts that say nothing of the event: a year or counter, a size („1024x768“,
# „800w“), a camera's or a scaler's prefix („IMG“, „DSC“, „scaled“, „thumb“, „final“).
_NOISE = lazy_re.compile(
    r"^(?:\d+|\d+x\d+|\d+w|img|dsc|dscn|pxl|screenshot|scaled|thumb|thumbnail|final|copy|"
    r"edited|web|small|large|banner|poster|flyer|image|photo|pic)$",
    re.IGNORECASE,
)
_WORD = lazy_re.compile(r"^[^\W\d_]{2,}$")
_MIN_WORDS = 2
_MAX_WORDS = 8


def name_of_the_poster(block: LexborNode) -> str | None:
    """The name the file of the one image of the block's card gives, when the image has no
    ``alt`` text; None when no card around the block holds exactly one such image."""
    node: LexborNode | None = block
    for _ in range(_MOST_LEVELS):
        node = node.parent if node is not None else None
        if node is None:
            return None
        images = node.css("img")
        if not images:
            continue
        if len(images) != 1 or (images[0].attributes.get("alt") or "").strip():
            return None
        return _name_in_file(images[0].attributes.get("src") or "")
    return None


def _name_in_file(src: str) -> str | None:
    """„/assets/img/Events/2021/world_of_trading_2021.jpg“ → „World of trading“."""
    stem = unquote(urlsplit(src).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    parts = [part for part in _SEPARATORS.split(stem) if part and not _NOISE.match(part)]
    words = [part for part in parts if _WORD.match(part)]
    if len(words) < _MIN_WORDS or len(parts) > _MAX_WORDS:
        return None
    name = " ".join(parts)
    return name[:1].upper() + name[1:]
