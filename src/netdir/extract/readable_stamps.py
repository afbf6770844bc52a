"""A ``<time>`` element whose ``datetime`` joins the readable day and the clock with a „T“.

A conference theme (Hoverboard, GDG Lviv's Jekyll theme) writes each slot's start and end as
``<time class="start-time" datetime="December 07T09:00"> 09<span>00</span> </time>``: the
attribute pastes the day as the programme shows it („December 07“, from the site's data) before
the ISO clock, and the element shows only the hour with the minutes raised beside it — its text
holds „0900“, no clock. A reader sees the slot at 09:00 on the day above the grid. When the
attribute is a day a reader can read, a „T“ and a clock, and the element's shown digits are that
clock's (or it shows nothing), the element stands for that day and clock; the next such element
of the block on the same day is the slot's end.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, names_a_day, node_text
from netdir.extract.context import clean_text

# „December 07T09:00“, „7 Dec 2018T16:30:00“: a day with letters in it, „T“, a 24-hour clock.
_READABLE = lazy_re.compile(
    r"^(?P<day>[^T]*[A-Za-z][^T]*?)\s*T(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)"
)
_NOT_DIGITS = lazy_re.compile(r"\D")


def readable_stamp(time: LexborNode, root: LexborNode) -> str | None:
    """„December 07, 09:00 - 09:50“ for a ``<time>`` element shaped as the module docstring
    says (with the end from the block's next such element on the same day); None otherwise."""
    start = _day_and_clock(time)
    if start is None:
        return None
    day, clock = start
    text = f"{day}, {clock}"
    times = [root] if root.tag == "time" else css_matches(root, "time[datetime]")
    after = False
    for other in times:
        if other.mem_id == time.mem_id:
            after = True
            continue
        if not after:
            continue
        end = _day_and_clock(other)
        if end is not None and end[0] == day:
            return f"{text} - {end[1]}"
        break
    return text


def _day_and_clock(time: LexborNode) -> tuple[str, str] | None:
    """The readable day and the clock („December 07“, „09:00“) of ``time`` when its shown
    digits are that clock's or it shows none; None otherwise."""
    machine = clean_text(time.attributes.get("datetime")) or ""
    found = _READABLE.match(machine)
    if found is None:
        return None
    day = " ".join(found.group("day").split())
    if not names_a_day(day):
        return None
    hour, minute = int(found.group("h")), found.group("m")
    shown = _NOT_DIGITS.sub("", node_text(time) or "")
    if shown and shown.lstrip("0") != f"{hour}{minute}".lstrip("0"):
        return None
    return day, f"{hour:02d}:{minute}"


def holds_a_readable_stamp(node: LexborNode) -> bool:
    """Whether ``node`` holds (or is) a ``<time>`` element shaped as the module docstring says:
    a block dated so is worth reading, though its text names no day."""
    times = [node] if node.tag == "time" else css_matches(node, "time[datetime]")
    return any(_day_and_clock(time) is not None for time in times)
