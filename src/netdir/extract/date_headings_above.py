"""A date heading right above each item heading opens that item's run.

A choir's archive of concerts repeats, between rules, a heading of the day over a heading of the
programme::

    <p></p><h2>5. Mai 2018 – 20 Uhr Hof Akkerboom</h2><br><h1>Es gibt keinen Frieden …</h1>
    … <hr><p></p><h2>3. März 2018 – 19 Uhr DGB Gewerkschaftshaus</h2><h1>…</h1> …

Split at the programme headings, each run ends with the next concert's date heading (a heading of
a lower rank does not end a run of higher ones), so every concert took its successor's day. When
the first item heading and all but at most one of the others have a short heading that names a
day above them — of a lower rank than the item heading (a day heading of a higher rank heads a
section of several items), only line breaks, empty paragraphs and at most two short lines between,
no rule and no other item heading — that heading opens their run instead (``listing_groups`` does the same
for a date line that is no heading), and the item heading below it names the item
(``heading_below_its_date``), not the date heading that now opens the run.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, names_a_day, node_text

_MIN_RUNS = 2
_DATE_HEADING_CHARS = 90  # a day, a clock and a venue; not a section's long title
_LINES_BETWEEN = 2  # „Konzert mit dem Chor … e.V.:“ between the day and the programme


def date_headings_open_runs(
    runs: list[list[LexborNode]], children: list[LexborNode]
) -> list[list[LexborNode]]:
    """``runs`` (each opened by an item heading) with the date heading above each item moved to
    the front of its run, when the first item and all but at most one have one; else ``runs``."""
    if len(runs) < _MIN_RUNS:
        return runs
    position = {child.mem_id: index for index, child in enumerate(children)}
    above = [_date_heading_above(run[0], children, position) for run in runs]
    return opened_by_what_stands_above(runs, above)


def opened_by_what_stands_above(
    runs: list[list[LexborNode]], above: list[LexborNode | None]
) -> list[list[LexborNode]]:
    """Each run opened by the element found above its first node (``above``, one per run) and
    that element taken out of the run it ended: when the first run and all but at most one of
    the others have one; else ``runs`` unchanged (a date below each name is its own)."""
    if above[0] is None or sum(node is not None for node in above) < len(runs) - 1:
        return runs
    moved = {node.mem_id for node in above if node is not None}
    return [
        ([node] if node is not None else []) + [n for n in run if n.mem_id not in moved]
        for run, node in zip(runs, above, strict=True)
    ]


def _date_heading_above(
    head: LexborNode, children: list[LexborNode], position: dict[int, int]
) -> LexborNode | None:
    index = position.get(head.mem_id)
    if index is None:
        return None
    lines = 0
    for sibling in reversed(children[:index]):
        if sibling.tag == "hr" or sibling.tag == head.tag:
            return None  # the previous item's section, not this one's
        text = node_text(sibling) or ""
        if sibling.tag in HEADING_TAGS:
            # A day heading of a higher rank („<h1>Sun 2026-08-23</h1><h2>Belmont</h2>“) heads a
            # section of several items: it dates them all and opens none of their runs.
            below_the_item = _rank(sibling) > _rank(head)
            return sibling if below_the_item and _is_date_heading(text) else None
        if text:
            lines += 1
            if lines > _LINES_BETWEEN:
                return None
    return None


def _rank(heading: LexborNode) -> int:
    return (
        HEADING_TAGS.index(heading.tag or "h6")
        if heading.tag in HEADING_TAGS
        else len(HEADING_TAGS)
    )


def _is_date_heading(text: str) -> bool:
    return 0 < len(text) <= _DATE_HEADING_CHARS and names_a_day(text)


def heading_below_its_date(segment: list[LexborNode]) -> LexborNode | None:
    """The item heading of a run opened by its date heading: a block whose first element is a
    short heading that names a day, with a heading of a higher rank after it („<h2>5. Mai 2018 –
    20 Uhr Hof Akkerboom</h2><h1>Es gibt keinen Frieden …</h1>“); None for any other block."""
    if len(segment) < _MIN_RUNS or segment[0].tag not in HEADING_TAGS:
        return None
    if not _is_date_heading(node_text(segment[0]) or ""):
        return None
    rank = _rank(segment[0])
    for node in segment[1:]:
        if node.tag in HEADING_TAGS and _rank(node) < rank:
            return node
    return None
