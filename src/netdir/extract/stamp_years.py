"""The year of a post's yearless event day: the post's own publication stamp.

A meetup's blog lists its posts, each with the day it went up and a title naming the meeting:
„<span class="post-meta">Apr 20, 2017</span> · Geekfem - Meet & Geek (19. Mai 18:00)“, „<span
class="post-meta">Apr 21, 2016</span> · Big-data (commons): Am 21. April findet bei uns ein
Vortrag … statt“. The day it names lies near the day the post was written, not near the day
the page was saved (2024): the stamp becomes the record's ``published`` day, from which the
normalizer reads a yearless date (``parse_when(page_date=…)``). A day that states its year
needs no stamp, and the stamp is never the event's day.
"""

from __future__ import annotations

from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_PHRASE, has_year

STAMP_FOR_THE_YEAR = "listing:stamp, the year of a yearless day"


def year_from_the_stamp(reading: BlockReading, stamps: list[str]) -> None:
    """Keep the first stamp's day as ``published`` when the block's own date names no year."""
    if reading.date_text is None or has_year(reading.date_text) or reading.published:
        return
    for stamp in stamps:
        match = DATE_PHRASE.search(stamp)
        if match is not None and has_year(match.group(0)):
            reading.published = match.group(0)
            reading.sources["published"] = STAMP_FOR_THE_YEAR
            return
