"""An event page's day set as a heading of its own right above the heading that names it.

A choir's concerts page::

    <h3>Samstag, 18. und Sonntag, 19. Januar 2020, 15.00 Uhr</h3>
    <h2>Konzerte aus Anlass des 120. Geburtstags von Ernst Busch</h2>
    Auf Einladung des Ernst Busch Chors Berlin … Ort: Russisches Haus …

The day heading names nothing (it is no heading the page's name can be read from), and the
readers look for the day in or under the name's heading — this one stands over it, as a kicker
does. A heading that opens with its day (a weekday may lead) and says little more, right above
the first heading that names the event, is that event's day.

A concert house's event page sets its day as a dateline over a category line and the h1::

    <div class="is-dateline">Sonntag | 4. Oktober 2026 | 18:00 Uhr</div>
    <span>Konzerte | Kammerkonzerte</span>
    <h1>Kammerkonzert</h1>

A line that is not a heading stands there too when it opens with its day and gives the hour the
event starts at („18:00 Uhr“: a post's publication stamp above its title gives no hour in Uhr),
at most one short dateless line (a kicker, a category) between it and the name.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
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


_KICKER_CHARS = 60  # „Konzerte | Kammerkonzerte“: a category line between the dateline and the name
# „18:00 Uhr“, „19.30 Uhr“, „20 Uhr“: the hour the event starts at, said in Uhr.
_HOUR_IN_UHR = lazy_re.compile(r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*Uhr\b", re.I)
# „Veröffentlicht am 3. März 2026, 10:12 Uhr“: the post's stamp, not its event's day.
_STAMP = lazy_re.compile(
    r"\b(?:veröffentlicht|gepostet|posted|published|aktualisiert|stand)\b", re.I
)


def dateline_over_the_name(
    lines: list[tuple[str, LexborNode | None]], headings: list[Fact]
) -> Fact | None:
    """The dateline (not a heading) above the h1 that names the page's event, with at most one
    short dateless line between them (see the module docstring), or None."""
    if not headings or headings[0].where != "h1":
        return None
    name_at = headings[0].index
    for index in (name_at - 1, name_at - 2):
        if index < 0:
            return None
        text, block = lines[index]
        if index == name_at - 2:
            between = lines[name_at - 1][0]
            if len(between) > _KICKER_CHARS or DATE_PHRASE.search(between):
                return None
        if len(text) > _DAY_HEADING_CHARS or _STAMP.search(text):
            continue
        match = DATE_PHRASE.search(text)
        if match is None or match.start() > _DAY_LEAD or not names_a_day(match.group(0)):
            continue
        if _HOUR_IN_UHR.search(text, match.end()) is None:
            return None
        where = block.tag if block is not None and block.tag else "line"
        return Fact(text, f"{where} (dateline) above {headings[0].where}", index)
    return None
