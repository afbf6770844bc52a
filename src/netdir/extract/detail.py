"""Enrich a listing record from its detail page (JSON-LD/microdata there, or detail rules).

A field already present is replaced only by a better-ranked extractor: a detail page's
JSON-LD ``startDate`` beats the listing detector's guess, but a detail page's rules never
overwrite a title the listing's JSON-LD stated.
"""

from __future__ import annotations

import dataclasses
import difflib

from netdir.catalog.model import Source
from netdir.extract.caps import cap_record
from netdir.extract.context import PageContext
from netdir.extract.rules import extract_with_rules
from netdir.extract.structured import extract_structured
from netdir.html_depth import parse_html
from netdir.records import Page, RawRecord

ENRICHABLE_FIELDS = (
    "title", "url", "description", "date_text", "start", "end", "all_day", "location_text",
    "venue", "city", "attendance_mode", "organizer", "kind", "status_text", "cost_text",
    "audience_text", "topics",
)  # fmt: skip
# Higher is better. "page" marks a URL that only fell back to the page's own address.
_EXTRACTOR_RANK = {"jsonld": 4, "microdata": 4, "rdfa": 4, "microformats": 4, "ical": 4, "tec": 4, "frab": 4, "feed": 3, "rules": 2, "listing": 1, "page": 0}  # fmt: skip


def enrich_from_detail(record: RawRecord, page: Page, source: Source) -> RawRecord:
    """A copy of ``record`` with missing (or weaker) fields filled from its detail page."""
    if page.text is None:
        return record
    context = PageContext.of(page, source)
    tree = parse_html(page.text)
    rules = source.detail.rules if source.detail is not None else None
    if rules is not None:
        found = extract_with_rules(tree, rules, context, extractor="rules").records
    else:
        structured = extract_structured(tree, context)
        found = [record for records in structured.values() for record in records]
    best = _best_match(record, [cap_record(candidate) for candidate in found])
    if best is None:
        return record
    enriched = dataclasses.replace(
        record,
        field_sources=dict(record.field_sources),
        extra={**record.extra, "detail_url": page.final_url or page.url},
        topics=list(record.topics),
    )
    for name in ENRICHABLE_FIELDS:
        value = getattr(best, name)
        if value is None or value == [] or value == "":
            continue
        if name == "url" and best.field_sources.get("url") == "page":
            continue  # the detail page's own address is the link we followed
        current = getattr(enriched, name)
        present = current not in (None, "", [])
        if present and _rank(best, name) <= _rank(enriched, name):
            continue
        setattr(enriched, name, value)
        if name in best.field_sources:
            enriched.field_sources[name] = f"detail:{best.field_sources[name]}"
    return enriched


def _rank(record: RawRecord, field: str) -> int:
    where = record.field_sources.get(field, record.extractor).removeprefix("detail:")
    return _EXTRACTOR_RANK.get(where.split(":", 1)[0], _EXTRACTOR_RANK.get(record.extractor, 0))


def _best_match(record: RawRecord, found: list[RawRecord]) -> RawRecord | None:
    """The detail page's record about this offering: one alone, else the closest title."""
    if len(found) <= 1:
        return found[0] if found else None
    return max(
        found,
        key=lambda other: difflib.SequenceMatcher(
            None, record.title.lower(), other.title.lower()
        ).ratio(),
    )
