"""What the sample web says, written down once: the ground truth for tests of every stage.

These are facts of the bundled pages (titles as printed, first and last day in Europe/Berlin,
city, cancelled or not), not outputs of netdir. A test of extraction, normalization or the whole
refresh compares what netdir found with these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Listed:
    """One offering as one site lists it."""

    site: str
    title: str  # as printed on that site
    start: str | None  # first day, ISO date; None when the page gives no date
    end: str | None = None  # last day when it differs from start
    city: str | None = None
    cancelled: bool = False
    recurring: bool = False  # an iCal RRULE: one entry stands for many occurrences


V1: tuple[Listed, ...] = (
    # wp-events: JSON-LD (The Events Calendar)
    Listed("wp-events", "Community-Treffen Open Data Nord", "2026-10-15"),
    Listed(
        "wp-events", "Stammtisch Digitale Verwaltung Nord – Dezember", "2026-12-10", city="Hamburg"
    ),
    Listed(
        "wp-events", "Webinar: E-Akte einführen – Erfahrungen aus drei Landkreisen", "2027-01-20"
    ),
    Listed(
        "wp-events",
        "Netzwerkabend Verwaltungsmodernisierung",
        "2027-02-04",
        city="Schwerin",
        cancelled=True,
    ),
    Listed("wp-events", "Kongress Verwaltung Digital 2027", "2027-03-16", "2027-03-17", "Leipzig"),
    Listed("wp-events", "Barcamp Verwaltung Nord 2027", "2027-05-07", city="Kiel"),
    # typo3-termine: table read by rules
    Listed("typo3-termine", "Herbstforum Kommunale IT", "2026-11-05", "2026-11-06", "Jena"),
    Listed("typo3-termine", "Online-Sprechstunde Förderprogramm Digitale Kommune", "2026-12-03"),
    Listed("typo3-termine", "Workshop Prozessmanagement kompakt", "2027-01-21", city="Gotha"),
    Listed("typo3-termine", "Fachtag Digitale Personalarbeit", "2027-02-09"),
    Listed(
        "typo3-termine",
        "Führungskräfteforum Digitale Transformation",
        "2027-03-12",
        "2027-03-14",
        "Weimar",
    ),
    Listed(
        "typo3-termine", "Kongress Verwaltung Digital 2027", "2027-03-16", "2027-03-17", "Leipzig"
    ),
    Listed(
        "typo3-termine",
        "Netzwerktreffen OZG-Koordinatorinnen und -Koordinatoren",
        "2027-04-28",
        city="Halle (Saale)",
    ),
    # "Juni 2027 (Termin folgt)": month precision only
    Listed("typo3-termine", "Sommerakademie Verwaltungsinnovation", "2027-06-01", city="Magdeburg"),
    # gsb-aktuelles: teaser list over three pages, read by rules + follow.next
    Listed(
        "gsb-aktuelles",
        "Fachforum Digitale Souveränität in der Verwaltung",
        "2026-12-09",
        city="Berlin",
    ),
    Listed(
        "gsb-aktuelles",
        "Informationsveranstaltung Registermodernisierung für Kommunen",
        "2027-01-19",
    ),
    Listed("gsb-aktuelles", "Werkstattgespräch Barrierefreie Verwaltungsportale", "2027-02-10"),
    Listed("gsb-aktuelles", "Tag der offenen Verwaltungsdaten 2027", "2027-03-03", city="Bonn"),
    Listed("gsb-aktuelles", "NEXUS-Jahrestreffen 2027", "2027-04-22", city="Bonn"),
    Listed(
        "gsb-aktuelles",
        "Austauschforum Künstliche Intelligenz in Bundesbehörden",
        "2027-05-12",
        city="Berlin",
    ),
    Listed("gsb-aktuelles", "Digitalforum Bund – Länder – Kommunen", "2027-06-03", city="Potsdam"),
    Listed(
        "gsb-aktuelles",
        "Sommertreffen Netzwerk Wissensmanagement Bund",
        "2027-06-24",
        city="Berlin",
    ),
    Listed(
        "gsb-aktuelles",
        "Fachkonferenz Informationssicherheit in der Verwaltung",
        "2027-09-15",
        city="Bonn",
    ),
    Listed(
        "gsb-aktuelles",
        "Jahreskonferenz Verwaltungsdigitalisierung 2027",
        "2027-11-04",
        city="Berlin",
    ),
    # ical-feed: iCalendar (times in Europe/Berlin)
    Listed("ical-feed", "Digitaler Stammtisch Kommunal", "2026-10-01", recurring=True),
    Listed(
        "ical-feed", "Herbsttreffen Arbeitskreis Digitale Kommune Süd", "2026-10-22", city="Ulm"
    ),
    Listed(
        "ical-feed", "Exkursion Smart-City-Labor", "2026-12-08", city="Augsburg", cancelled=True
    ),
    Listed("ical-feed", "Online-Werkstatt Digitale Bürgerbeteiligung", "2027-01-14"),
    Listed(
        "ical-feed",
        "Klausurtagung Arbeitskreis Digitale Kommune Süd",
        "2027-02-24",
        "2027-02-25",  # DTEND;VALUE=DATE:20270226 is exclusive
        "Seebach",
    ),
    Listed("ical-feed", "NEXUS Jahrestreffen 2027", "2027-09-08", city="Nürnberg"),
    # rss-news: item titles are headlines; the event date is in the text, never the pubDate
    Listed(
        "rss-news",
        "Kongress Verwaltung Digital 2027: Anmeldung gestartet",
        "2027-03-16",
        "2027-03-17",
        "Leipzig",
    ),
    Listed("rss-news", "Neues Netzwerk für kommunale Datenschutzbeauftragte", "2027-02-02"),
    Listed(
        "rss-news", "Barcamp Öffentlicher Dienst Süd sucht Sessions", "2027-04-24", city="Augsburg"
    ),
    Listed(
        "rss-news",
        "Rückblick: Herbstforum Kommunale IT in Jena",
        "2026-11-05",
        "2026-11-06",
        "Jena",
    ),
    Listed(
        "rss-news",
        "Stammtisch Verwaltungsdigitalisierung Rhein-Main startet",
        "2026-06-18",
        city="Frankfurt am Main",
    ),
    # cop-overview: communities of practice, no dates ("Seit 10.23" is when a community began)
    Listed("cop-overview", "Künstliche Intelligenz in der Verwaltung", None),
    Listed("cop-overview", "Wissensmanagement & Öffentlichkeitsarbeit", None),
    Listed("cop-overview", "Open Source in Behörden", None),
    Listed("cop-overview", "Agiles Arbeiten im öffentlichen Dienst", None),
    Listed("cop-overview", "Datenschutz und Informationssicherheit in Kommunen", None),
    Listed("cop-overview", "Digitaler Außendienst und mobile Verwaltung", None),
)

#: One conference on three sites (JSON-LD, table row, news item): must become ONE offering.
THREE_WAY_DUPLICATE = "Kongress Verwaltung Digital 2027"
#: A past event on two sites (table row, "Rückblick" news item): the same offering.
TWO_WAY_DUPLICATE = "Herbstforum Kommunale IT"
#: Two unrelated offerings with near-identical names on different sites, dates and cities:
#: the Bund network's annual meeting and a software user group's. They must NOT merge.
NAME_COLLISION = ("NEXUS-Jahrestreffen 2027", "NEXUS Jahrestreffen 2027")


@dataclass(frozen=True, slots=True)
class WeekLater:
    """What switching the sample web to v2 changes."""

    moved: tuple[str, str, str] = (
        "Webinar: E-Akte einführen – Erfahrungen aus drei Landkreisen",
        "2027-01-20",
        "2027-01-27",
    )  # wp-events (JSON-LD and the TEC REST JSON)
    cancelled: str = "Stammtisch Digitale Verwaltung Nord – Dezember"  # wp-events
    removed: str = "Workshop Prozessmanagement kompakt"  # typo3-termine drops the row
    added: Listed = Listed(
        "ical-feed", "Sondertreffen KI im Bürgerservice", "2027-02-11"
    )  # a new VEVENT
    #: Served from the v2 overlay with the same bytes (same ETag, newer Last-Modified).
    unchanged_page: tuple[str, str] = ("cop-overview", "/communities")


WEEK_LATER = WeekLater()


def listed(version: str = "v1") -> tuple[Listed, ...]:
    """Every offering as listed per site in ``version`` ("v1" or "v2")."""
    if version == "v1":
        return V1
    if version != "v2":
        raise ValueError(f"unknown sample web version {version!r}; expected 'v1' or 'v2'")
    changes = WEEK_LATER
    result: list[Listed] = []
    for item in V1:
        if item.title == changes.removed:
            continue
        if item.title == changes.moved[0]:
            item = Listed(item.site, item.title, changes.moved[2], None, item.city)
        if item.title == changes.cancelled:
            item = Listed(item.site, item.title, item.start, item.end, item.city, cancelled=True)
        result.append(item)
    result.append(changes.added)
    return tuple(result)


def titles(site: str, version: str = "v1") -> set[str]:
    return {item.title for item in listed(version) if item.site == site}
