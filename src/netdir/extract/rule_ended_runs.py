"""A heading's run of siblings ends at the rule that closes its section when a dated line follows
that rule: the line heads the next section.

A lab's home page is a news column of flat siblings, each news item set between rules under a
month line::

    <p>November 2019</p><hr><h1>FORUM Offene Stadt 2019</h1><p class="lead">… findet am 8.
    November 2019 in Hamburg statt …</p><hr><p>August 2019</p><hr><h1>Offene Projekt-Börse</h1> …

Split at its headings, each item's run would end with the next item's month line — the shortest
dated element of the run, so every item took its successor's month. After the heading's own
content, a rule followed (within the run) by a dated line closes the section; the rule and what
follows it belong to what comes next, not to this heading.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE

_DATE_LINE_CHARS = 60  # a month line or a dateline, not a paragraph that mentions a day


def end_at_rules(runs: list[list[LexborNode]]) -> list[list[LexborNode]]:
    """Each heading run cut before the first rule after its content that a dated line follows."""
    return [_cut(run) for run in runs]


def _cut(run: list[LexborNode]) -> list[LexborNode]:
    if not run or run[0].tag not in HEADING_TAGS:
        return run
    for index in range(2, len(run)):
        if run[index].tag == "hr" and any(_dated_line(node) for node in run[index + 1 :]):
            return run[:index]
    return run


def _dated_line(node: LexborNode) -> bool:
    if node.tag in HEADING_TAGS or node.tag == "hr":
        return False
    text = node_text(node) or ""
    return 0 < len(text) <= _DATE_LINE_CHARS and DATE_LIKE.search(text) is not None
