"""One builder for the hand-made records the extract tests feed to a single reader.

Only the fields a test is about are worth writing; the source, page and extractor a
record must carry are filled with neutral values here, so that each test shows its point.
"""

from typing import Any

from netdir.records import RawRecord


def raw_record(
    title: str = "",
    *,
    extractor: str = "listing",
    page_url: str = "https://example.org/",
    **fields: Any,
) -> RawRecord:
    return RawRecord(source_id="s", page_url=page_url, extractor=extractor, title=title, **fields)


def raw_records(*titles: str, **fields: Any) -> list[RawRecord]:
    return [raw_record(title, **fields) for title in titles]
