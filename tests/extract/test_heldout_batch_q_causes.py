"""Held-out batch Q (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from netdir.extract.visible_listing import _leads_below_an_event
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_page as _inspect

_TEMPODROM = "https://www.tempodrom.de/programm-und-tickets/"


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
    assert _leads_below_an_event(row, "2026-09-01", own)
    assert not _leads_below_an_event(row, "2026-09-02", own)  # another day: another event
    # Records that all fall back to the listing's URL, or an event page at the site's root,
    # own nothing below them.
    shared = [_record(t, "https://x.de/event/", "2026-09-01T20:00") for t in ("A", "B")]
    assert not _leads_below_an_event(row, "2026-09-01", shared)
    root = [_record("A", "https://x.de/", "2026-09-01T20:00")]
    assert not _leads_below_an_event(row, "2026-09-01", root)


def test_a_footers_organization_in_microdata_beside_the_json_ld_programme_is_the_publisher(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Tempodrom: the footer's microdata Organization "Tempodrom Betriebsgesellschaft mbH & Co.
    # KG" (address, hotline) stood as an undated record beside the twelve JSON-LD events.
    rows = _inspect(capsys, "processwire-tempodrom-programm-2026-08.html", _TEMPODROM, "2026-08-01")
    assert not [r for r in rows if "Betriebsgesellschaft" in r["title"]]
    assert all(r["start"] for r in rows)
