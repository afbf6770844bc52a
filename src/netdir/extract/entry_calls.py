"""A heading that only says the page is a competition's call for entries names no event; the
edition the site is about does.

A chess club's tournament site (Hugo, Hextra) gives each tournament's call its own page: the h1
„Ausschreibung“ (or „Ausschreibung - Open“, „Ausschreibung - Blitz“ where one edition holds two
tournaments), then „Datum“, „Spiellokal“, „Zeitplan“, „Preise“. The tournament's name stands only
in the breadcrumb and the ``<title>``'s other part: „Ausschreibung – 32. Ilmenauer
Schnellschachturnier 2026“, „Ausschreibung - Blitz – 2. Ilmenauer Open 2025“
(hugo-ilmenau-schnellschachturnier-ausschreibung-2026, hugo-ilmenau-open-blitz-ausschreibung-2025).
A reader names the event by that edition — „2. Ilmenauer Open 2025“, and the blitz tournament of
that edition „2. Ilmenauer Open 2025 – Blitz“ (the heading's qualifier, unless the edition's name
already says it, as „Open“ does). Only a ``<title>`` part that names an edition — with its year or
its ordinal number („32. …“) — names the event; a site's plain name („Schachverein Ilmenau“)
names the club, and the heading stays. The trail above the heading outranks the ``<title>``: a
link to the page's parent section („<a href=/2024/>1. Ilmenauer Open 2024</a>“ on
/2024/ausschreibung/) names the edition the page belongs to, while the site's title names the
edition being prepared (the 2024 page's ``<title>`` „… – 2. Ilmenauer Open 2025“,
hugo-ilmenau-open-ausschreibung-2024).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.date_cues import YEAR

# „Ausschreibung“, „Turnierausschreibung“, „Ausschreibung - Blitz“, „Ausschreibung: Open“
_CALL_HEADING = lazy_re.compile(
    r"^(?:turnier)?ausschreibung(?:\s*[-–—:]\s*(?P<kind>[^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?))?$",
    re.I,
)
_TITLE_PARTS = lazy_re.compile(r"\s+[-|–—·:]{1,2}\s+")
_ORDINAL_OPENING = lazy_re.compile(r"^\d{1,3}\.\s+\w")
_MAX_EDITION_WORDS = 8  # an edition's name, not a sentence


def event_the_call_is_for(heading: str, tree: LexborHTMLParser, page_url: str) -> str | None:
    """The edition a call-for-entries heading („Ausschreibung - Blitz“) stands for, named by the
    link to the page's parent section or the ``<title>``'s part after the heading's; None when
    the heading is no such call or nothing names an edition (see the module docstring)."""
    call = _CALL_HEADING.match(heading.strip())
    if call is None:
        return None
    node = tree.css_first("head title")
    parts = [part.strip() for part in _TITLE_PARTS.split(node.text(strip=True) if node else "")]
    editions = [
        text
        for text in (_parent_link_text(tree, page_url), *parts[1:])
        if text and _names_an_edition(text)
    ]
    if not editions:
        return None
    edition = editions[0]
    kind = call.group("kind")
    if kind and not set(_words(kind)) <= set(_words(edition)):
        return f"{edition} – {kind}"
    return edition


def _parent_link_text(tree: LexborHTMLParser, page_url: str) -> str | None:
    """The text of the first link to the section the page sits in („/2024/“ for
    „/2024/ausschreibung/“): the breadcrumb's step above the page."""
    path = urlsplit(page_url).path.rstrip("/")
    if "/" not in path.strip("/"):
        return None  # a page at the top has no section of its own above it
    parent = path.rsplit("/", 1)[0] + "/"
    body = tree.body
    for link in body.css("a[href]") if body is not None else []:
        href = urlsplit(urljoin(page_url, link.attributes.get("href") or "")).path
        if href == parent and (text := link.text(strip=True)):
            return text
    return None


def _names_an_edition(part: str) -> bool:
    """„32. Ilmenauer Schnellschachturnier 2026“, „2. Ilmenauer Open 2025“: a name with its year
    or its ordinal number, a few words long."""
    words = part.split()
    if not words or len(words) > _MAX_EDITION_WORDS or _CALL_HEADING.match(part):
        return False
    return YEAR.search(part) is not None or _ORDINAL_OPENING.match(part) is not None


def _words(text: str) -> list[str]:
    return [word.lower() for word in re.findall(r"\w+", text)]
