"""A page's one structured event: an end equal to its start is none; a labelled range ends it."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text


def _page(start: str, end: str | None, text: str) -> str:
    event = {"@context": "https://schema.org", "@type": "Event", "name": "School of Data"}
    event["startDate"] = start
    if end is not None:
        event["endDate"] = end
    return (
        '<html><head><script type="application/ld+json">'
        + json.dumps(event)
        + f"</script></head><body><h1>School of Data</h1>{text}</body></html>"
    )


def test_an_end_equal_to_the_start_is_dropped() -> None:
    html = _page("2024-03-23T09:00:00-04:00", "2024-03-23T09:00:00-04:00", "<p>Come along.</p>")
    (record,) = extract_page(page_from_text(html)).records
    assert (record.start, record.end) == ("2024-03-23T09:00:00-04:00", None)


def test_the_labelled_range_from_the_start_gives_the_end_with_the_start_offset() -> None:
    text = "<p><b>When:</b> Saturday, March 23, 2024 from 9am to 6pm<br><b>Where:</b> CUNY</p>"
    html = _page("2024-03-23T09:00:00-04:00", "2024-03-23T09:00:00-04:00", text)
    (record,) = extract_page(page_from_text(html)).records
    assert (record.start, record.end) == ("2024-03-23T09:00:00-04:00", "2024-03-23T18:00-04:00")
    assert record.field_sources["end"] == "event_page:When:"


def test_a_labelled_range_at_another_clock_or_a_stated_end_is_left_alone() -> None:
    text = "<p><b>When:</b> Saturday, March 23, 2024 from 10am to 6pm</p>"
    html = _page("2024-03-23T09:00:00-04:00", None, text)
    (record,) = extract_page(page_from_text(html)).records
    assert record.end is None
    html = _page("2024-03-23T09:00:00-04:00", "2024-03-23T17:00:00-04:00", text)
    (record,) = extract_page(page_from_text(html)).records
    assert record.end == "2024-03-23T17:00:00-04:00"
