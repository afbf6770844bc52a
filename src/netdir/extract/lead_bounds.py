"""Which texts before a list are its lead: not those of another dated list's section.

An agenda keeps one table per kind of meeting, each under its heading: „<h2>Stammtisch</h2><p>Der
glp-Stamm findet jeweils ab 19 Uhr im Restaurant Beaulieu … statt.</p><table>…22. April | Stamm…
</table><h2>Vorstandssitzungen</h2><table>…15. April | Vorstandssitzung…</table>“. Walking back
from the board meetings' table, the text „ab 19 Uhr im Restaurant Beaulieu“ lies behind the list's
own heading and the stammtisch's table, under the stammtisch's heading: it is the lead of that
list, not of this one. Once the walk has passed a heading, a list that names a day (a table, ul,
ol or dl, or a box holding one) opens another section: its texts up to that section's heading are
passed over. What stands above that heading heads the page's lists again (a where line over all
the tables: „im Gemeinschaftshaus …“).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, names_a_day

_LIST_TAGS = ("table", "ul", "ol", "dl")
_HOLDS_A_LIST = ", ".join(_LIST_TAGS)


def another_dated_list(node: LexborNode, text: str) -> bool:
    """``node`` (with visible ``text``) is a list of days."""
    # The list first: a page's menu before its listing is read back to its start, and searching
    # its whole text for a day costs more than looking for a list in it.
    if node.tag not in _LIST_TAGS and node.css_first(_HOLDS_A_LIST) is None:
        return False
    return names_a_day(text)


class LeadWalk:
    """The walk back from a list over the elements before it, nearest first."""

    def __init__(self) -> None:
        self._heading_passed = False
        self._in_another_section = False

    def admits(self, node: LexborNode, text: str) -> bool:
        """Whether ``node``'s ``text`` may be the list's lead."""
        heading = node.tag in HEADING_TAGS
        if self._in_another_section:
            self._in_another_section = not heading  # that section's heading ends it
            return heading
        if self._heading_passed and another_dated_list(node, text):
            self._in_another_section = True
            return False
        self._heading_passed = self._heading_passed or heading
        return True
