"""Lines of a block that only caption form controls: the tab strip of radio-button tabs
(„<label for="__tabbed_1_1">Info</label><label for="__tabbed_1_2">Adresse</label>…“, as
Material for MkDocs writes its content tabs). A ``<label for>`` names the control it belongs to,
never the offering, so such a line is no title."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import css_matches, node_text


def control_label_lines(segment: list[LexborNode]) -> set[str]:
    """The texts of the block's elements whose text is nothing but ``<label for>`` captions."""
    lines: set[str] = set()
    for node in segment:
        for label in css_matches(node, "label[for]"):
            parent = label.parent
            if parent is None:
                continue
            text = node_text(parent)
            if text is None or text in lines:
                continue
            captions = [node_text(child) for child in css_matches(parent, "label[for]")]
            if "".join(c for c in captions if c).replace(" ", "") == text.replace(" ", ""):
                lines.add(text)
    return lines
