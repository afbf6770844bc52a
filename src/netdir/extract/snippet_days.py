"""A listed post whose heading names no day, whose snippet opens with the event's day.

A news list shows each post's heading, the first words of its text and the day it went up:
„Hitzeaktionstag!“ / „Am diesjährigen Hitzeaktionstag am 04.06.2025 sind wir wieder mit dabei …“
/ „23.05.2025“, „Nachhaltigkeit auf der „therapie LEIPZIG““ / „Vom 4.-6.5. findet in Leipzig die
Messe … statt“. Where the list's other headings name their days over such stamps, the stamp is
when the post went up (``block_dates.undate_stamped_posts``); the post is no event of its own —
unless its text opens by telling the day of what it is about. A snippet that opens „Am <day>“,
„Vom <day>“ or „Am <adjective> <name> am <day>“ dates the post's event: the day within its first
words, not a day mentioned further on („Anlässlich der anstehenden Landtagswahl … am 1.9.2024“,
„Auch wenn es die kühleren Temperaturen am 5. 6. …“ tell of other days).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, text_lines
from netdir.extract.date_cues import search_date_phrase

# „Am 25.06.2024 fand …“, „Vom 4.-6.5. findet …“, „Am diesjährigen Hitzeaktionstag am 04.06.2025“:
# the opening words, then the day within a few words of them.
_OPENS_WITH_THE_DAY = lazy_re.compile(r"^(?:am|vom)\s", re.IGNORECASE)
_MAX_CHARS_BEFORE_THE_DAY = 40
SNIPPET_DAY = "listing:the day the post's snippet opens with"


def _opening_day(line: str) -> str | None:
    if _OPENS_WITH_THE_DAY.match(line) is None:
        return None
    match = search_date_phrase(line[:120])
    if match is None or match.start() > _MAX_CHARS_BEFORE_THE_DAY:
        return None
    phrase = match.group(0)
    return phrase if names_a_day(phrase) else None


def day_the_snippet_opens_with(segment: list[LexborNode], reading: BlockReading) -> None:
    """Date an undated post by the day its snippet opens with (a line under its heading that is
    neither the heading nor the stamp)."""
    title, stamp = reading.title or "", reading.published or ""
    for line, _ in text_lines(segment):
        line = line.strip()
        if not line or line == title or (stamp and stamp in line and len(line) <= len(stamp) + 4):
            continue
        phrase = _opening_day(line)
        if phrase is not None:
            reading.date_text = phrase
            reading.sources["date_text"] = SNIPPET_DAY
        return  # only the first line of the snippet opens it
