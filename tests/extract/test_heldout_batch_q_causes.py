"""Held-out batches Q and R (structured data): each general cause they showed, on its real page."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.schema_org import _with_property_case
from netdir.extract.visible_listing import _leads_to_an_event
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_page as _inspect

_TEMPODROM = "https://www.tempodrom.de/programm-und-tickets/"
_DAY = date(2026, 8, 1)


def test_a_cards_ticket_button_below_the_events_page_is_no_other_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Tempodrom: each card of the programme (JSON-LD for every card) has a ticket button
    # ".../baby_keem_2026-09-01_20/tickets/" titled "Tickets ab 65,00 €"; the listing detector
    # read the buttons as rows of their own, ten extra records "Tickets ab …".
    rows = _inspect(capsys, "processwire-tempodrom-programm-2026-08.html", _TEMPODROM, "2026-08-01")
    assert not [r["title"] for r in rows if r["title"].startswith("Tickets")]
    assert [r["title"] for r in rows][:3] == ["Berlin Salsacongress 2026", "Baby Keem", "GeoGuessr"]
    assert len(rows) == 12


def _record(title: str, url: str, start: str) -> RawRecord:
    record = RawRecord(source_id="s", page_url=_TEMPODROM, extractor="jsonld", title=title)
    record.url, record.start = url, start
    return record


def test_only_an_event_with_a_page_of_its_own_owns_the_pages_below_it() -> None:
    row = _record("Tickets", "https://x.de/event/a/tickets/", "2026-09-01")
    own = [_record("A", "https://x.de/event/a/", "2026-09-01T20:00")]
    assert _leads_to_an_event(row, "2026-09-01", own, _DAY)
    assert not _leads_to_an_event(row, "2026-09-02", own, _DAY)  # another day: another event
    # Records that all fall back to the listing's URL, or an event page at the site's root,
    # own nothing below them.
    shared = [_record(t, "https://x.de/event/", "2026-09-01T20:00") for t in ("A", "B")]
    assert not _leads_to_an_event(row, "2026-09-01", shared, _DAY)
    root = [_record("A", "https://x.de/", "2026-09-01T20:00")]
    assert not _leads_to_an_event(row, "2026-09-01", root, _DAY)


def test_a_footers_organization_in_microdata_beside_the_json_ld_programme_is_the_publisher(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Tempodrom: the footer's microdata Organization "Tempodrom Betriebsgesellschaft mbH & Co.
    # KG" (address, hotline) stood as an undated record beside the twelve JSON-LD events.
    rows = _inspect(capsys, "processwire-tempodrom-programm-2026-08.html", _TEMPODROM, "2026-08-01")
    assert not [r for r in rows if "Betriebsgesellschaft" in r["title"]]
    assert all(r["start"] for r in rows)


def test_properties_a_generator_writes_capitalised_are_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch R, AWARA Events (WP Event Manager): the plugin's Event JSON-LD spells "Location" and
    # "Organizer" with a capital letter; the Place (named by its address, "Petterweilstraße 47 ,
    # 60385 Frankfurt , Deutschland") and the organizer were not read.
    rows = _inspect(
        capsys, "wpem-awara-klangbalance-2025-10.html",
        "https://www.awara.events/Event/healing-session-zeremonie-ritual-chakra-klangbalance/",
        "2025-04-25",
    )  # fmt: skip
    assert [(r["title"], r["start"]) for r in rows] == [
        ("Chakra Klangbalance", "2025-10-10T19:00:00+02:00")
    ]
    assert "Petterweilstraße 47" in rows[0]["location"]
    assert rows[0]["city"].startswith("Frankfurt")
    assert rows[0]["field_sources"]["organizer"] == "jsonld:Event.organizer"


def test_a_property_spelled_both_ways_keeps_schema_orgs_value() -> None:
    node = {"@type": "Event", "Location": {"Name": "B"}, "location": {"name": "A"}}
    assert _with_property_case(node)["location"] == {"name": "A"}
    assert _with_property_case({"Location": {"Name": "B"}})["location"] == {
        "Name": "B",
        "name": "B",
    }
    plain = {"@type": "Event", "name": "X"}
    assert _with_property_case(plain) is plain
