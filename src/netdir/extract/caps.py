"""Length caps on every text field, applied where records leave extraction.

A page decides how long its strings are; normalization, dedup and publishing should not have
to care. Three events with 20 KB base64 "descriptions" made a run 7× slower, a 1 MB title
without spaces made regexes crawl (measured). The caps are far above anything a real
offering needs (the longest title in the sample web and the real-page corpus is < 200
characters); a capped field ends in "…" so a reader sees that it was cut.
"""

from __future__ import annotations

import dataclasses

from netdir.records import RawRecord

#: Maximum characters per field. Documented in src/netdir/catalog/SOURCES.md ("Limits").
FIELD_CAPS: dict[str, int] = {
    "title": 300,
    "description": 5000,
    "date_text": 300,
    "location_text": 500,
    "venue": 300,
    "city": 100,
    "attendance_mode": 100,
    "organizer": 300,
    "kind": 100,
    "status_text": 200,
    "cost_text": 500,
    "audience_text": 500,
    "start": 64,
    "end": 64,
    "published": 64,
}
#: A longer link is not an offering's address: it is dropped rather than cut into a wrong one.
MAX_URL_LENGTH = 2048
MAX_TOPICS = 30
MAX_TOPIC_LENGTH = 100
MAX_EXTRA_VALUE_LENGTH = 2048
_ELLIPSIS = "…"


def cap_text(text: str, limit: int) -> str:
    """``text`` if it fits, else its first ``limit - 1`` characters and "…"."""
    if len(text) <= limit:
        return text
    return text[: limit - 1] + _ELLIPSIS


def cap_record(record: RawRecord) -> RawRecord:
    """``record`` itself when every field fits, else a copy with the long fields cut."""
    changes: dict[str, object] = {}
    for name, limit in FIELD_CAPS.items():
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > limit:
            changes[name] = cap_text(value, limit)
    if record.url is not None and len(record.url) > MAX_URL_LENGTH:
        changes["url"] = None
    if len(record.topics) > MAX_TOPICS or any(len(t) > MAX_TOPIC_LENGTH for t in record.topics):
        changes["topics"] = [cap_text(t, MAX_TOPIC_LENGTH) for t in record.topics[:MAX_TOPICS]]
    if any(len(v) > MAX_EXTRA_VALUE_LENGTH for v in record.extra.values()):
        changes["extra"] = {
            key: cap_text(value, MAX_EXTRA_VALUE_LENGTH) for key, value in record.extra.items()
        }
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[arg-type]
