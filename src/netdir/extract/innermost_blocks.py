"""A page's innermost text blocks, and the h1 above one of them.

The readers that take a page's one block of a given shape — a performances line
(``performance_days``), a block of days over their hours (``day_hours_pairs``), a weekday's clock
lines (``weekday_clock_lines``) — look only at blocks that hold no other block: an outer ``div``
repeats its inner paragraph's text, and would count the one block twice. The first two name their
records by the page's h1 above the block.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.context import clean_text

_INNER_BLOCKS = "p, div, li, ul, ol, table"


def innermost_blocks(tree: LexborHTMLParser, blocks: str) -> Iterator[LexborNode]:
    """The elements matching ``blocks`` that hold no other block, in the page's order."""
    for node in tree.css(blocks):
        # ``css`` matches the node itself too
        if all(inner.mem_id == node.mem_id for inner in node.css(_INNER_BLOCKS)):
            yield node


def h1_above(tree: LexborHTMLParser, node: LexborNode, blocks: str) -> str | None:
    """The text of the last h1 before ``node`` (one of the elements ``blocks`` matches) in the
    page's order — a site banner's h1s come first, the piece's own h1 right above its text; None
    when no h1 stands above it."""
    title = None
    for element in tree.css("h1, " + blocks):
        if element.mem_id == node.mem_id:
            return title
        if element.tag == "h1":
            title = clean_text(element.text(separator=" ")) or title
    return None
