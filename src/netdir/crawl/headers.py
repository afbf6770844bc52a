"""Request headers: honest, ASCII-only (HTTP field values cannot carry "Ü" portably)."""

from __future__ import annotations

import unicodedata

from netdir.catalog.model import CrawlSettings
from netdir.crawl.content_coding import ACCEPT_ENCODING
from netdir.records import PageValidators

_GERMAN_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_ACCEPT_PAGES = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,text/calendar;q=0.8,*/*;q=0.5"
)


def ascii_header_value(value: str) -> str:
    """``Verwaltungsnetzwerke-Übersicht`` → ``Verwaltungsnetzwerke-Uebersicht``."""
    transliterated = value.translate(_GERMAN_TRANSLITERATION)
    decomposed = unicodedata.normalize("NFKD", transliterated)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def page_headers(settings: CrawlSettings, validators: PageValidators | None) -> dict[str, str]:
    """Headers for a page request, conditional when the last run left validators."""
    headers = {
        "User-Agent": ascii_header_value(settings.user_agent),
        "Accept": _ACCEPT_PAGES,
        "Accept-Language": "de,en;q=0.5",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def robots_headers(settings: CrawlSettings) -> dict[str, str]:
    return {
        "User-Agent": ascii_header_value(settings.user_agent),
        "Accept": "text/plain,*/*;q=0.5",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
