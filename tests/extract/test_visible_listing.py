"""Partial structured lists are completed from the visible rows; complete ones cost nothing."""

from __future__ import annotations

import json

import netdir.extract.dispatch as dispatch
from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

EVENTS = [
    ("Stammtisch", "2027-03-02T19:00"),
    ("Lesung", "2027-03-09T19:30"),
    ("Konzert", "2027-03-16T20:00"),
]


def _page(visible: list[tuple[str, str, str]]) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "Event", "name": name, "startDate": start} for name, start in EVENTS],
    }
    rows = "".join(
        f'<div class="termin"><h3><a href="/t/{i}">{name}</a></h3><p>{day}, {time} Uhr</p></div>'
        for i, (name, day, time) in enumerate(visible)
    )
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main>{rows}</main></body></html>"
    )


def test_json_ld_that_covers_every_visible_row_is_read_alone(monkeypatch) -> None:
    calls: list[object] = []
    real = dispatch.extract_listing
    monkeypatch.setattr(dispatch, "extract_listing", lambda *a: calls.append(a) or real(*a))
    visible = [("Stammtisch", "02.03.2027", "19:00"), ("Lesung", "09.03.2027", "19:30"),
               ("Konzert", "16.03.2027", "20:00")]  # fmt: skip
    result = extract_page(page_from_text(_page(visible)))
    assert result.extractors == ["jsonld"] and len(result.records) == 3
    assert calls == []  # the listing detector was not run


def test_rows_beyond_the_json_ld_are_added_from_the_visible_list() -> None:
    visible = [("Stammtisch", "02.03.2027", "19:00"), ("Lesung", "09.03.2027", "19:30"),
               ("Konzert", "16.03.2027", "20:00"), ("Flohmarkt", "23.03.2027", "10:00"),
               ("Vortrag", "30.03.2027", "18:00")]  # fmt: skip
    result = extract_page(page_from_text(_page(visible)))
    assert result.extractors == ["jsonld", "listing"]
    assert [r.title for r in result.records] == [
        "Stammtisch", "Lesung", "Konzert", "Flohmarkt", "Vortrag",
    ]  # fmt: skip
    assert result.records[3].field_sources["title"].startswith("listing:")
