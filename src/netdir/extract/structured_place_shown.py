"""The place a page's text shows beside its event's day, where its structured data names another.

A site's template may fill the Event JSON-LD of every event page with one configured venue — a
makerspace's Jekyll build gives „Coworking Brandis, Markt 8“ to each event without its own
location — while the page's text says where this one takes place: „<strong>01.11.2025, 10:00 -
17:00 Uhr</strong><br><strong>Makerspace Partheland e.V., August-Bebel-Strasse 12 (Hintereingang,
1.OG), 04824 Beucha</strong>“. A reader goes by the text. Only when the structured venue is named
nowhere in the page's visible text, and one element of the page's content states the event's own
day and, in a line of its own, a street address with its postcode: that line is where.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.element_ancestors import enclosing
from netdir.extract.shown_text import shown_text
from netdir.normalize.when import parse_when

#: Where a text's lines are the page's own content (not its furniture).
_CONTENT_BLOCKS = "p, li, dd, td, address"
_FURNITURE = ("header", "footer", "nav", "aside", "script", "style", "noscript", "template")
# „August-Bebel-Strasse 12 …, 04824 Beucha“: a street with its number, then a postcode and town.
_STREET_AND_TOWN = lazy_re.compile(
    r"[A-ZÄÖÜ][\w.-]*(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt)\s*"
    r"\d{1,4}\s?[a-zA-Z]?\b.{0,60}?\b\d{5}\s+[A-ZÄÖÜ][\w-]+"
)
_MAX_LINE = 160


def place_shown_instead(
    tree: LexborHTMLParser, venue: str | None, start: str | None, today: date
) -> str | None:
    """The address line the page's text shows beside the event's day (``start``) when the
    structured ``venue`` is named nowhere in its visible text; None otherwise."""
    body = tree.body
    if body is None or not venue or not start:
        return None
    if venue.casefold() in " ".join(shown_text(body).split()).casefold():
        return None
    for node in body.css(_CONTENT_BLOCKS):
        if _in_furniture(node):
            continue
        lines = [line for line in text_chunks([node]) if line.strip()]
        if not any(_on_the_day(line, start[:10], today) for line in lines):
            continue
        for line in lines:
            if len(line) <= _MAX_LINE and _STREET_AND_TOWN.search(line):
                return line.strip()
    return None


def _on_the_day(line: str, day: str, today: date) -> bool:
    found = parse_when(line, today=today).start
    return found is not None and found[:10] == day


def _in_furniture(node: LexborNode) -> bool:
    return enclosing(node, _FURNITURE) is not None
