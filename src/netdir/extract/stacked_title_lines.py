"""A title box that stacks the name among its companions: the line the page names the headline.

A stage's teaser puts everything about a production in one box classed as its title::

    <div class="title">
      <div class="overline"><span>Oper</span></div>
      <div class="headline"><span>Il barbiere di Siviglia</span></div>
      <div class="underlinebig"><span>Komik, Krisen und Koloraturen …</span></div>
      <div class="underlinesmall"><span>Gioachino Rossini</span> <ul>…15.6. / 17.6.…</ul></div>
    </div>

Read whole, the box names the production „Oper Il barbiere di Siviglia Komik, Krisen … Gioachino
Rossini 15.6. / 17.6. …“: the Sparte above the name, the tagline, the composer and the days
below it. The box stacks its lines as block children, and one of them is classed as the name
(„headline“, „title“, „name“): that line names it, the others are its kicker and credits. When
two lines are classed so („panel-title“ over the weekday „Sa.“ and again over the name), the
class tells no line apart and the box is read as before. A box
whose name stands inline among its words („<div class="event-title"><span class="artist-name">X
</span> live</div>“) keeps them: there the class marks a part of the name, not its line.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.date_cues import DATE_LIKE

# Elements that start a line of their own.
_BLOCK_TAGS = frozenset(("div", "p", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"))
# Class words of a line that accompanies the name rather than being it.
COMPANION_CLASS = lazy_re.compile(
    r"sub|over|under|pre|post|kicker|label|meta|date|small|tag|category|roof|dach", re.I
)
_MIN_LINES = 2


def name_line_inside(box: LexborNode, names_the_item: re.Pattern[str]) -> str | None:
    """The text of the line of ``box`` classed as its name (``names_the_item`` matches its
    class), when ``box`` stacks two or more block lines with text and that line is one of them
    (or sits in one); None otherwise."""
    lines = [
        child for child in _element_children(box) if child.tag in _BLOCK_TAGS and node_text(child)
    ]
    if len(lines) < _MIN_LINES or len(lines) != len(
        [child for child in _element_children(box) if node_text(child)]
    ):
        return None  # inline words beside the lines: the name runs among them
    names = {
        name
        for line in lines
        for node in [line, *line.css("[class]")]
        if names_the_item.search(classes := node.attributes.get("class") or "")
        and not COMPANION_CLASS.search(classes)
        and (name := node_text(node))
        and not DATE_LIKE.fullmatch(name)
        and name != node_text(box)
    }
    # Two lines classed alike („panel-title“ over the weekday „Sa.“ and over the name): the
    # class names no one line.
    return names.pop() if len(names) == 1 else None


def _element_children(box: LexborNode) -> list[LexborNode]:
    children = []
    child = box.child
    while child is not None:
        if child.is_element_node:
            children.append(child)
        elif (child.text_content or "").strip():
            return []  # words of the box's own between its lines
        child = child.next
    return children
