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
    text = url.strip()
    # Plain ASCII http(s) text without brackets (IPv6) is split by urlsplit exactly here: the
    # host is what follows "//" up to the first "/", "?" or "#". Anything else goes to urlsplit.
    if text.isascii() and text.isprintable() and "[" not in text and "]" not in text:
        for scheme in ("https://", "http://"):
            if text.startswith(scheme):
                return (
                    text if text[len(scheme) : len(scheme) + 1] not in ("", "/", "?", "#") else None
                )
    parts = urlsplit(text)
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
