"""Held-out structured batch AW: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_luma_answers_start_at_in_the_events_zone(capsys: pytest.CaptureFixture[str]) -> None:
    # Luma's discover API: {"event": {"name", "start_at": "2025-10-10T15:00:00.000Z", "end_at",
    # "timezone": "America/Los_Angeles", "geo_address_info": {…}}}. Before: no record.
    rows = inspect_corpus_page(capsys, "json-luma-discover-sf-events-2025-10")
    assert len(rows) == 20
    first = rows[0]
    assert (first["title"], first["start"], first["end"], first["location"]) == (
        "Ageless Evolution Longevity Summit 2025",
        "2025-10-10T08:00:00-07:00",
        "2025-10-10T22:30:00-07:00",
        "The Ameswell Hotel, Mountain View",
    )


def test_a_luma_venue_kept_hidden_is_its_town(capsys: pytest.CaptureFixture[str]) -> None:
    # "geo_address_info": {"mode": "obfuscated", "city_state": "San Francisco, California"}.
    rows = inspect_corpus_page(capsys, "json-luma-discover-sf-events-2025-10")
    hackathon = next(row for row in rows if row["title"].startswith("WeaveHacks 2"))
    assert hackathon["location"] == "San Francisco, California"


def test_a_bands_hours_as_free_text(capsys: pytest.CaptureFixture[str]) -> None:
    # "zeit": „19:30–00:30 Uhr“, „20:30 Uhr, 3 Std.“, „19:30–23:30 Uhr (evtl. länger)“, „ab 19:00
    # Uhr“. Before: the three last days without an hour, the first range without its end.
    rows = inspect_corpus_page(capsys, "json-eifellabender-termine-2026")
    times = {(row["title"], row["start"][:4]): (row["start"], row["end"]) for row in rows}
    assert times[("Weinfest Senheim", "2026")] == (
        "2026-07-06T19:30:00+02:00",
        "2026-07-07T00:30:00+02:00",
    )
    assert times[("Salm", "2026")] == ("2026-07-18T20:30:00+02:00", "2026-07-18T23:30:00+02:00")
    assert times[("Bezirksschützenfest Dünfus", "2026")] == (
        "2026-08-08T19:30:00+02:00",
        "2026-08-08T23:30:00+02:00",
    )
    assert times[("Oktoberfest Kelberg", "2025")] == ("2025-10-25T19:00:00+02:00", None)
    assert times[("Schützenfest Zermüllen", "2025")] == ("2025-05-31", None)  # „abends“


def test_a_gig_list_without_titles(capsys: pytest.CaptureFixture[str]) -> None:
    # Cluster V's gigs: [{"date", "city", "location", "time"}], the site's table showing
    # "location" as the event beside the town. Before: no record.
    rows = inspect_corpus_page(capsys, "json-clusterv-band-termine-2026-05")
    assert len(rows) == 29  # with the band's founding day („Bandgründung“), a row of the list
    first = rows[0]
    assert (first["title"], first["start"], first["location"]) == (
        "Taeter Theater",
        "2026-07-25T20:00:00+02:00",
        "Heidelberg",
    )
