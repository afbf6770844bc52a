"""Rows that link only the venue they are held in, after „im“.

A repair café's list of dates writes each row as „Am 07. Okt 2016 im <a>Haus der Caritas</a>
von 14-17Uhr“: the day, „im“ (or „in der“, „auf dem“, „beim“ …) with the linked venue, the
hours — and nothing else. The link is where the row is held, not what it is: read as the row's
name it titled every row by its venue, and the hours after the venue were lost to the day (the
day and the hours are apart, the venue between them).

So a row whose text, without its day and hours, is one place preposition and its link's words
is held at that link's venue, its day keeps the hours the row gives, and — two rows or more of
the list alike, as with ``address_rows.name_bracketed_place_rows`` — the rows are the page's
own sessions: the page's name names them. A row that says more („Konzert im <a>Gemeindehaus</a>“)
names itself and is left alone; so is a row without a link.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.title_text import title_in_text
from netdir.records import RawRecord

#: Marks a title that is the row's linked venue, for ``name_venue_link_rows``.
VENUE_LINK = " (the link after the preposition is the row's venue)"
_MIN_ROWS = 2
# „im “, „in der “, „auf dem “, „beim “ opening what is left of the row.
_PREPOSITION = lazy_re.compile(rf"^(?i:{PLACE_PREPOSITION})\s+")


def venue_link_row(reading: BlockReading, text: str) -> None:
    """A dated row titled by its link whose own words are only „im <link>“: the link is the
    row's place, the hours the row gives join its day (see the module docstring)."""
    title = (reading.title or "").strip()
    if not title or reading.date_text is None or reading.location_text is not None:
        return
    if not reading.sources.get("title", "").endswith(">a"):
        return
    rest = " ".join((title_in_text(text) or "").split()).rstrip(" .,;")
    lead = _PREPOSITION.match(rest)
    # („im <a>Labor e.V.</a>“: the abbreviation's stop may end the row's text)
    if lead is None or rest[lead.end() :] != " ".join(title.split()).rstrip(" .,;"):
        return
    reading.location_text = title
    reading.sources["location_text"] = reading.sources["title"] + " (the venue after „im“)"
    reading.sources["title"] += VENUE_LINK
    line = " ".join(text.split())
    at = line.find(rest)
    when = " ".join((line[:at] + " " + line[at + len(rest) :]).split()) if at >= 0 else ""
    if TIME_LIKE.search(when) and not TIME_LIKE.search(reading.date_text):
        # „Am 07. Okt 2016 von 14-17Uhr“: the day with the hours written after the venue
        reading.date_text = when
        reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + hours"


def name_venue_link_rows(records: list[RawRecord], page: str | None) -> None:
    """Rows (two or more) that only link their venue are the page's own sessions: the page's
    name titles them."""
    rows = [r for r in records if r.field_sources.get("title", "").endswith(VENUE_LINK)]
    if not page or len(rows) < _MIN_ROWS:
        return
    for record in rows:
        record.title = page
        record.field_sources["title"] = "listing:page title (rows name only their linked venue)"
