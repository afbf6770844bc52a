"""Two realistic runs a month apart: what the README's example questions are asked against.

Run 1 (2026-10-20): three sources, all healthy.
Run 2 (2026-11-27): a conference moved, a CoP left its healthy source, a new hybrid conference
in Bayern appeared, a Fachtag was cancelled, a Werkstatt lies in the past, and the Land
calendar failed — its offering is missing from the run but must not be retired.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdir.records import Offering, RawRecord, SourceIssue
from netdir.warehouse import RunInput
from tests.warehouse.factories import (
    RUN1_AT,
    RUN2_AT,
    moved,
    offering,
    page,
    record,
    result,
    run_input,
    source,
)

CONFERENCES = source("kongresse-bund", kind="conference", extract="jsonld")
COPS = source("cop-netzwerke", kind="community_of_practice", extract="listing")
LAND = source("termine-bayern", kind="event_calendar", extract="ical")
SOURCES = [CONFERENCES, COPS, LAND]

LISTING = "https://kongresse-bund.example.org/veranstaltungen/"
COP_LISTING = "https://cop-netzwerke.example.org/netzwerke/"
LAND_FEED = "https://termine-bayern.example.org/termine.ics"

KONGRESS = offering(
    "nd-kongress-digital-2027",
    "Kongress Verwaltung Digital 2027",
    ["kongresse-bund"],
    kind="conference",
    start="2027-03-12T09:30:00+01:00",
    end="2027-03-14",
    date_precision="minute",
    date_text="12.–14. März 2027, 9:30 Uhr",
    format="hybrid",
    venue="Congress Center Leipzig",
    city="Leipzig",
    state="Sachsen",
    organizer="Netzwerk Digitale Verwaltung Nord e.V.",
    audience=["Bund", "Land", "Kommune"],
    topics=["KI", "OZG"],
    cost="ab 290 €",
    free=False,
    field_provenance={"start": "kongresse-bund"},
)
ZUKUNFTSKONGRESS = offering(
    "nd-zukunftskongress-2027",
    "Zukunftskongress Staat & Verwaltung",
    ["kongresse-bund", "termine-bayern"],
    kind="conference",
    start="2027-06-21",
    end="2027-06-23",
    all_day=True,
    date_precision="day",
    format="in_person",
    city="Berlin",
    state="Berlin",
    topics=["Digitalisierung", "Führung"],
    audience=["Bund", "Land"],
)
FACHTAG = offering(
    "nd-fachtag-registermodernisierung",
    "Fachtag Registermodernisierung",
    ["kongresse-bund"],
    kind="conference",
    start="2027-02-04",
    date_precision="day",
    format="online",
    topics=["Registermodernisierung", "OZG"],
    free=True,
)
WERKSTATT = offering(
    "nd-werkstatt-nutzerzentrierung",
    "Werkstatt Nutzerzentrierung",
    ["kongresse-bund"],
    kind="conference",
    start="2026-11-10T10:00:00+01:00",
    date_precision="minute",
    format="in_person",
    city="Köln",
    state="Nordrhein-Westfalen",
    topics=["Nutzerzentrierung"],
)
COP_AGIL = offering(
    "nd-cop-agile-verwaltung",
    "CoP Agile Verwaltung",
    ["cop-netzwerke"],
    kind="community_of_practice",
    format="online",
    audience=["Bund", "Land", "Kommune"],
    topics=["Agilität", "Führung"],
    free=True,
)
COP_KI = offering(
    "nd-cop-ki",
    "Netzwerk KI in der Verwaltung",
    ["cop-netzwerke"],
    kind="community_of_practice",
    format="online",
    audience=["Kommune"],
    topics=["KI"],
    free=True,
)
COP_OPEN_DATA = offering(
    "nd-cop-open-data",
    "Open-Data-Netzwerk Kommunen",
    ["cop-netzwerke"],
    kind="community_of_practice",
    format="hybrid",
    audience=["Kommune"],
    topics=["Open Data", "KI"],
)
LAND_TAG = offering(
    "nd-egov-tag-bayern",
    "E-Government-Tag Bayern",
    ["termine-bayern"],
    kind="conference",
    start="2027-05-06",
    date_precision="day",
    format="hybrid",
    city="München",
    state="Bayern",
    topics=["OZG", "Digitalisierung"],
)
NEW_IN_BAYERN = offering(
    "nd-fachkongress-kommune-bayern",
    "Fachkongress Digitale Kommune Bayern",
    ["kongresse-bund"],
    kind="conference",
    start="2027-04-15T09:00:00+02:00",
    end="2027-04-15T17:00:00+02:00",
    date_precision="minute",
    format="hybrid",
    venue="Meistersingerhalle",
    city="Nürnberg",
    state="Bayern",
    audience=["Kommune"],
    topics=["KI", "Digitalisierung"],
)


@dataclass(frozen=True)
class Scenario:
    run1: RunInput
    run2: RunInput


def _records_for(listing: str, source_id: str, items: list[Offering]) -> list[RawRecord]:
    return [record(source_id, listing, item.title, start=item.start) for item in items]


def build_scenario() -> Scenario:
    run1_conferences = [KONGRESS, ZUKUNFTSKONGRESS, FACHTAG, WERKSTATT]
    run1_cops = [COP_AGIL, COP_KI, COP_OPEN_DATA]
    run1 = run_input(
        "20261020T053000Z-aaaaaa",
        RUN1_AT,
        SOURCES,
        [
            result(
                "kongresse-bund",
                pages=[page("kongresse-bund", LISTING, "<html>Kongresse v1</html>", RUN1_AT)],
                records=_records_for(LISTING, "kongresse-bund", run1_conferences),
            ),
            result(
                "cop-netzwerke",
                pages=[page("cop-netzwerke", COP_LISTING, "<html>CoPs v1</html>", RUN1_AT)],
                records=_records_for(COP_LISTING, "cop-netzwerke", run1_cops),
            ),
            result(
                "termine-bayern",
                pages=[page("termine-bayern", LAND_FEED, "BEGIN:VCALENDAR v1", RUN1_AT)],
                records=_records_for(LAND_FEED, "termine-bayern", [LAND_TAG]),
            ),
        ],
        [*run1_conferences, *run1_cops, LAND_TAG],
        today=RUN1_AT.date(),
    )
    kongress_moved = moved(
        KONGRESS,
        start="2027-03-19T09:30:00+01:00",
        end="2027-03-21",
        date_text="19.–21. März 2027, 9:30 Uhr",
    )
    fachtag_cancelled = moved(FACHTAG, status="cancelled")
    run2_conferences = [
        kongress_moved,
        ZUKUNFTSKONGRESS,
        fachtag_cancelled,
        WERKSTATT,
        NEW_IN_BAYERN,
    ]
    run2_cops = [COP_AGIL, COP_OPEN_DATA]  # COP_KI is gone from a healthy source
    run2 = run_input(
        "20261127T053000Z-bbbbbb",
        RUN2_AT,
        SOURCES,
        [
            result(
                "kongresse-bund",
                pages=[page("kongresse-bund", LISTING, "<html>Kongresse v2</html>", RUN2_AT)],
                records=_records_for(LISTING, "kongresse-bund", run2_conferences),
            ),
            result(
                "cop-netzwerke",
                pages=[
                    page("cop-netzwerke", COP_LISTING, "<html>CoPs v1</html>", RUN2_AT, status=304)
                ],
                records=_records_for(COP_LISTING, "cop-netzwerke", run2_cops),
            ),
            # The Land calendar answered 503: unhealthy, and (to make the point) its offering
            # is missing from the run entirely.
            result(
                "termine-bayern",
                status="failed",
                healthy=False,
                pages=[page("termine-bayern", LAND_FEED, "", RUN2_AT, status=503)],
                issues=[
                    SourceIssue(
                        "termine-bayern",
                        LAND_FEED,
                        "crawl",
                        "server error on every retry",
                        hint="the site may be down; nothing to change in the catalog yet",
                        status_code=503,
                    )
                ],
            ),
        ],
        [*run2_conferences, *run2_cops],
        today=RUN2_AT.date(),
    )
    return Scenario(run1=run1, run2=run2)
