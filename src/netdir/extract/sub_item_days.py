"""A day in a list item nested under another item is that item's day, not the block's.

A student chapter's minutes index shows each meeting as its heading, the meeting's day on the
line below („Oct 8, 2018“) and the minutes' announcements as a nested list::

    <h1>Classes for Spring 2019</h1><p>Oct 8, 2018</p>
    <ul><li>CS Bonfire<ul><li>November 2nd</li><li>Beck's house</li></ul></li>
        <li>Robocode<ul><li>November 10th</li></ul></li>
        <li>Next meeting<ul><li>October 15th</li></ul></li></ul>

„November 2nd“ is the bonfire's day, „November 10th“ Robocode's: each belongs to the item it
is nested in, which names another event. Read as the block's own days, they made the meeting
three meetings on other days (and „Mock Interviews / October 28“ the day of another meeting,
being shorter than its own „Oct 15, 2018“). A list of the block's own days („<h2>Flohmarkt</h2>
<ul><li>Sa.03.02.2018</li><li>Sa.10.02.2018</li>…“) is a list of its own, not nested.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def in_a_nested_item(node: LexborNode, roots: list[LexborNode]) -> bool:
    """Whether ``node`` lies in a list item that is itself inside another list item, both
    below the block's ``roots`` (a block that is itself a list item is not counted)."""
    stop = {root.mem_id for root in roots}
    items = 0
    current: LexborNode | None = node
    while current is not None and current.mem_id not in stop:
        if current.tag == "li":
            items += 1
            if items >= 2:
                return True
        current = current.parent
    return False
