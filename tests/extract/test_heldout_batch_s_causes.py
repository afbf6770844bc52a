"""Held-out batch S (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.catalog.model import Source
from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.schema_org import names_the_source, whole_days
from netdir.extract.utc_clocks import read_utc_stamps_as_shown
from netdir.normalize.record import normalize_record
from netdir.normalize.when_zone import zone_of_stated_offsets
from netdir.records import Offering, Page, RawRecord
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect

_CASTROS = "https://castroslounge.com/events/month/"


def test_a_grids_clocks_take_the_zone_its_structured_stamps_state(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Castro's Lounge (Toronto): The Events Calendar's month grid ("6:00 pm - 8:00 pm") and a
    # JSON-LD array of only the upcoming shows, each "2024-09-12T18:00:00-04:00"; the page
    # names no postal address. The grid's earlier shows were read at Berlin's offset
    # (18:00+02:00, six hours early); the JSON-LD says the site's clocks are -04:00.
    rows = _inspect(capsys, "tec-month-castroslounge-2024-09.html", _CASTROS, "2024-09-09")
    by_title = {(r["title"], r["start"][:10]): r for r in rows}
    first = by_title[("Mike Daley & Dave Murphy", "2024-08-29")]
    assert (first["start"], first["end"]) == (
        "2024-08-29T18:00:00-04:00",
        "2024-08-29T20:00:00-04:00",
    )
    night = by_title[("DJ Rob", "2024-09-06")]
    assert night["end"] == "2024-09-07T02:00:00-04:00"
    assert all(r["start"].endswith("-04:00") for r in rows)
    assert len(rows) == 23


def test_the_zone_of_stated_offsets_fits_every_stamp_or_none() -> None:
    summer, winter = "2024-09-12T18:00:00-04:00", "2024-11-20T19:00:00-05:00"
    assert zone_of_stated_offsets([summer, winter]) == "America/New_York"
    assert zone_of_stated_offsets(["2026-05-15T19:30:00-07:00"]) == "America/Los_Angeles"
    assert zone_of_stated_offsets(["2026-01-15T19:30:00-07:00"]) == "America/Denver"
    assert zone_of_stated_offsets(["2026-05-15T19:30:00+02:00"]) == "Europe/Berlin"
    # UTC stamps (a server's clock) and zone-less ones say nothing; a tour in two zones fits none.
    assert zone_of_stated_offsets(["2026-05-15T19:30:00Z", "2026-05-15T19:30:00"]) is None
    assert zone_of_stated_offsets([summer, "2024-09-13T19:00:00-07:00"]) is None


_SVS = "https://emile1992.github.io/svs-website/termine.html"
_SVS_NAME = "Schienenverkehrsfreunde Ffm.-Schwanheim e. V."


def _read(page: str, url: str, today: str, source: Source) -> list[Offering]:
    html = (PAGES / page).read_text(encoding="utf-8")
    fetched = datetime.fromisoformat(f"{today}T12:00:00+00:00")
    fetched_page = Page(source.id, url, url, 200, fetched, content_type="text/html", text=html)
    records = extract_page(fetched_page, source).records
    return [normalize_record(r, today=fetched.date(), source=source) for r in records]


def _source(kind: str, organizer: str) -> Source:
    return Source(id="s", name="Termine", organizer=organizer, start_urls=[_SVS], kind=kind)


def test_a_networks_own_organization_stays_its_offering_beside_its_events() -> None:
    # An association's dates page (Schienenverkehrsfreunde Schwanheim): a JSON-LD Organization
    # of the association and a visible list of its four dated meetings. On a venue's or a
    # calendar's source that Organization is the publisher and the list wins; on a catalog
    # source that IS the association (kind network, named so) it is what the catalog lists:
    # the rules for the publisher dropped it, and the network was missing from the overview.
    as_network = _read(
        "static-svs-schwanheim-termine.html", _SVS, "2026-08-19", _source("network", _SVS_NAME)
    )
    assert [(o.title, o.kind) for o in as_network if o.start is None] == [(_SVS_NAME, "network")]
    assert len(as_network) == 5
    as_calendar = _read(
        "static-svs-schwanheim-termine.html",
        _SVS,
        "2026-08-19",
        _source("event_calendar", _SVS_NAME),
    )
    assert _SVS_NAME not in [o.title for o in as_calendar] and len(as_calendar) == 4
    # A network of another name keeps the rule: the Organization is someone else's.
    other = _read(
        "static-svs-schwanheim-termine.html", _SVS, "2026-08-19", _source("network", "N3GZ")
    )
    assert _SVS_NAME not in [o.title for o in other]


def test_a_networks_own_organization_beside_another_syntaxs_events() -> None:
    # The Tempodrom: its operator's microdata Organization beside the JSON-LD programme (batch Q
    # dropped it there as the publisher). Read as a network of that name, it stays.
    url, name = (
        "https://www.tempodrom.de/programm-und-tickets/",
        "Tempodrom Betriebsgesellschaft mbH & Co. KG",
    )
    page = "processwire-tempodrom-programm-2026-08.html"
    own = _read(page, url, "2026-08-01", _source("network", name))
    assert [o.title for o in own if o.start is None] == [name] and len(own) == 13
    assert len(_read(page, url, "2026-08-01", _source("network", "Forum Agile Verwaltung"))) == 12


def test_only_the_sources_own_name_makes_an_organization_its_offering() -> None:
    def context(kind: str, *names: str) -> PageContext:
        return PageContext("s", _SVS, _SVS, kind, datetime(2026, 8, 19, tzinfo=UTC), names)

    assert names_the_source(
        "Forum Agile Verwaltung e.V.", context("network", "Forum Agile Verwaltung")
    )
    assert not names_the_source("Meetup", context("network", "WordPress Valencia"))
    assert not names_the_source(
        "Forum Agile Verwaltung", context("event_calendar", "Forum Agile Verwaltung")
    )
    assert not names_the_source("Forum Agile Verwaltung", context("network"))


def test_an_event_from_midnight_to_2359_is_held_on_whole_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Children for Peace: The Events Calendar's all-day event in Yoast's @graph, "startDate"
    # "2018-07-25T00:00:00+01:00", "endDate" "2018-07-26T23:59:59+01:00"; the page shows
    # "25 juillet 2018 - 26 juillet 2018" without a clock. It was an event starting at midnight.
    url = "https://childrenforpeacec4p.org/event/25-26-july-2018-capacity-building-fight-against-violent-extremism-and-the-involvement-of-children-in-armed-groups/"
    [row] = _inspect(
        capsys, "tec-yoast-childrenforpeace-capacitybuilding-2018-07.html", url, "2026-03-06"
    )
    assert (row["start"], row["end"]) == ("2018-07-25", "2018-07-26")
    assert (
        whole_days("2019-12-02T00:00:00+01:00", "2019-12-02T23:59:59+01:00") == ("2019-12-02",) * 2
    )
    # A night that ends at midnight, or a start at midnight without a day's end, keeps its clocks.
    night = ("2024-09-21T21:00:00-04:00", "2024-09-22T00:00:00-04:00")
    assert whole_days(*night) == night
    assert whole_days("2026-05-01T00:00:00+02:00", "2026-05-01T18:00:00+02:00")[0].endswith(
        "+02:00"
    )


_ASTRA = "https://www.astra-berlin.de/events/"


@pytest.mark.parametrize(
    ("page", "slug", "title", "start"),
    [
        (
            "astra-berlin-chapo102-2026-12.html",
            "2026-12-09-chapo102",
            "CHAPO102",
            "2026-12-10T20:00:00+01:00",
        ),
        (
            "astra-berlin-greenlung-2026-12.html",
            "2026-05-18-green-lung",
            "GREEN LUNG",
            "2026-12-11T19:00:00+01:00",
        ),
    ],
)
def test_a_json_ld_thing_without_a_type_but_with_a_name_and_a_start_is_the_pages_event(
    capsys: pytest.CaptureFixture[str], page: str, slug: str, title: str, start: str
) -> None:
    # Batch T, the Astra Kulturhaus Berlin: the event page's JSON-LD says "@type": "" beside
    # "name", "startDate" "2026-12-10T20:00:00+00:00" and a Place; the page shows "Doors 19:00
    # / Start 20:00". The thing was no event, the page gave no record at all; and its one stamp
    # labels the shown start clock UTC (read as 21:00 in Berlin) — a single record's mark is
    # dropped when the page shows its clock and not the Berlin reading.
    [row] = _inspect(capsys, page, _ASTRA + slug, "2026-06-17")
    assert (row["title"], row["start"]) == (title, start)
    assert row["location"] == "Astra Berlin, Revaler Str. 99, 10245 Berlin"


def test_one_utc_stamp_keeps_its_mark_when_the_berlin_reading_is_shown_too() -> None:
    # "Einlass 19:00 / Beginn 21:00" beside a real UTC stamp 19:00Z (21:00 in Berlin): 19:00
    # is shown by chance, the stamp is UTC.
    def page(text: str) -> LexborHTMLParser:
        return LexborHTMLParser(f"<html><body><p>{text}</p></body></html>")

    def record() -> RawRecord:
        found = RawRecord(source_id="s", page_url=_ASTRA, extractor="jsonld", title="Konzert")
        found.start = "2026-07-10T19:00:00+00:00"
        return found

    kept = record()
    read_utc_stamps_as_shown([kept], page("Einlass 19:00 / Beginn 21:00"))
    assert kept.start == "2026-07-10T19:00:00+00:00"
    shown = record()
    read_utc_stamps_as_shown([shown], page("Einlass 18:00 / Beginn 19:00"))
    assert shown.start == "2026-07-10T19:00:00"
