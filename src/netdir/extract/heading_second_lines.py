"""A heading set on two lines by a ``<br>``: „<h2>Jubiläums-Fachtagung — 15 Jahre SIPT<br>Neue
Entwicklungen im psychodynamischen Traumaverständnis</h2>“ names the event on its first line and
gives the theme on its second — the second line is the heading's subtitle, not its name."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.event_page_labels import Fact


def second_line_of_the_heading(
    upper: Fact, lower: Fact, lines: list[tuple[str, LexborNode | None]] | None
) -> bool:
    """Whether ``lower`` is the line right after ``upper`` in the same heading element, the
    first line a whole name (its last word not in lower case: not „Einladung zur“ over
    „Mitgliederversammlung“) and the second opening a phrase of its own (a capital, not „am 5.
    Juli“ going on with the first)."""
    if lines is None or lower.index != upper.index + 1 or not 0 <= upper.index < len(lines) - 1:
        return False
    upper_block, lower_block = lines[upper.index][1], lines[lower.index][1]
    if upper_block is None or lower_block is None or upper_block.mem_id != lower_block.mem_id:
        return False
    words = upper.value.split()
    return bool(words) and not words[-1][:1].islower() and lower.value[:1].isupper()
