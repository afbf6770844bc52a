"""A bare-day Event JSON-LD takes the clock its list card shows (card_clocks)."""

from __future__ import annotations

import json

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_BASE = "https://example.org/events/"


def _card(slug: str, name: str, day: str, clock: str) -> str:
    event = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": name,
        "startDate": day,
        "endDate": day,
        "url": f"{_BASE}{slug}/",
    }
    return (
        f'<script type="application/ld+json">{json.dumps(event)}</script>'
        f'<article><h3><a href="{_BASE}{slug}/">{name}</a></h3>'
        "<div>A walk through the market with tastings at 6 stalls.</div>"
        f"<div><span>{day[8:]} Feb</span></div><div>{clock}</div></article>"
    )


def _records(*cards: str) -> dict[str, tuple[str | None, str | None]]:
    html = f"<html lang='en'><body><main>{''.join(cards)}</main></body></html>"
    records = extract_page(page_from_text(html, _BASE)).records
    return {record.title: (record.start, record.end) for record in records}


def test_a_bare_day_takes_the_one_clock_of_its_linked_card() -> None:
    found = _records(
        _card("tour", "Food Tour", "2026-02-11", "10:00 am - 4:00 pm"),
        _card("improv", "Improv Happy Hour", "2026-02-13", "7:00 pm"),
    )
    assert found["Food Tour"] == ("2026-02-11T10:00", "2026-02-11T16:00")
    assert found["Improv Happy Hour"][0] == "2026-02-13T19:00"


def test_a_card_without_a_clock_or_with_two_keeps_the_day() -> None:
    found = _records(
        _card("market", "Winter Market", "2026-02-14", "All day"),
        _card("fair", "Book Fair", "2026-02-15", "10:00 am</div><div>2:00 pm"),
    )
    assert found["Winter Market"][0] == "2026-02-14"
    assert found["Book Fair"][0] == "2026-02-15"


def test_one_event_page_is_no_card_of_a_list() -> None:
    found = _records(_card("tour", "Food Tour", "2026-02-11", "10:00 am - 4:00 pm"))
    assert found["Food Tour"][0] == "2026-02-11"


def test_modern_events_calendar_list(capsys: pytest.CaptureFixture[str]) -> None:
    """Pike Place Market's MEC list: each card's JSON-LD says only the day, the card the hours."""
    records = inspect_corpus_page(capsys, "wordpress-mec-pikeplace-calendar")
    starts = [(r["title"], r["start"][:16], (r["end"] or "")[:16]) for r in records[:3]]
    assert starts == [
        (
            "The Original Food and Culture Tour of Pike Place Market",
            "2026-02-11T10:00",
            "2026-02-11T16:00",
        ),
        ("Meet Me @HistoryLink: Zine Workshop", "2026-02-11T17:30", "2026-02-11T19:00"),
        ("Gareth Pearson presented by The Triple Door", "2026-02-11T19:30", "2026-02-11T22:30"),
    ]
