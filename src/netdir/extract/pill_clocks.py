"""A clock in an element of its own, beside a type pill on the same line.

A fire brigade's Eleventy cards set the day as a badge („24“ / „Apr“) and, over the name, one line
of two spans: „<span>18:00 Uhr</span><span class="rounded-full">Veranstaltung</span>“ (or
„Übung“). Read as one line, „18:00 Uhr Veranstaltung“ looked like a clock beside a programme
item's name (the „19:00 | Einführung“ of a concert's evening), so the block kept its day alone. The
clock is the whole text of its element; the word beside it is a pill of its own — one or two
words, no digits — that says what kind of date it is, not a second event. When exactly one such
clock stands in the block, it is the block's time. A clock inside a sentence („Treffpunkt ist um
<b>18:00 Uhr</b> am Rathaus“) has more than a pill beside it and is left to the prose readers.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import css_matches, node_text

_PILL_WORDS = 2  # „Veranstaltung“, „Übung“, „Jugend Feuerwehr“ — a kind, not a sentence


def clock_beside_a_pill(
    segment: list[LexborNode], time_line: Callable[[str], str | None]
) -> str | None:
    """The one clock of ``segment`` that is the whole text of its element and shares its line
    only with a pill of its own (see the module docstring); None otherwise. ``time_line`` says
    whether a text is a time line (and which)."""
    clocks: set[str] = set()
    for node in segment:
        for element in [node, *css_matches(node, "*")]:
            text = node_text(element)
            clock = time_line(text) if text else None
            if clock is not None and _beside_a_pill(element, clock):
                clocks.add(clock)
    return clocks.pop() if len(clocks) == 1 else None


def _beside_a_pill(element: LexborNode, clock: str) -> bool:
    """Whether ``element``'s parent holds only it and element siblings that read as one pill."""
    parent = element.parent
    if parent is None:
        return False
    siblings: list[str] = []
    child = parent.child
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip(" \t\r\n·|•–-"):
                return False  # words of the parent's own: a sentence around the clock
        elif child.mem_id != element.mem_id:
            sibling = node_text(child)
            if sibling:
                if child.child is not None and child.child.next is not None:
                    return False  # a sibling with parts of its own is no pill
                siblings.append(sibling)
        child = child.next
    words = " ".join(siblings).split()
    return (
        len(siblings) == 1
        and 1 <= len(words) <= _PILL_WORDS
        and not any(ch.isdigit() for ch in siblings[0])
        and node_text(parent) in (f"{clock} {siblings[0]}", f"{siblings[0]} {clock}")
    )
