"""German labels for the coded values, shared by every human-facing output."""

from __future__ import annotations

from urllib.parse import urlsplit

#: netdir.normalize.classify.KINDS plus the catalog's source kinds.
KIND_LABELS = {
    "conference": "Konferenz",
    "community_of_practice": "Community of Practice",
    "community": "Community of Practice",
    "platform": "Plattform",
    "network": "Netzwerk",
    "barcamp": "Barcamp",
    "webinar": "Webinar",
    "workshop": "Workshop",
    "training": "Fortbildung",
    "meetup": "Treffen",
    "award": "Preis / Wettbewerb",
    "event": "Veranstaltung",
    "event_series": "Veranstaltungsreihe",
    "event_calendar": "Veranstaltungskalender",
    "overview_page": "Übersichtsseite",
}
FORMAT_LABELS = {"in_person": "Präsenz", "online": "Online", "hybrid": "Hybrid"}
STATUS_LABELS = {"cancelled": "abgesagt", "postponed": "verschoben", "past": "vergangen"}


def kind_label(kind: str | None) -> str | None:
    return KIND_LABELS.get(kind, kind) if kind else None


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link; scraped ``javascript:`` or ``data:`` URLs become None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
