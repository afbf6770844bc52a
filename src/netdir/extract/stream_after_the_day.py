"""The stream an online evening is held on, named right after its day.

An edition held online sets its day apart and the stream under it: „<strong>Samstag
(09.05.2020) ab 17:00 Uhr</strong><br><strong>auf</strong><br><strong><a>https://www.twitch.tv/
ruetueta/</a></strong>“. No label says where, and the address is no venue's name, so the
evening had no place. A reader takes the stream the day line leads on to („auf“, „on“, „via“)
for where it happens. Only an address of a stream or a video meeting (``ONLINE_ADDRESS``: a
Twitch, YouTube, Zoom … address, not a venue's own site) within the next lines counts, and only
when „auf“/„on“/„via“ leads to it (the end of the day's line, a line of its own, or the
address's line).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.normalize.online_services import ONLINE_ADDRESS

_LEAD = lazy_re.compile(r"^(?:(?:live|im\s+livestream)\s+)?(?:auf|on|via|über)\b\s*", re.I)
_ENDS_LEADING = lazy_re.compile(r"\b(?:auf|on|via)\s*[:]?\s*$", re.I)
_NEXT_LINES = 3


def stream_after_the_day(
    lines: list[tuple[str, LexborNode | None]], date_index: int
) -> tuple[str, int] | None:
    """(address, index) of the stream the day's line leads on to; None when it leads to none."""
    if not 0 <= date_index < len(lines):
        return None
    led = _ENDS_LEADING.search(lines[date_index][0]) is not None
    for index in range(date_index + 1, min(date_index + 1 + _NEXT_LINES, len(lines))):
        text = lines[index][0].strip()
        lead = _LEAD.match(text)
        rest = text[lead.end() :].strip() if lead else text
        if lead is not None and not rest:
            led = True  # „auf“ on a line of its own
            continue
        if (led or lead is not None) and ONLINE_ADDRESS.match(rest):
            return rest, index
        return None
    return None
