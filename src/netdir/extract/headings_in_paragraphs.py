"""Headings written inside paragraphs: the lines after each heading go back into a paragraph.

A page typed each section of a programme as one paragraph that opens with its heading::

    <p><h3>Gemeinde-Gebet:</h3>
    Sonntag, den 15.01. um 9 Uhr im Kreuzraum.<br>
    </p>

A heading may not stand inside a ``<p>``: the parser closes the paragraph before the heading
(leaving it empty) and turns the stray ``</p>`` into a second, empty one after the text. The
section's lines are then bare text and inline elements between the heading and that empty
paragraph — nodes beside the elements, which a run of elements loses (the section reads
undated), or read piece by piece (a bold „Mittwoch, den 18.01“ without the full stop after it is
no day). An empty paragraph right before the heading and another right after its lines are the
trace of that markup: the lines are moved into the second one, so the section is a heading over
a paragraph as the writer meant it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_text import HEADING_TAGS, INLINE_TAGS
from netdir.extract.element_siblings import element_before

# What may run on inside the paragraph's lines: phrasing elements and line breaks.
_LINE_TAGS = INLINE_TAGS | {"br", "wbr"}


def mend_headings_in_paragraphs(tree: LexborHTMLParser) -> None:
    """Move the lines after each heading that was written inside a paragraph back into it."""
    body = tree.body
    if body is None or body.css_first("p:empty") is None:
        return  # most pages: no empty paragraph, nothing the parser split
    for heading in tree.css(", ".join(HEADING_TAGS)):
        before = element_before(heading)
        if before is None or before.tag != "p" or before.child is not None:
            continue
        found = _lines_up_to_an_empty_paragraph(heading)
        if found is None:
            continue
        lines, closing = found
        for node in lines:
            closing.insert_child(node, move=True)


def _lines_up_to_an_empty_paragraph(
    heading: LexborNode,
) -> tuple[list[LexborNode], LexborNode] | None:
    """The nodes after ``heading`` up to the empty ``<p>`` the stray end tag made, and that
    paragraph — when only text and phrasing elements lie between and some of it is text."""
    lines: list[LexborNode] = []
    node = heading.next
    while node is not None:
        if node.tag == "p":
            if node.child is not None or not _tells_something(lines):
                return None
            return _trimmed(lines), node
        if node.tag not in _LINE_TAGS:
            return None
        lines.append(node)
        node = node.next
    return None


def _tells_something(lines: list[LexborNode]) -> bool:
    return any((node.text() or "").strip() for node in lines)


def _trimmed(lines: list[LexborNode]) -> list[LexborNode]:
    """Without the blank text and breaks that only ended the heading's line."""
    start = 0
    while start < len(lines) and _blank(lines[start]):
        start += 1
    return lines[start:]


def _blank(node: LexborNode) -> bool:
    return node.tag == "br" or (node.tag == "-text" and not (node.text() or "").strip())
