"""The runs of one event shown beside its hidden start stamp, one occurrence each.

A hand-written course page wraps itself in one Event scope with one ``<meta
itemprop="startDate" content="2018-03-16T15:00">`` and shows, right after that stamp, the
course's two parts on two lines: "Teil 1: 16.03.-18.03.2018 | Freitag 15:00 – Sonntag 17:00
Uhr" / "Teil 2: 06.04.-08.04.2018 | Freitag 15:00 – Sonntag 16:00 Uhr". The stamp names the first
part only; read alone, the second part is lost. When the element right after the event's one
hidden start stamp is made of two or more lines, each naming its own day, and the first of them
starts as the stamp does, the event happens on each line's days: one item per line. Any line
without a day, or a first line that is not the stamp's, leaves the event as it is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import text_lines
from netdir.normalize.when import parse_when

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def items_per_shown_run(
    scope: LexborNode, item: dict[str, Any], prop: str, stamp_tags: frozenset[str]
) -> list[dict[str, Any]]:
    """``item`` once per run shown after its one hidden start stamp (``stamp_tags``: the
    elements that hold a value unseen, ``<meta>``); [] when the page shows no such runs."""
    start = item.get("startDate")
    if not isinstance(start, str) or not start.strip():
        return []
    stamps = [
        node
        for node in scope.css(f"[{prop}]")
        if node.tag in stamp_tags and "startDate" in (node.attributes.get(prop) or "").split()
    ]
    if len(stamps) != 1:
        return []
    block = _next_element(stamps[0])
    if block is None or block.tag in _HEADINGS or block.css_first(f"[{prop}]") is not None:
        return []
    runs = _runs(block, start.strip())
    if len(runs) < 2:
        return []
    items = []
    for run_start, run_end in runs:
        copy = {key: value for key, value in item.items() if key != "endDate"}
        copy["startDate"] = run_start
        if run_end is not None:
            copy["endDate"] = run_end
        items.append(copy)
    return items


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        if sibling.is_text_node and (sibling.text() or "").strip():
            return None  # text between the stamp and the next element: not a block of runs
        sibling = sibling.next
    return sibling


def _runs(block: LexborNode, stamp: str) -> list[tuple[str, str | None]]:
    """Each line's (start, end) as the page states its wall clock; [] unless every line names a
    day, no two lines the same day, and the first line starts where the stamp does."""
    try:
        stamp_day = date.fromisoformat(stamp[:10])
    except ValueError:
        return []
    runs: list[tuple[str, str | None]] = []
    for line, _ in text_lines([block]):
        when = parse_when(line, today=stamp_day)
        if when.start is None:
            return []
        start = when.start[:16] if "T" in when.start else when.start[:10]
        end = None if when.end is None else when.end[:16] if "T" in when.end else when.end[:10]
        runs.append((start, end))
    if len({start[:10] for start, _ in runs}) != len(runs):
        return []
    first = runs[0][0] if runs else ""
    same_clock = len(stamp) < len("2018-03-16T15:00") or first[11:16] == stamp[11:16]
    if not runs or first[:10] != stamp[:10] or not same_clock:
        return []
    return runs
