"""JSON-LD, microdata, RDFa and microformats of one page, merged: the same event described twice becomes one
record.

Many CMSs print JSON-LD from one plugin and microdata (or RDFa) from the theme. Either may lack
fields the other has (the JSON-LD gives the date, the microdata the place), so a record of one
is completed field by field from the matching record of the other instead of reading microdata
only when JSON-LD found nothing. The syntaxes rank in the order they are read: JSON-LD, then
microdata, then RDFa, then microformats (h-event, hCalendar); a later one only fills what an earlier one left empty.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.context import PageContext
from netdir.extract.jsonld import extract_jsonld
from netdir.extract.microdata import extract_microdata
from netdir.extract.microformats import extract_microformats
from netdir.extract.named_hours import hours_from_name
from netdir.extract.rdfa import extract_rdfa
from netdir.extract.schema_org import ORGANIZATION_TYPES, names_the_source
from netdir.extract.shown_text import shown_text
from netdir.extract.structured_titles import (
    trim_date_and_place,
    trim_shared_label,
    trim_site_name,
    trim_subtitle,
    trim_venue_after_at,
)
from netdir.records import RawRecord

_MERGED_FIELDS = (
    "url", "description", "date_text", "start", "end", "all_day", "location_text", "venue",
    "city", "attendance_mode", "organizer", "status_text", "cost_text", "audience_text", "topics",
    "recurrence",
)  # fmt: skip
_NOT_WORD = lazy_re.compile(r"\W+")
# The parts of a document title: „Termine – Divites Quartett“, „Kalender | Verein e.V.“.
_SITE_SEPARATOR = lazy_re.compile(r"\s+[-–—|·:]\s+")


def extract_structured(tree: LexborHTMLParser, context: PageContext) -> dict[str, list[RawRecord]]:
    """Records by extractor (``jsonld``, ``microdata``, ``rdfa``, ``microformats``); a record that repeats one
    of an earlier syntax completes that one instead of standing on its own."""
    found = {
        "jsonld": extract_jsonld(tree, context),
        "microdata": extract_microdata(tree, context),
        "rdfa": extract_rdfa(tree, context),
        "microformats": extract_microformats(tree, context),
    }
    today = context.fetched_at.date()
    page_text: list[str] = []

    def shown(name: str) -> bool:
        if not page_text:  # read once, when a name has parts to trim
            page_text.append(" ".join(shown_text(tree.body).split()))
        return " ".join(name.split()) in page_text[0]

    page_headings: list[tuple[set[str], set[str]]] = []

    def headings() -> tuple[set[str], set[str]]:
        if not page_headings:  # read once, when a name has parts to split
            texts = [
                (node.tag, " ".join(node.text(separator=" ").split()))
                for node in tree.css("h1, h2, h3, h4, h5, h6")
            ]
            page_headings.append(
                (
                    {text for tag, text in texts if tag == "h1"},
                    {t for tag, t in texts if tag != "h1"},
                )
            )
        return page_headings[0]

    site_parts: list[set[str]] = []

    def site_names() -> set[str]:
        if not site_parts:  # read once, when a name opens with a part and a heading follows
            node = tree.css_first("title")
            text = " ".join(node.text().split()) if node is not None else ""
            site_parts.append({part.casefold() for part in _SITE_SEPARATOR.split(text) if part})
        return site_parts[0]

    for records in found.values():
        for record in records:
            hours_from_name(record, today)
            trim_date_and_place(record, today, shown)
            trim_subtitle(record, headings)
            trim_site_name(record, headings, site_names)
        # „Helmut Krenek - Ausg'steckt“, „Wieninger - Ausg'steckt“: a label all names share.
        trim_shared_label(records, headings)
        # „Shane Torres @ FREMONT ABBEY“, „5/15 The Moth StorySLAM @ BLOEDEL HALL“
        trim_venue_after_at(records, shown)
    _drop_publisher_beside_events(found, context)
    kept: list[RawRecord] = []
    result: dict[str, list[RawRecord]] = {}
    for extractor, records in found.items():
        result[extractor] = _merge_into(kept, records) if kept else records
        kept.extend(result[extractor])
    return result


def _drop_publisher_beside_events(found: dict[str, list[RawRecord]], context: PageContext) -> None:
    """One syntax's only record an undated Organization while another syntax gives dated events
    (the Tempodrom's footer box in microdata, its programme in JSON-LD): that Organization is the
    site's publisher, as a JSON-LD block's own Organization beside its events is
    (``jsonld.records_from_documents``), not an offering beside the events — unless it is the
    catalog source's own, a network's on its own site (``names_the_source``)."""
    dated = any(
        record.start or record.date_text for records in found.values() for record in records
    )
    if not dated:
        return
    for extractor, records in found.items():
        if (
            len(records) == 1
            and _undated_organization(records[0])
            and not names_the_source(records[0].title, context)
        ):
            found[extractor] = []


def _undated_organization(record: RawRecord) -> bool:
    typed = record.field_sources.get("kind", "").split(":", 1)[-1].split(".", 1)[0]
    return typed in ORGANIZATION_TYPES and not (record.start or record.date_text)


def _merge_into(kept: list[RawRecord], records: list[RawRecord]) -> list[RawRecord]:
    """The records that describe no event of ``kept``; the others complete their twin."""
    by_key = {_key(record): record for record in reversed(kept)}
    by_title = {title_key(record): record for record in reversed(kept)}
    rest: list[RawRecord] = []
    for record in records:
        twin = by_key.get(_key(record))
        if twin is None:
            # Same title and one of the two without a date: the same event, half described.
            candidate = by_title.get(title_key(record))
            if candidate is not None and (record.start is None or candidate.start is None):
                twin = candidate
        if twin is None:
            twin = _same_event_named_differently(record, kept)
        if twin is None:
            rest.append(record)
        else:
            _complete(twin, record)
    return rest


def _same_event_named_differently(record: RawRecord, kept: list[RawRecord]) -> RawRecord | None:
    """The one kept record at the same start whose title holds all of this one's words or
    whose words this title holds ("Konzert: Kammerchor Bonn" and "Kammerchor Bonn")."""
    if record.start is None:
        return None
    words = set(title_key(record).split())
    found = [
        other
        for other in kept
        if _same_start(other.start, record.start)
        and (other_words := set(title_key(other).split()))
        and (words <= other_words or other_words <= words)
    ]
    return found[0] if len(found) == 1 else None


def _same_start(one: str | None, other: str) -> bool:
    """One start, however precisely each syntax states it: the same stamp, or the same day
    where one of the two gives only the day (the theme's microdata ``content="2026-07-09"``
    beside the shop's JSON-LD ``2026-07-09T20:00:00+02:00``)."""
    if one is None:
        return False
    if one == other:
        return True
    day_only = len(one) == len("2026-07-09") or len(other) == len("2026-07-09")
    return day_only and one[:10] == other[:10]


def title_key(record: RawRecord) -> str:
    return _NOT_WORD.sub(" ", record.title.casefold()).strip()


def _key(record: RawRecord) -> tuple[str, str | None]:
    return title_key(record), record.start[:10] if record.start else None


def _complete(record: RawRecord, other: RawRecord) -> None:
    """Fill the fields ``record`` lacks from ``other``, noting where each came from."""
    for name in _MERGED_FIELDS:
        if getattr(record, name) not in (None, "", []):
            continue
        if name == "url" and other.field_sources.get("url") == "page":
            continue
        value = getattr(other, name)
        if value in (None, "", []):
            continue
        setattr(record, name, value)
        if name in other.field_sources:
            record.field_sources[name] = other.field_sources[name]
    if record.field_sources.get("url") == "page" and other.field_sources.get("url") not in (
        None,
        "page",
    ):
        record.url = other.url
        record.field_sources["url"] = other.field_sources["url"]
