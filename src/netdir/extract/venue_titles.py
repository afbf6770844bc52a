"""A dated block that names nothing but where it is held: its venue is its title.

A concert list gives each date an h3 and a box of tabs — „Info“ with the hour only („18 Uhr“,
„Beginn 14:30 Uhr“), „Adresse“ with the hall's address in lines („Günter-Bimmerle-Halle /
Einmatt 6 / 77728 Oppenau“), „Tickets“ with a box office's phone number and „Navi-Links“ to map
services. No line names the evening; the reader knows it by its hall, the way a gig list names
its nights „Hot Jazz Club, Münster“. The lines that only point elsewhere — a box office or a
contact with its phone number, a link to a map service, a time under its label — name nothing.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.context import clean_text
from netdir.extract.date_cues import CLOCK_AT

# „Ticketservice BadnerHalle 07222 - 789 800“, „Karten: Tel. 0851/12345“: a line that ends with a
# phone number (an area code, then digits in groups). The area code opens a number: the „026“
# inside the school year „2026/2027“ ending „1. Sitzung Elternrat 2026/2027“ opens none.
_PHONE_AT_THE_END = lazy_re.compile(
    r"(?:\+\d{2}\s?)?(?<!\d)\(?0\d{2,5}\)?\s?[-/–]?\s?\d{2,}(?:[\s-]\d{2,})*\s*$"
)
# The digits of a phone number, at least this many: „Raum 12 - 14“ is no number.
_PHONE_DIGITS = 7
# A phone line says little before its number („Karten: Tel.“, „Ticketservice BadnerHalle“); a
# calendar's row that ends with its contacts („30.09. Pforzheim, 5. Pforzheimer
# Wirtschaftswunder – … Infos: E-Mail: …, Tel. 07231 / 1559830“) names its event before them.
_PHONE_LINE_LEAD = 100
# Map services a „Route“ or „Navi“ link goes to.
MAP_HOSTS = lazy_re.compile(
    r"^https?://(?:[\w-]+\.)*(?:maps\.apple\.com|maps\.google\.[a-z.]+|google\.[a-z.]+/maps"
    r"|goo\.gl/maps|maps\.app\.goo\.gl|waze\.com|here\.com|wego\.here\.com|openstreetmap\.org"
    r"|osm\.org|bing\.com/maps)",
    re.I,
)
# „Beginn 14:30 Uhr“, „Einlass: 19 Uhr“: a time under its label.
_LABELLED_TIME = lazy_re.compile(
    r"^(?:Beginn|Einlass|Start|Uhrzeit|Zeit|Anfang)\s*:?\s*(?:ab\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?"
    r"\s*(?:Uhr|h)?\.?$",
    re.I,
)

# „At the conclusion of the Councillor Briefing (Special)“ under a meeting's day, „Immediately
# following the Finance Committee“, „Im Anschluss an die Ratssitzung“: the meeting starts when
# another one ends — the line tells when, it does not name the meeting.
_START_AFTER_ANOTHER = lazy_re.compile(
    r"^(?:(?:at|upon|on|after)\s+(?:the\s+)?(?:conclusion|close|end|rising|adjournment)\s+of"
    r"|immediately\s+(?:following|after)|following\s+(?:the\s+)?(?:conclusion|close|end|adjournment)"
    r"|im\s+anschluss\s+an)\b",
    re.I,
)


# „Matinée ab 11 Uhr“, „Konzert um 19 Uhr“: the kind of the evening and its hour, one line.
_KIND_AND_HOUR = lazy_re.compile(rf"^[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)?\s+(?P<clock>{CLOCK_AT})\.?$")


def kind_and_hour(chunk: str) -> str | None:
    """The hour of a line that is only a kind of event and its hour („Matinée ab 11 Uhr“)."""
    match = _KIND_AND_HOUR.match(chunk)
    return match["clock"] if match else None


def names_nothing(chunk: str, map_links: set[str]) -> bool:
    """A line that points elsewhere or only tells a time: no name of the offering."""
    if chunk in map_links or _LABELLED_TIME.match(chunk) or _START_AFTER_ANOTHER.match(chunk):
        return True
    phone = _PHONE_AT_THE_END.search(chunk)
    return (
        phone is not None
        and sum(c.isdigit() for c in phone.group(0)) >= _PHONE_DIGITS
        and phone.start() <= _PHONE_LINE_LEAD
    )


def map_link_texts(links: list[tuple[LexborNode, str, str]]) -> set[str]:
    """The texts of the block's links to map services („Apple Maps“, „Google Maps“)."""
    return {text for _, text, href in links if text and MAP_HOSTS.match(href)}


def venue_of_the_place(segment: list[LexborNode], place: str) -> str | None:
    """The first line of the element that holds the block's place, when the place runs over
    lines („Schloßfeldhalle / Großweierer Str. 84 / 77855 Achern“): the venue's name."""
    for root in segment:
        for node in [root, *root.traverse(include_text=False)]:
            if node_text(node) != place:
                continue
            lines = [clean_text(line) for line in (node.text(deep=True) or "").splitlines()]
            named = [line for line in lines if line]
            return named[0] if named else None
    return None
