"""A heading's closing ``<small>`` phrase (a motto, a teaser) is no part of its name.

Bootstrap's headings carry a secondary line: „<h1>Feinstaub-Abend mit 25 Interessierten<br>
<small>Luftqualität noch einen Schritt weiter gedacht</small></h1>“. A reader sees the name in
large type and, under it, a smaller motto or teaser; read as one text the heading runs both
together. A ``<small>`` that ends the heading after words of the heading's own and holds a phrase
(four words or more) is the subtitle: the name is the text before it. Two words under a name
(„DEPOT61“ / „Das Museum“) say what it is and stay.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text


def without_subtitle(heading: LexborNode, title: str | None) -> str | None:
    """``title`` (the heading's text) without its closing ``<small>`` subtitle line."""
    if title is None or heading.tag not in HEADING_TAGS:
        return title
    small = _closing_small(heading)
    if small is None:
        return title
    subtitle = node_text(small)
    if not subtitle or not title.endswith(subtitle):
        return title
    name = title[: -len(subtitle)].rstrip()
    return name or title


def _closing_small(heading: LexborNode) -> LexborNode | None:
    """The ``<small>`` that closes the heading (the last one; the caller checks that no words
    follow it) when it holds a phrase of its own — a motto, a teaser, a thank-you („<b><small>
    Vielen Dank an alle Aussteller …</small></b>“ in a heading whose ``<b>`` is left open). A
    short ``<small>`` says what the name is („<h2>DEPOT61<br/><small>Das Museum</small></h2>“,
    „Jazz <small>live</small>“) and stays part of it."""
    smalls = heading.css("small")
    if not smalls:
        return None
    small = smalls[-1]
    return small if len((node_text(small) or "").split()) >= _PHRASE_WORDS else None


_PHRASE_WORDS = 4
