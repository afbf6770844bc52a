"""German labels for the coded values, shared by every human-facing output."""

from __future__ import annotations

from urllib.parse import urlsplit

KIND_LABELS = {
    "conference": "Konferenz",
    "community": "Community of Practice",
    "network": "Netzwerk",
    "platform": "Plattform",
    "event": "Veranstaltung",
    "event_calendar": "Veranstaltungskalender",
    "overview_page": "Übersichtsseite",
    "news": "Meldung",
    "workshop": "Workshop",
    "webinar": "Webinar",
    "barcamp": "Barcamp",
}
FORMAT_LABELS = {"in_person": "Präsenz", "online": "Online", "hybrid": "Hybrid"}


def kind_label(kind: str | None) -> str | None:
    return KIND_LABELS.get(kind, kind) if kind else None


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link; scraped ``javascript:`` or ``data:`` URLs become None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
