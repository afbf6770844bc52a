"""Buttons whose label is their ``value`` attribute show that label as text.

A browser draws ``<input type="submit" value="02.01.2026 - 22:30">`` as a button reading
„02.01.2026 - 22:30“: a cinema's film page lists its showings as one ticket button each, and a
reader sees the days there. The parsed tree has no text for them, so every reader of text
(listing rows, an event page's dates) would miss what the page shows. Replacing each such input
by its label as a text node lets them read it like any other text.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

_BUTTON_INPUTS = 'input[type="submit"][value], input[type="button"][value]'


def show_button_labels(tree: LexborHTMLParser) -> None:
    """Each submit or button input with a non-empty ``value`` becomes that value's text."""
    for node in tree.css(_BUTTON_INPUTS):
        label = (node.attributes.get("value") or "").strip()
        if label:
            node.replace_with(f" {label} ")
