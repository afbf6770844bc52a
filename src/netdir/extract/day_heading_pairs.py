"""A day set as a heading of the same rank right above each item's name heading.

A user group's meetings page repeats, under year headings, two headings of one rank and a line::

    <h4 class="meeting-date">09/05/2016</h4>
    <h4 class="meeting-title"><a href="/meetings/shrug-78">Our experience using Ruby …</a></h4>
    <p>How Ruby was used to grow a great startup …</p>

Split at every ``h4``, the day heading is a run of its own (no name, no line) and the name's run
has no day: half the blocks are dated, none is a meeting. A reader sees one item per pair. When
the runs alternate — a run that is only a heading holding a day and nothing else, then a run
opened by a heading of the same tag that names no day — for at least ``_MIN_PAIRS`` pairs, and
such pairs hold all runs but at most one, each day heading joins the run below it (a day heading
of a lower rank is ``date_headings_above``'s).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, names_a_day, node_text
from netdir.extract.bold_day_lines import only_a_day

_MIN_PAIRS = 3
_DAY_CHARS = 40  # „Tuesday, 14 September 2015, 19:00“: a day, not a titled heading


def day_headings_join_their_names(runs: list[list[LexborNode]]) -> list[list[LexborNode]]:
    """``runs`` with each lone day heading joined to the name heading's run right after it,
    when the runs alternate so (see the module docstring); else ``runs`` unchanged."""
    joined: list[list[LexborNode]] = []
    pairs = 0
    index = 0
    while index < len(runs):
        run = runs[index]
        if (
            index + 1 < len(runs)
            and _a_day_heading_alone(run)
            and _named_below(run[0], runs[index + 1])
        ):
            joined.append(run + runs[index + 1])
            pairs += 1
            index += 2
            continue
        joined.append(run)
        index += 1
    if pairs < _MIN_PAIRS or len(joined) - pairs > 1:
        return runs
    return joined


def _a_day_heading_alone(run: list[LexborNode]) -> bool:
    if len(run) != 1 or run[0].tag not in HEADING_TAGS:
        return False
    text = node_text(run[0]) or ""
    return 0 < len(text) <= _DAY_CHARS and only_a_day(text)


def _named_below(day: LexborNode, run: list[LexborNode]) -> bool:
    """The next run opens with a heading of the day's own tag that names no day itself."""
    head = run[0]
    return head.tag == day.tag and not names_a_day(node_text(head) or "")
