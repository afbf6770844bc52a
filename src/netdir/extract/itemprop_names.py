"""The name a title box marks inside itself with microdata: „<td class="evt-title"><span
itemprop="name"><a>Probe: Kirchenchor</a></span><br /><span>Chorprobe</span><br /><span>Mascha
Korn</span></td>“.

A class-named title box may hold more than the name: a short description and the contact person
below it on lines of their own. When the page marks the name as such (``itemprop="name"`` of the
item the box belongs to), that element names the event; the other lines describe it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text


def name_marked_inside(box: LexborNode) -> str | None:
    """The text of the one ``itemprop="name"`` element inside ``box``, when it is not all of
    the box's text; None otherwise (no such element, several, or the box holds nothing else)."""
    marked = [node for node in box.css('[itemprop="name"]') if node.mem_id != box.mem_id]
    if len(marked) != 1:
        return None
    name = node_text(marked[0])
    whole = node_text(box)
    if not name or not whole or len(name) >= len(whole):
        return None
    return name
