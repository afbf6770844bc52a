"""schema.org things (parsed from JSON-LD or microdata) → raw records.

Both structured-data extractors produce plain dicts shaped like JSON-LD, so one mapper serves
both and a field's provenance reads the same way: ``jsonld:Event.startDate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from netdir.extract.context import PageContext, clean_text, plain_text, set_field
from netdir.records import RawRecord

EVENT_TYPES = frozenset(
    {
        "Event", "BusinessEvent", "EducationEvent", "SocialEvent", "Festival", "ExhibitionEvent",
        "Hackathon", "LiteraryEvent", "PublicationEvent", "SaleEvent", "ScreeningEvent",
        "TheaterEvent", "MusicEvent", "ComedyEvent", "DanceEvent", "FoodEvent", "SportsEvent",
        "ChildrensEvent", "VisualArtsEvent", "CourseInstance", "EventSeries",
    }
)  # fmt: skip
COURSE_TYPES = frozenset({"Course"})
ORGANIZATION_TYPES = frozenset(
    {"Organization", "NGO", "GovernmentOrganization", "EducationalOrganization", "Project"}
)
LIST_TYPES = frozenset({"ItemList", "CollectionPage", "ListItem"})
# The page states a more specific kind than the source's default only for these.
_KIND_BY_TYPE = {"EventSeries": "event_series", "Course": "course", "CourseInstance": "course"}
_ORGANIZATION_KIND = "organization"
_UNPADDED_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])")


def type_names(node: dict[str, Any]) -> set[str]:
    """``"schema:Event"``, ``"https://schema.org/Event"`` and ``["Event", "Thing"]`` → names."""
    raw = node.get("@type") or node.get("type") or []
    values = raw if isinstance(raw, list) else [raw]
    return {str(value).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for value in values if value}


def enum_name(value: object) -> str | None:
    """``"https://schema.org/EventCancelled"`` → ``"EventCancelled"``."""
    text = clean_text(first(value) if isinstance(value, list) else value)
    if text is None:
        return None
    return text.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def first(value: object) -> object:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def text_of(value: object) -> str | None:
    """Text of a value that may be a string, a ``{"@value": ...}`` or a list of languages."""
    if isinstance(value, list):
        german = [
            v for v in value if isinstance(v, dict) and v.get("@language", "").startswith("de")
        ]
        return text_of(german[0] if german else first(value))
    if isinstance(value, dict):
        return clean_text(value.get("@value") or value.get("name"))
    return clean_text(value)


def names_of(value: object) -> str | None:
    """Organizer-like values: a name, a Person/Organization, or a list of them → "A; B"."""
    values = value if isinstance(value, list) else [value]
    names = [text_of(item) for item in values]
    joined = "; ".join(dict.fromkeys(name for name in names if name))
    return joined or None


def iter_things(node: object, listed: bool = False) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every offering-like node of a parsed document, and whether a list named it.

    Walks arrays, ``@graph``, ``ItemList.itemListElement``, ``ListItem.item``,
    ``EventSeries.subEvent`` and the ``event`` property of any thing; never walks into properties such as ``organizer`` or ``publisher``
    (an event's organizer is not an offering of its own).
    """
    if isinstance(node, list):
        for item in node:
            yield from iter_things(item, listed)
        return
    if not isinstance(node, dict):
        return
    if "@graph" in node:
        yield from iter_things(node["@graph"], listed)
    types = type_names(node)
    if types & LIST_TYPES or "itemListElement" in node:
        elements = node.get("itemListElement") or node.get("mainEntity") or []
        for element in elements if isinstance(elements, list) else [elements]:
            if isinstance(element, dict) and isinstance(element.get("item"), dict):
                yield from iter_things(element["item"], listed=True)
            else:
                yield from iter_things(element, listed=True)
    if types & (EVENT_TYPES | COURSE_TYPES | ORGANIZATION_TYPES):
        yield node, listed
    for sub_event in _as_list(node.get("subEvent") or node.get("subEvents")):
        yield from iter_things(sub_event, listed=True)
    # A venue's or a band's programme: Place.event, MusicGroup.event, Organization.events.
    for nested in _as_list(node.get("event") or node.get("events")):
        yield from iter_things(nested, listed=True)


def is_site_furniture(node: dict[str, Any]) -> bool:
    """WebSite/WebPage nodes: their presence marks an Organization as the site's publisher."""
    return bool(type_names(node) & {"WebSite", "WebPage", "BreadcrumbList"})


def is_organization(node: dict[str, Any]) -> bool:
    return bool(type_names(node) & ORGANIZATION_TYPES) and not type_names(node) & EVENT_TYPES


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def records_from_thing(
    node: dict[str, Any], context: PageContext, extractor: str
) -> list[RawRecord]:
    """One record per event; a Course gives one per course instance (or one if it has none)."""
    types = type_names(node)
    if types & COURSE_TYPES:
        instances = [i for i in _as_list(node.get("hasCourseInstance")) if isinstance(i, dict)]
        if instances:
            return [
                record
                for instance in instances
                if (record := _record(instance, context, extractor, parent=node)) is not None
            ]
    record = _record(node, context, extractor)
    return [record] if record is not None else []


def _record(
    node: dict[str, Any],
    context: PageContext,
    extractor: str,
    parent: dict[str, Any] | None = None,
) -> RawRecord | None:
    types = type_names(node) or {"Thing"}
    type_name = sorted(types & (EVENT_TYPES | COURSE_TYPES | ORGANIZATION_TYPES) or types)[0]
    where_title = f"{extractor}:{type_name}.name"
    title = text_of(node.get("name"))
    if title is None and parent is not None:
        title = text_of(parent.get("name"))
        where_title = f"{extractor}:{sorted(type_names(parent))[0]}.name"
    if title is None:
        return None
    record = context.new_record(extractor, title)
    record.field_sources["title"] = where_title

    def put(field: str, value: object, prop: str) -> None:
        set_field(record, field, value, f"{extractor}:{type_name}.{prop}")

    kind = _KIND_BY_TYPE.get(type_name) or (
        _ORGANIZATION_KIND if type_name in ORGANIZATION_TYPES else None
    )
    if parent is not None:
        kind = _KIND_BY_TYPE.get(sorted(type_names(parent))[0], kind)
    if kind is not None:
        put("kind", kind, "@type")

    url = context.absolute_url(first(node.get("url")))
    if url is None and parent is not None:
        url = context.absolute_url(first(parent.get("url")))
    if url is None and str(node.get("@id", "")).startswith("http"):
        url = context.absolute_url(node["@id"].split("#", 1)[0])
    if url is not None:
        put("url", url, "url")
    else:
        # A detail page's own event: the page is the offering's page.
        set_field(record, "url", context.base_url, "page")

    description = text_of(node.get("description")) or (
        text_of(parent.get("description")) if parent else None
    )
    put("description", plain_text(description), "description")
    start, end = (
        iso_padded(text_of(node.get("startDate"))),
        iso_padded(text_of(node.get("endDate"))),
    )
    put("start", start, "startDate")
    put("end", end, "endDate")
    if start is not None:
        record.all_day = len(start) == 10  # a date without time
        record.field_sources["all_day"] = f"{extractor}:{type_name}.startDate"
    put("status_text", enum_name(node.get("eventStatus")), "eventStatus")
    mode = enum_name(node.get("eventAttendanceMode") or node.get("courseMode"))
    put("attendance_mode", mode, "eventAttendanceMode")
    put("organizer", names_of(node.get("organizer") or (parent or {}).get("provider")), "organizer")
    _put_location(record, node.get("location"), put)
    put("cost_text", _cost(node), "offers")
    audience = first(node.get("audience"))
    if isinstance(audience, dict):
        audience = audience.get("audienceType") or audience.get("name")
    put("audience_text", text_of(audience), "audience")
    put("topics", _topics(node.get("keywords") or node.get("about")), "keywords")
    if type_name in ORGANIZATION_TYPES:
        _put_location(record, node.get("address"), put, prop="address")
    return record


def iso_padded(value: str | None) -> str | None:
    """``2019-9-18`` → ``2019-09-18`` (some plugins drop the zeros); other values unchanged."""
    if value is None:
        return None
    match = _UNPADDED_ISO.match(value)
    if match is None:
        return value
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}{value[match.end() :]}"


def _put_location(record: RawRecord, location: object, put: Any, prop: str = "location") -> None:
    places = [p for p in _as_list(location) if p]
    texts: list[str] = []
    for place in places:
        if isinstance(place, str):
            texts.append(clean_text(place) or "")
            continue
        if not isinstance(place, dict):
            continue
        if "VirtualLocation" in type_names(place):
            texts.append("online")
            if place.get("url"):
                record.extra["online_url"] = str(place["url"])
            continue
        name = text_of(place.get("name"))
        address = place.get("address") if "address" in place else place
        street = city = postal = None
        if isinstance(address, dict):
            street = text_of(address.get("streetAddress"))
            postal = text_of(address.get("postalCode"))
            city = text_of(address.get("addressLocality"))
        elif isinstance(address, str):
            street = clean_text(address)
        if name and name != street:
            put("venue", record.venue or name, f"{prop}.name")
        put("city", record.city or city, f"{prop}.address.addressLocality")
        locality = " ".join(part for part in (postal, city) if part)
        texts.append(", ".join(part for part in (name, street, locality) if part and part != ""))
    put("location_text", "; ".join(t for t in texts if t) or None, prop)


def _cost(node: dict[str, Any]) -> str | None:
    if node.get("isAccessibleForFree") in (True, "true", "True"):
        return "kostenlos"
    offers = [o for o in _as_list(node.get("offers")) if isinstance(o, dict)]
    prices = []
    for offer in offers:
        price = clean_text(offer.get("price"))
        if price is not None:
            currency = clean_text(offer.get("priceCurrency")) or ""
            prices.append(f"{price} {currency}".strip())
    return " / ".join(prices) or None


def _topics(value: object) -> list[str]:
    if isinstance(value, str):
        return [t for part in value.split(",") if (t := clean_text(part))]
    return [t for item in _as_list(value) if (t := text_of(item))]
