"""The venue a block's date heading names after its day and hour.

A choir's archive heads each concert with a line of its own, „<h2>5. Mai 2018 – 20 Uhr Hof
Akkerboom</h2>“, „<h2>18. Aug. 2019 – Räucherei Kiel</h2>“, and names the concert in another
heading below („<h1>Es gibt keinen Frieden, wenn wir ihn nicht wollen</h1>“); the street may
follow further down („Stockholmstraße 159, 24109 Kiel“). A reader reads what follows the day
(and the hour) after the dash as where the concert is: the block's place, with the block's own
address line after it. Only a short rest of proper names counts („– Konzert“, „– ausverkauft“
name no venue) and only when that heading is not the block's title (when_where_headings reads
a heading of day and place that titles its block).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import ADDRESS_LINE
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, loose_lines, text_chunks, text_lines
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.place_lines import names_a_place

# „ – 20 Uhr Hof Akkerboom“, „, 19.00 Uhr – DGB Haus“, „ – Räucherei Kiel“: a dash or comma after
# the day, maybe an hour, then the rest.
_AFTER_THE_DAY = lazy_re.compile(
    r"^\s*[–—,-]\s*(?:(?:um\s+|ab\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr\s*[–—,-]?\s*)?(?P<rest>\S.*)$"
)
# „Hof Akkerboom“, „Haus der Jugend“: capitalised words, maybe joined by a small word.
_PROPER_NAMES = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:der|des|die|dem|am|im|an|auf|in|und|zur|zum)\s+)?"
    r"[A-ZÄÖÜ][\w.'’&-]*){1,4}$"
)
_MAX_ADDRESS_LINE = 60


def place_in_the_date_heading(segment: list[LexborNode], reading: BlockReading) -> None:
    """The venue after the day (and the hour) of a heading that is not the block's title."""
    lines = text_lines(segment)
    for line, owner in lines:
        if owner is None or owner.tag not in HEADING_TAGS or (reading.title or "\0") in line:
            continue
        day = DATE_PHRASE.match(line)
        rest = _AFTER_THE_DAY.match(line[day.end() :]) if day is not None else None
        if rest is None or not _names_a_venue(rest["rest"]):
            continue
        address = _address_line([*text_chunks(segment), *loose_lines(segment)])
        venue = rest["rest"].strip()
        reading.location_text = f"{venue}, {address}" if address else venue
        reading.sources["location_text"] = f"listing:{owner.tag} after the day" + (
            " + address line" if address else ""
        )
        return


def _names_a_venue(rest: str) -> bool:
    rest = rest.strip()
    if DATE_LIKE.search(rest) or TIME_LIKE.search(rest):
        return False
    return bool(_PROPER_NAMES.match(rest)) or (len(rest.split()) <= 6 and names_a_place(rest))


def _address_line(lines: list[str]) -> str | None:
    """„Stockholmstraße 159, 24109 Kiel“: a short line that is a postal address and no more."""
    for line in lines:
        text = line.strip()
        short = len(text) <= _MAX_ADDRESS_LINE and not TIME_LIKE.search(text)
        if short and ADDRESS_LINE.search(text) and not DATE_LIKE.search(text):
            return text
    return None
