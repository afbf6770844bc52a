"""Every text field is capped where records leave extraction."""

from __future__ import annotations

from datetime import UTC, datetime

from netdir.catalog.model import Source
from netdir.extract import extract_page
from netdir.extract.caps import FIELD_CAPS, MAX_TOPICS, cap_record
from netdir.records import Page, RawRecord

SOURCE = Source(id="huge", name="Huge", start_urls=["http://127.0.0.1/"])


def test_a_page_with_megabyte_fields_yields_capped_records() -> None:
    huge = "QUJD" * 250_000  # 1 MB of base64, no spaces
    html = (
        '<script type="application/ld+json">{"@type": "Event", '
        f'"name": "{huge}", "description": "{huge}", "startDate": "2027-03-12", '
        f'"location": {{"@type": "Place", "name": "{huge}", "address": "{huge}"}}}}</script>'
    )
    page = Page(SOURCE.id, "http://127.0.0.1/", "http://127.0.0.1/", 200, datetime.now(UTC),
                content_type="text/html", text=html)  # fmt: skip
    [record] = extract_page(page, SOURCE).records
    assert len(record.title) == FIELD_CAPS["title"] and record.title.endswith("…")
    assert record.description is not None and len(record.description) == FIELD_CAPS["description"]
    for name, limit in FIELD_CAPS.items():
        value = getattr(record, name)
        assert value is None or len(value) <= limit, name
    assert record.start == "2027-03-12"


def test_short_records_pass_unchanged_and_long_lists_and_links_are_bounded() -> None:
    short = RawRecord("s", "http://x/", "jsonld", "Fachtag", url="http://x/a")
    assert cap_record(short) is short
    long = RawRecord(
        "s", "http://x/", "jsonld", "Fachtag", url="http://x/" + "a" * 5000,
        topics=[f"Thema {n}" for n in range(1000)],
    )  # fmt: skip
    capped = cap_record(long)
    assert capped.url is None  # a 5 KB link is not an offering's address
    assert len(capped.topics) == MAX_TOPICS
