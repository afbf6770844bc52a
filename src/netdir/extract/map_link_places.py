"""A block's link to a map service, written as the venue, street and town in lines, is its place.

An events card ends with a box of facts: the day, a link to Google Maps whose text is the
address in lines („Pons<br>Salzstraße Am Wasser 1<br>21335 Lüneburg“), the hour. The place
readers took a piece of it — the town line after the hour („21335 Lüneburg“), the venue line
(„Café Blau, Franziskanerstraße 9“) or a room the prose names („im Pons Clubraum“). The link is
where the page sends the reader to find the event: its lines, joined, are the place.

A schedule may show the venue as its logo inside the map link instead: „<a
href="https://goo.gl/maps/…"><img alt="Acton Memorial Library" src="icon-lib-acton.png"></a>“
beside each meeting's day and hours. The image's text for those who cannot see it, when it is a
venue's name, is the place.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import css_matches, text_lines
from netdir.extract.block_titles import block_links
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.venue_titles import MAP_HOSTS, map_link_texts

_SOURCE = "lines of the link to a map service"
_LOGO_SOURCE = "alt of the logo in the link to a map service"
# An address has a street number or a postcode: „Google Maps“ or „Route planen“ is no place.
_ADDRESS_LINES = 2


def places_from_map_links(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Each dated reading whose block holds one link to a map service written in lines, one of
    them with a number, takes those lines as its place — unless the link is its title."""
    for segment, reading in zip(segments, readings, strict=False):
        if not reading.date_text:
            continue
        links = block_links(segment)
        texts = map_link_texts(links)
        if not texts and reading.location_text is None:
            _place_of_a_map_logo(links, reading)
            continue
        if len(texts) != 1:
            continue  # no map, or several venues (a tour's stops): no one place
        node = next(link for link, text, _ in links if text in texts)
        lines = [line for line, _ in text_lines([node])]
        if len(lines) < _ADDRESS_LINES or not any(c.isdigit() for c in "".join(lines[1:])):
            continue
        if any(DATE_LIKE.search(line) or TIME_LIKE.search(line) for line in lines):
            continue  # „Donnerstag, 16.05.2019 | 20:30 Uhr<br>Petruskirche, …“: the whole box
        place = ", ".join(lines)
        if reading.title and (reading.title in place or place in reading.title):
            continue  # the block is named by its address: the place is its title's business
        reading.location_text = place
        reading.sources["location_text"] = _SOURCE


def _place_of_a_map_logo(links: list[tuple[LexborNode, str, str]], reading: BlockReading) -> None:
    """„<a href="https://goo.gl/maps/…"><img alt="Acton Memorial Library"></a>“: the block's one
    map link without text shows the venue's logo; the image's alt, when it names a venue, is the
    place."""
    alts = {
        alt
        for link, text, href in links
        if not text and MAP_HOSTS.match(href)
        for image in css_matches(link, "img[alt]")
        if (alt := " ".join((image.attributes.get("alt") or "").split()))
    }
    if len(alts) != 1:
        return  # no logo named, or several venues: no one place
    alt = alts.pop()
    if names_a_venue_word(alt) and not (reading.title and alt in reading.title):
        reading.location_text = alt
        reading.sources["location_text"] = _LOGO_SOURCE
