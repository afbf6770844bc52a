"""Where a card's evening plays, at the end of its line that repeats the card's name and credit.

A theatre's programme cards name the play in a heading, give the work's credit and the day in
a subheading („Komödie von Eric Assous | Deutsch von Kim Langner“ / „14. 06. 2019, 20:00“), and
then write a line that repeats both and goes on with what is special about this evening: „Glück
Komödie von Eric Assous | Deutsch von Kim Langner DT Mobil in Bühren Mehr Informationen auf der
Webseite des Veranstalters … mehr“. What the line adds after its repeated name and credit, up to
its pointer to more („Mehr Informationen …“), is where the evening plays when it reads as a
place: a short name holding a venue word („Universität Göttingen, ZHG 011“), or „in <Town>“ at
its end, a venue after a comma („Händel in Bad Lauterberg, Buchhandlung Moller“ → „Bad
Lauterberg, Buchhandlung Moller“). A subscription („Abo A“), „Eintritt frei!“, a language („in
Englisch“) or a guest appearance at a festival („DT Mobil beim Festival Hart am Wind“) is no
place. Only a card with its name from a heading, one day, and no place from another reader.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import names_a_venue_or_address

SOURCE = "listing:the card's line after its repeated name and credit"

_MAX_PLACE = 60
# „Mehr Informationen auf der Webseite …“, „Weitere Infos“, „… mehr“: the pointer to more.
_MORE = lazy_re.compile(
    r"\s*(?:\b(?:mehr|weitere)\s+(?:informationen|infos?)\b|(?:…|\.\.\.)\s*mehr\b|\bmehr\s*$)",
    re.IGNORECASE,
)
# „… in Bühren“, „… in Bad Lauterberg, Buchhandlung Moller“: a town (one or two capitalised
# words) at the end of the line, a venue after a comma.
_IN_A_TOWN = lazy_re.compile(
    r"(?:^|\s)in\s+(?P<place>(?P<town>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
    r"(?:,\s*[A-ZÄÖÜ][^,.;:!?]{2,40})?)$"
)
# „in Englisch“, „in Deutsch“: the language an evening is given in, not a town.
_LANGUAGE = lazy_re.compile(r"(?:isch|sch|ese)$")


def place_after_the_repeated_name(segment: list[LexborNode], reading: BlockReading) -> None:
    """Give a card without a place the one its repeating line ends with (module docstring)."""
    if reading.location_text is not None or reading.holds_several or not reading.title_from_heading:
        return
    title = (reading.title or "").strip()
    if not title or not reading.date_text:
        return
    chunks = [" ".join(chunk.split()) for chunk in text_chunks(segment)]
    # The subheading's lines without their day and clock are the credit („Komödie von …“).
    credits = [
        " ".join(TIME_LIKE.sub(" ", DATE_LIKE.sub(" ", chunk)).split()).strip(" ,")
        for chunk in chunks
        if chunk != title and not chunk.startswith(f"{title} ")
    ]
    for line in chunks:
        if not line.startswith(f"{title} ") or DATE_LIKE.search(line):
            continue
        rest = line[len(title) :].strip()
        for credit in credits:
            if credit and rest.startswith(credit):
                rest = rest[len(credit) :].strip()
        more = _MORE.search(rest)
        place = _place(rest[: more.start()].strip() if more else rest)
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = SOURCE
        return


def _place(rest: str) -> str | None:
    if not rest or len(rest) > _MAX_PLACE:
        return None
    if rest[:1].isupper() and names_a_venue_or_address(rest):
        return rest
    match = _IN_A_TOWN.search(rest)
    if match is None or _LANGUAGE.search(match["town"]):
        return None
    return match["place"]
