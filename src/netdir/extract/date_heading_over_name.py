"""An event page's day set as a heading of its own right above the heading that names it.

A choir's concerts page::

    <h3>Samstag, 18. und Sonntag, 19. Januar 2020, 15.00 Uhr</h3>
    <h2>Konzerte aus Anlass des 120. Geburtstags von Ernst Busch</h2>
    Auf Einladung des Ernst Busch Chors Berlin … Ort: Russisches Haus …

The day heading names nothing (it is no heading the page's name can be read from), and the
readers look for the day in or under the name's heading — this one stands over it, as a kicker
does. A heading that opens with its day (a weekday may lead) and says little more, right above
the first heading that names the event, is that event's day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.event_page_labels import Fact

_DAY_LEAD = 25  # „Samstag, 18. und Sonntag, …“: a weekday and a comma may come first
_DAY_HEADING_CHARS = 90  # a day, its hours and a venue; a longer heading is a title


def date_heading_over_the_name(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact]
) -> Fact | None:
    """The day heading right above the first naming heading (``headings[0]``), or None."""
    if not headings or headings[0].index == 0:
        return None
    index = headings[0].index - 1
    text, block = lines[index]
    if block is None or block.tag not in HEADING_TAGS or len(text) > _DAY_HEADING_CHARS:
        return None
    match = DATE_PHRASE.search(text)
    if match is None or match.start() > _DAY_LEAD or not names_a_day(match.group(0)):
        return None
    return Fact(text, f"{block.tag} above {headings[0].where}", index)
