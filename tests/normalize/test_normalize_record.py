"""normalize_record: one raw record becomes a comparable offering."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netdir.catalog.model import Source
from netdir.normalize import normalize_record
from netdir.records import RawRecord, SourceRef
from tests.normalize.conftest import TODAY

RawFactory = Callable[..., RawRecord]
SourceFactory = Callable[..., Source]


def test_machine_dates_win_over_the_date_text(raw_record: RawFactory) -> None:
    raw = raw_record(
        start="2027-03-12T09:30:00+01:00",
        end="2027-03-12T16:00:00+01:00",
        date_text="13. März 2027",
    )
    offering = normalize_record(raw, today=TODAY)
    assert (offering.start, offering.end) == (
        "2027-03-12T09:30:00+01:00",
        "2027-03-12T16:00:00+01:00",
    )
    assert offering.all_day is False and offering.date_precision == "minute"
    assert offering.date_text == "13. März 2027"


def test_machine_day_takes_the_time_written_for_that_same_day(raw_record: RawFactory) -> None:
    same_day = raw_record(start="2027-03-12", date_text="12.03.2027, 9:30–16:00 Uhr")
    other_day = raw_record(start="2027-03-12", date_text="13.03.2027, 9:30 Uhr")
    timed = normalize_record(same_day, today=TODAY)
    assert (timed.start, timed.end) == ("2027-03-12T09:30:00+01:00", "2027-03-12T16:00:00+01:00")
    assert normalize_record(other_day, today=TODAY).start == "2027-03-12"


def test_publication_date_is_never_the_event_date(raw_record: RawFactory) -> None:
    raw = raw_record(title="Neues Netzwerk gegründet", published="2026-11-20")
    offering = normalize_record(raw, today=TODAY)
    assert offering.start is None and offering.status == "scheduled"


def test_publication_date_anchors_a_missing_year(raw_record: RawFactory) -> None:
    raw = raw_record(date_text="18. März", published="2025-12-01")
    assert normalize_record(raw, today=TODAY).start == "2026-03-18"


def test_curated_description_dates_are_not_event_dates(raw_record: RawFactory) -> None:
    raw = raw_record(
        title="Verwaltungsrebellen-Netz",
        extractor="curated",
        description="Umbenannt in RuDi (Update vom 16.01.2023).",
    )
    assert normalize_record(raw, today=TODAY).start is None


def test_teaser_states_its_event_date_and_town_in_prose(raw_record: RawFactory) -> None:
    raw = raw_record(
        title="Barcamp Öffentlicher Dienst Süd sucht Sessions",
        extractor="feed",
        published="2026-11-02",
        description="Das Barcamp findet am 24. April 2027 in Augsburg statt. Teilnahme kostenlos.",
    )
    offering = normalize_record(raw, today=TODAY)
    assert offering.start == "2027-04-24"
    assert (offering.city, offering.state) == ("Augsburg", "Bayern")
    assert offering.kind == "barcamp" and offering.free is True


@pytest.mark.parametrize(
    ("mode", "location", "expected"),
    [
        ("https://schema.org/OnlineEventAttendanceMode", "Berlin", "online"),
        ("MixedEventAttendanceMode", None, "hybrid"),
        ("OfflineEventAttendanceMode", None, "in_person"),
        (None, "online via Webex", "online"),
        (None, "Gotha, Bildungszentrum", "in_person"),
        (None, None, None),
    ],
)
def test_format_from_attendance_mode_then_location(
    raw_record: RawFactory, mode: str | None, location: str | None, expected: str | None
) -> None:
    raw = raw_record(attendance_mode=mode, location_text=location)
    assert normalize_record(raw, today=TODAY).format == expected


def test_city_field_resolves_through_the_gazetteer(raw_record: RawFactory) -> None:
    raw = raw_record(city="Frankfurt (Oder)", location_text="Europa-Universität")
    offering = normalize_record(raw, today=TODAY)
    assert (offering.city, offering.state, offering.venue) == (
        "Frankfurt (Oder)",
        "Brandenburg",
        "Europa-Universität",
    )


@pytest.mark.parametrize(
    ("title", "raw_kind", "expected"),
    [
        ("NExT Herbstkonferenz 2027", None, "conference"),
        ("Zukunftskongress Staat & Verwaltung", "event", "conference"),
        ("Fachtagung Informationssicherheit", None, "conference"),
        ("NExTcamp", None, "barcamp"),
        ("Webinar: E-Akte einführen", None, "webinar"),
        ("Online-Werkstatt Digitale Bürgerbeteiligung", None, "workshop"),
        ("Schulung Vergaberecht kompakt", None, "training"),
        ("Digitaler Stammtisch Kommunal", None, "meetup"),
        ("Treffen der NExTcommunity Open Source", "community_of_practice", "meetup"),
        ("Open Source in der Verwaltung", "community_of_practice", "community_of_practice"),
        ("N3GZ – Nachwuchsnetzwerk Digitale Verwaltung", None, "network"),
        ("Deutscher Verwaltungspreis 2027", None, "award"),
        ("Marktplatz der Lösungen", "platform", "platform"),
        ("Exkursion Smart-City-Labor", "event", "event"),
    ],
)
def test_kind_from_title_cues_then_the_stated_kind(
    raw_record: RawFactory, title: str, raw_kind: str | None, expected: str
) -> None:
    assert normalize_record(raw_record(title=title, kind=raw_kind), today=TODAY).kind == expected


@pytest.mark.parametrize(
    ("audience_text", "level", "description", "expected"),
    [
        ("Bund, Länder und Kommunen", None, None, ["Bund", "Land", "Kommune"]),
        ("Beschäftigte der Bundesverwaltung", "mixed", None, ["Bund"]),
        (None, "Kommune", None, ["Kommune"]),
        (None, "Bund", "Digitalforum Bund – Länder – Kommunen", ["Bund", "Land", "Kommune"]),
        (None, "Bund", "Für Landkreise und Kommunen.", ["Bund", "Kommune"]),
        (None, "mixed", "Für Beschäftigte der Landesverwaltung.", ["Land"]),
        (None, None, "Für Beschäftigte der Kommunalverwaltung.", ["Kommune"]),
        (None, "mixed", None, ["Bund", "Land", "Kommune"]),
        (None, None, "Ein Land, zwei Systeme.", []),
    ],
)
def test_audience_from_field_then_source_level_then_prose(
    raw_record: RawFactory,
    catalog_source: SourceFactory,
    audience_text: str | None,
    level: str | None,
    description: str | None,
    expected: list[str],
) -> None:
    raw = raw_record(audience_text=audience_text, description=description)
    source = catalog_source("site", level=level)
    assert normalize_record(raw, today=TODAY, source=source).audience == expected


def test_topics_match_whole_words_only(raw_record: RawFactory) -> None:
    kiel = normalize_record(
        raw_record(title="Stammtisch in Kiel", description="Wiki-Pflege"), today=TODAY
    )
    ki = normalize_record(
        raw_record(title="KI-Werkstatt", description="Künstliche Intelligenz und Open Source"),
        today=TODAY,
    )
    assert "KI" not in kiel.topics
    assert ki.topics[:2] == ["KI", "Open Source"]


def test_source_topic_tags_map_onto_the_taxonomy(raw_record: RawFactory) -> None:
    raw = raw_record(title="Fachtag", topics=["Informationssicherheit", "Sonstiges"])
    assert normalize_record(raw, today=TODAY).topics == ["IT-Sicherheit"]


@pytest.mark.parametrize(
    ("cost_text", "free"),
    [
        ("kostenfrei", True),
        ("kostenlos", True),
        ("Teilnahme frei", True),
        ("Teilnahmegebühr 390 €", False),
        ("60 €/80 €", False),
        ("EUR 390,-", False),
        ("kostenfrei für Behörden, sonst 390 €", None),
    ],
)
def test_cost_is_kept_as_text_and_free_is_decided(
    raw_record: RawFactory, cost_text: str, free: bool | None
) -> None:
    offering = normalize_record(raw_record(cost_text=cost_text), today=TODAY)
    assert (offering.cost, offering.free) == (cost_text, free)


@pytest.mark.parametrize(
    ("status_text", "title", "start", "expected"),
    [
        ("EventCancelled", "Fachtag", "2027-02-04", "cancelled"),
        ("STATUS:CANCELLED", "Fachtag", "2027-02-04", "cancelled"),
        (None, "ABGESAGT: Netzwerkabend", "2027-02-04", "cancelled"),
        ("Die Veranstaltung entfällt", "Fachtag", "2027-02-04", "cancelled"),
        ("fällt aus", "Fachtag", "2027-02-04", "cancelled"),
        ("verschoben", "Fachtag", "2027-02-04", "postponed"),
        ("https://schema.org/EventPostponed", "Fachtag", "2027-02-04", "postponed"),
        ("EventRescheduled", "Fachtag", "2027-02-04", "postponed"),
        (None, "Fachtag", "2026-11-26", "past"),
        (None, "Fachtag", "2026-11-27", "scheduled"),
        ("EventCancelled", "Fachtag", "2026-01-01", "cancelled"),
    ],
)
def test_status_from_status_text_title_and_dates(
    raw_record: RawFactory, status_text: str | None, title: str, start: str, expected: str
) -> None:
    raw = raw_record(title=title, status_text=status_text, start=start)
    assert normalize_record(raw, today=TODAY).status == expected


def test_past_is_judged_by_the_end_of_a_range(raw_record: RawFactory) -> None:
    raw = raw_record(date_text="25.–28. November 2026")
    assert normalize_record(raw, today=TODAY).status == "scheduled"


def test_sources_provenance_and_confidence_ride_along(raw_record: RawFactory) -> None:
    raw = raw_record(
        source_id="kalender",
        url="https://kalender.example.org/termine/fachtag",
        extractor="listing",
        date_text="03.03.2027",
        location_text="Bonn",
        confidence=0.7,
    )
    offering = normalize_record(raw, today=TODAY)
    assert offering.sources == [
        SourceRef("kalender", "https://kalender.example.org/termine/fachtag", "listing")
    ]
    assert offering.confidence == 0.7
    assert {"title", "start", "city", "state", "format"} <= set(offering.field_provenance)
    assert set(offering.field_provenance.values()) == {"kalender"}


def test_source_organizer_fills_in_when_the_page_names_none(
    raw_record: RawFactory, catalog_source: SourceFactory
) -> None:
    source = catalog_source("next", organizer="NExT e.V.")
    assert normalize_record(raw_record("next"), today=TODAY, source=source).organizer == "NExT e.V."
    named = raw_record("next", organizer="ÖFIT")
    assert normalize_record(named, today=TODAY, source=source).organizer == "ÖFIT"


def test_a_curated_kind_is_kept_whatever_the_title_suggests() -> None:
    from datetime import date

    from netdir.catalog.curated import load_curated
    from netdir.normalize import normalize_record

    curated = {record.title: record for record in load_curated()}
    rudi = next(record for title, record in curated.items() if title.startswith("RuDi"))
    goverbreak = next(record for title, record in curated.items() if title.startswith("GoverBreak"))
    assert normalize_record(rudi, today=date(2026, 11, 27)).kind == "platform"
    assert normalize_record(goverbreak, today=date(2026, 11, 27)).kind == "network"


def test_only_an_organization_takes_a_networks_kind_from_its_source(
    raw_record: RawFactory, catalog_source: SourceFactory
) -> None:
    # On a network's own site its schema.org Organization ("organization", no offering kind)
    # is the network; the site's event series and courses stay events, not networks.
    network = catalog_source("site", kind="network")
    kinds = {
        stated: normalize_record(
            raw_record(title="Offene Runde", extractor="jsonld", kind=stated),
            today=TODAY,
            source=network,
        ).kind
        for stated in ("organization", "event_series", "course", None)
    }
    assert kinds == {
        "organization": "network",
        "event_series": "event",
        "course": "event",
        None: "network",
    }
