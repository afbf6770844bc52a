"""schema.org things (parsed from JSON-LD or microdata) → raw records.

Both structured-data extractors produce plain dicts shaped like JSON-LD, so one mapper serves
both and a field's provenance reads the same way: ``jsonld:Event.startDate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from netdir import lazy_re
from netdir.extract.activity_streams import event_time_keys
from netdir.extract.context import PageContext, clean_text, plain_text, set_field
from netdir.extract.schedule import as_list, schedule_occurrence
from netdir.normalize.when_zone import zone_of_address
from netdir.records import RawRecord

EVENT_TYPES = frozenset(
    {
        "Event", "BusinessEvent", "EducationEvent", "SocialEvent", "Festival", "ExhibitionEvent",
        "Hackathon", "LiteraryEvent", "PublicationEvent", "SaleEvent", "ScreeningEvent",
        "TheaterEvent", "MusicEvent", "ComedyEvent", "DanceEvent", "FoodEvent", "SportsEvent",
        "ChildrensEvent", "VisualArtsEvent", "CourseInstance", "EventSeries", "BroadcastEvent",
        "OnDemandEvent", "DeliveryEvent", "PerformingArtsEvent", "UserInteraction",
    }
)  # fmt: skip
COURSE_TYPES = frozenset({"Course"})
ORGANIZATION_TYPES = frozenset(
    {"Organization", "NGO", "GovernmentOrganization", "EducationalOrganization", "Project"}
)
LIST_TYPES = frozenset({"ItemList", "CollectionPage", "ListItem"})
_CANONICAL_TYPE = {
    name.lower(): name
    for name in (*EVENT_TYPES, *COURSE_TYPES, *ORGANIZATION_TYPES, *LIST_TYPES, "Place")
}
# Catalog kinds whose offering is an organization: a network's or a community's own site names
# it in an Organization record, and there that record is what the catalog lists, not the
# publisher of something else.
ORGANIZATION_KINDS = frozenset({"network", "community_of_practice"})
# Words of a name that say nothing about whom it names: legal forms, "the", "and".
_NAME_NOISE = frozenset(
    {
        "e",
        "v",
        "ev",
        "gmbh",
        "mbh",
        "co",
        "kg",
        "ag",
        "ggmbh",
        "und",
        "and",
        "the",
        "der",
        "die",
        "das",
        "des",
        "für",
        "for",
    }
)
_NAME_WORD = lazy_re.compile(r"\w+")
# The page states a more specific kind than the source's default only for these.
_KIND_BY_TYPE = {"EventSeries": "event_series", "Course": "course", "CourseInstance": "course"}
_ORGANIZATION_KIND = "organization"
_UNPADDED_ISO = lazy_re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])")
# ISO 8601 basic format: 20260508, 20260508T1900, 20260508T190000Z
# A stamp at the day's first minute, and one at its last (with or without seconds and offset);
# MIDNIGHT_STAMP's group 1 is the day. Also how ``time_elements`` knows a CMS's day-only stamp.
MIDNIGHT_STAMP = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_DAY_END = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]23:59(?::59)?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_LAST_MINUTE = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]23:59(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_ISO_DATE = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a day without a clock
# "-191 min", "+20 min.": minutes before or after the page was served (a live ticker's start).
_MINUTES_FROM_NOW = lazy_re.compile(r"^\s*([+\-−])\s?(\d{1,4})\s?min\.?\s*$", re.I)
_BASIC_ISO = lazy_re.compile(
    r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$"
)


# Properties that never lead to an offering of the page: the event an event belongs to (its
# series is stated on the series' own page) and pure metadata.
_NOT_WALKED = frozenset(
    {"superEvent", "@context", "image", "logo", "breadcrumb", "potentialAction"}
)


def type_names(node: dict[str, Any]) -> frozenset[str]:
    """``"schema:Event"``, ``"https://schema.org/Event"`` and ``["Event", "Thing"]`` → names;
    ``additionalType`` counts too (microdata marks a TouristAttraction as an Event that way)."""
    raw = node.get("@type") or node.get("type") or []
    extra = node.get("additionalType")
    if extra is None and type(raw) is str:
        # The common case, asked ~13 times per record (walk, record, place, organizer).
        return _names_of_type(raw)
    values = raw if isinstance(raw, list) else [raw]
    values = [*values, *(extra if isinstance(extra, list) else [extra] if extra else [])]
    return frozenset(_type_name(value) for value in values if isinstance(value, str) and value)


@lru_cache(maxsize=1024)
def _names_of_type(value: str) -> frozenset[str]:
    return frozenset([_type_name(value)] if value else [])


def _type_name(value: str) -> str:
    """The type's local name, spelled as schema.org spells it: generators that write the type in
    lower case (``"@type":"event"``, a hosted CMS's event pages) still mean the Event."""
    name = value.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return name if name[:1].isupper() else _CANONICAL_TYPE.get(name.lower(), name)


def is_event_type(name: str) -> bool:
    """An Event subtype: the known ones, and any ``…Event`` (schema.org names every event type
    that way; pending and extension types such as ``PerformingArtsEvent`` included)."""
    return name in EVENT_TYPES or (name.endswith("Event") and name[:1].isupper())


def event_types(node: dict[str, Any]) -> frozenset[str]:
    names = type_names(node)
    if not names and _untyped_event(node):
        return _UNTYPED_EVENT
    return _event_types_of(names)


# A thing whose "@type" is empty or missing but that has a name and a start ("@type": "" on a
# venue's event page, its name, startDate and Place filled in) is an event: startDate is an
# Event's property, and nothing else on such a page says what the thing is.
_UNTYPED_EVENT = frozenset({"Event"})


def _untyped_event(node: dict[str, Any]) -> bool:
    start, name = node.get("startDate"), node.get("name")
    return (
        isinstance(start, str)
        and bool(start.strip())
        and isinstance(name, str)
        and bool(name.strip())
    )


@lru_cache(maxsize=1024)
def _event_types_of(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name for name in names if is_event_type(name))


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
    names = [text_of(item) for item in as_list(value)]
    joined = "; ".join(dict.fromkeys(name for name in names if name))
    return joined or None


def iter_things(node: object, listed: bool = False) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every offering-like node of a parsed document, and whether a list named it.

    Walks arrays, ``@graph``, ``ItemList.itemListElement``, ``ListItem.item``,
    ``EventSeries.subEvent`` and every other property: an event may sit in any of them
    (``Place.event``, ``MusicGroup.event``, ``EventReservation.reservationFor``,
    ``LiveBlogPosting.about``, ``Person.lifeEvent``). Only events and courses are taken from
    inside other things: an event's organizer is not an offering of its own.
    """
    yield from _walk(node, listed, nested=False)


def _walk(node: object, listed: bool, nested: bool) -> Iterator[tuple[dict[str, Any], bool]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, listed, nested)
        return
    if not isinstance(node, dict):
        return
    if "@graph" in node:
        yield from _walk(node["@graph"], listed, nested)
    types = type_names(node)
    walked: set[str] = {"@graph"}
    if types & LIST_TYPES or "itemListElement" in node:
        walked |= {"itemListElement", "mainEntity"}
        elements = node.get("itemListElement") or node.get("mainEntity") or []
        for element in elements if isinstance(elements, list) else [elements]:
            if isinstance(element, dict) and isinstance(element.get("item"), dict):
                yield from _walk(element["item"], True, nested)
            else:
                yield from _walk(element, True, nested)
    is_event = bool(event_types(node))
    if _series_of_dated_parts(node, types):
        pass  # its parts are what a reader attends; the series is their frame (a 7th record)
    elif is_event or types & COURSE_TYPES or (types & ORGANIZATION_TYPES and not nested):
        yield node, listed
    # A series' parts and a venue's or a band's programme are listed offerings.
    for name in ("subEvent", "subEvents", "event", "events"):
        walked.add(name)
        for sub_event in as_list(node.get(name)):
            yield from _walk(sub_event, True, True)
    for name, value in node.items():
        if name in walked or name in _NOT_WALKED or not isinstance(value, dict | list):
            continue
        if name == "hasCourseInstance" and types & COURSE_TYPES:
            continue  # a course's runs are its records (records_from_thing)
        yield from _walk(value, listed, True)


def _series_of_dated_parts(node: dict[str, Any], types: frozenset[str]) -> bool:
    """A dated ``EventSeries`` whose ``subEvent`` list holds events with their own start (a
    ticket shop's tour series, 9.–17. Oktober, and its six dated tours): the parts stand for the
    series, whose dated record would only repeat its first part's day. A series without a day of
    its own stays an offering: the programme a catalog lists beside its parts."""
    if "EventSeries" not in types or not node.get("startDate"):
        return False
    parts = [*as_list(node.get("subEvent")), *as_list(node.get("subEvents"))]
    return any(
        isinstance(part, dict) and event_types(part) and part.get("startDate") for part in parts
    )


def is_site_furniture(node: dict[str, Any]) -> bool:
    """WebSite/WebPage nodes: their presence marks an Organization as the site's publisher."""
    return bool(type_names(node) & {"WebSite", "WebPage", "BreadcrumbList"})


def is_organization(node: dict[str, Any]) -> bool:
    return bool(type_names(node) & ORGANIZATION_TYPES) and not event_types(node)


def _with_property_case(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its properties also under schema.org's spelling when a generator wrote them
    capitalised (WP Event Manager: ``"Location": {"@type": "Place", …}``, ``"Organizer"``): the
    page states them all the same. A property spelled both ways keeps schema.org's value; the
    values one level down (the Place, the Organization) are read alike."""
    if not any(key[:1].isupper() for key in node):
        return node
    fixed = dict(node)
    for key, value in node.items():
        if not key[:1].isupper():
            continue
        name = key[:1].lower() + key[1:]
        if name not in node:
            fixed[name] = _with_property_case(value) if isinstance(value, dict) else value
    return fixed


def records_from_thing(
    node: dict[str, Any], context: PageContext, extractor: str
) -> list[RawRecord]:
    """One record per event; a Course gives one per course instance (or one if it has none)."""
    node = _with_property_case(node)
    types = type_names(node)
    if types & COURSE_TYPES:
        instances = [i for i in as_list(node.get("hasCourseInstance")) if isinstance(i, dict)]
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
    type_name = sorted(event_types(node) or types & (COURSE_TYPES | ORGANIZATION_TYPES) or types)[0]
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
    start_key, end_key = event_time_keys(node)  # schema.org's, or ActivityStreams'
    start, end = (
        iso_padded(text_of(node.get(start_key))),
        iso_padded(text_of(node.get(end_key))),
    )
    start, end = whole_days(start, end)
    if end is not None and end == start and "T" in end:
        # A zero-length event: the plugin wrote its start again where no end was entered (The
        # Events Calendar's „NYC School of Data 2024“, 09:00 to 09:00, „from 9am to 6pm“).
        end = None
    put("start", start, start_key)
    put("end", end, end_key)
    if (served := minutes_from_serving(start, context.fetched_at)) is not None:
        start = served
        set_field(record, "start", start, f"{extractor}:{type_name}.startDate (from the serving)")
    schedule = schedule_occurrence(node.get("eventSchedule"), context.fetched_at.date())
    if schedule is not None:
        put("recurrence", schedule.rule, "eventSchedule")
        if start is None:
            # A series stated only by its rhythm: its next occurrence stands for it.
            start = schedule.start
            put("start", start, "eventSchedule")
            put("end", schedule.end, "eventSchedule")
    if start is not None:
        record.all_day = len(start) == 10  # a date without time
        record.field_sources["all_day"] = record.field_sources["start"]
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


def whole_days(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """An event from midnight to 23:59 of the same or a later day is held on whole days, as
    The Events Calendar writes its all-day events ("2018-07-25T00:00:00+01:00" to
    "2018-07-26T23:59:59+01:00", shown as "25 juillet 2018 - 26 juillet 2018"): its days without
    a clock, not a start at midnight; so is one from midnight to midnight (a server's dates) and
    one from a calendar's cutoff hour to the second before it (``_days_from_a_cutoff``). Any
    other pair stays as it is; a start at the first day's 23:59 before a last day without a clock
    is that run of days too."""
    if start is None or end is None:
        return start, end
    first, last = MIDNIGHT_STAMP.match(start), _DAY_END.match(end)
    if first is not None and last is not None and last.group(1) >= first.group(1):
        return first.group(1), last.group(1)
    if (
        first is not None
        and (dates := MIDNIGHT_STAMP.match(end))
        and dates.group(1) >= first.group(1)
    ):
        # Both at midnight: the days a server wrote as midnight stamps (symfony.com's training
        # "2018-03-19T00:00:00+00:00" to "2018-03-20T00:00:00+00:00", shown „Clichy - March 19,
        # 2018“, its link saying from=03/19 to=03/20): the first and the last day.
        return first.group(1), dates.group(1)
    if (late := _LAST_MINUTE.match(start)) and _ISO_DATE.match(end) and end > late.group(1):
        # A run of days whose start is the first day's last minute (Songkick's Download
        # Festival "2025-06-13T23:59:00" to "2025-06-15", its row "Jun 13"): the minute marks
        # a day without a clock, not an event beginning at midnight.
        return late.group(1), end
    return _days_from_a_cutoff(start, end) or (start, end)


_CUTOFF_HOURS = 6  # the latest hour a calendar lets its days begin at


def _days_from_a_cutoff(start: str, end: str) -> tuple[str, str] | None:
    """An all-day event of a calendar whose days begin at a cutoff hour after midnight: The
    Events Calendar's „end of day cutoff“ writes „March 16 - March 25“ as
    "2018-03-16T03:00:00-07:00" to "2018-03-26T02:59:59-07:00" (We Like L.A.), from the cutoff
    to one second before the cutoff whole days later. Its days, the last one the day before the
    end stamp's; None for any other pair."""
    try:
        first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except ValueError:
        return None
    after = last + timedelta(seconds=1)
    if (
        first.tzinfo is None
        or first.utcoffset() != last.utcoffset()
        or first.minute
        or first.second
        or not 0 < first.hour <= _CUTOFF_HOURS
        or after.time() != first.time()
        or after.date() <= first.date()
    ):
        return None
    return first.date().isoformat(), (after.date() - timedelta(days=1)).isoformat()


def minutes_from_serving(value: str | None, served: datetime) -> str | None:
    """A start stated as minutes from the moment the page was served, as a live ticker writes it
    into its scopes (``<span itemprop="startDate">-191 min</span>``: the match began 191 minutes
    ago): that moment moved by them, in UTC. None for any other value."""
    match = _MINUTES_FROM_NOW.match(value or "")
    if match is None:
        return None
    sign, minutes = match.groups()
    moved = served + timedelta(minutes=int(minutes) * (-1 if sign in "-−" else 1))
    return moved.astimezone(UTC).isoformat(timespec="minutes")


def iso_padded(value: str | None) -> str | None:
    """``2019-9-18`` → ``2019-09-18`` (some plugins drop the zeros), ``20260508T1900`` →
    ``2026-05-08T19:00`` (the basic format); other values unchanged."""
    if value is None:
        return None
    basic = _BASIC_ISO.match(value.strip())
    if basic is not None:
        year, month, day, hour, minute, second, zone = basic.groups()
        if hour is None:
            return f"{year}-{month}-{day}"
        return (
            f"{year}-{month}-{day}T{hour}:{minute}"
            + (f":{second}" if second else "")
            + (zone or "")
        )
    match = _UNPADDED_ISO.match(value)
    if match is None:
        return value
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}{value[match.end() :]}"


def _put_location(record: RawRecord, location: object, put: Any, prop: str = "location") -> None:
    places = [p for p in as_list(location) if p]
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
        name = _place_name(place.get("name"))
        address = place.get("address") if "address" in place else place
        street = city = postal = region = None
        if isinstance(address, dict):
            street = text_of(address.get("streetAddress"))
            postal = text_of(address.get("postalCode"))
            city = text_of(address.get("addressLocality"))
            region = text_of(address.get("addressRegion"))
            zone = zone_of_address(text_of(address.get("addressCountry")), region)
            if zone is not None:
                record.extra.setdefault("zone", zone)
        elif isinstance(address, str):
            street = clean_text(address)
        if name and name != street:
            put("venue", record.venue or name, f"{prop}.name")
        put("city", record.city or city, f"{prop}.address.addressLocality")
        locality = " ".join(part for part in (postal, city) if part)
        if region and city and region.casefold() not in city.casefold():
            locality = f"{locality}, {region}"  # "Missoula, MT": the town needs its state
        if name and street and _same_words(name, street):
            street = None  # "Strandbad Tegelsee" named and addressed alike: said once
        texts.append(", ".join(part for part in (name, street, locality) if part and part != ""))
    put("location_text", "; ".join(t for t in texts if t) or None, prop)


def _place_name(value: object) -> str | None:
    """A Place's name; several plain names of one Place are all said, in their order
    („<span itemprop=name>Kandertalhalle</span> <span itemprop=name>Wollbach</span>“: the hall and
    its village), while language variants give the German one (``text_of``)."""
    if isinstance(value, list) and len(value) > 1 and all(isinstance(v, str) for v in value):
        names = [name for v in value if (name := clean_text(v))]
        return ", ".join(dict.fromkeys(names)) or None
    return text_of(value)


def _cost(node: dict[str, Any]) -> str | None:
    if node.get("isAccessibleForFree") in (True, "true", "True"):
        return "kostenlos"
    offers = [o for o in as_list(node.get("offers")) if isinstance(o, dict)]
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
    return [t for item in as_list(value) if (t := text_of(item))]


def names_the_source(name: str | None, context: PageContext) -> bool:
    """``name`` (an undated Organization's) is the catalog source's own, on a source whose
    offering is an organization (``ORGANIZATION_KINDS``): every word of it that is no legal form
    ("Forum Agile Verwaltung e.V.") is a word of the source's name or organizer. There the
    Organization is what the catalog lists and stays a record beside the events its site lists;
    elsewhere, and for any other Organization (a platform's, "Meetup"; a newspaper's that
    reports on a network), it is the publisher (Yoast's ``@graph``, a theme's footer box)."""
    if context.default_kind not in ORGANIZATION_KINDS or not name or not context.source_names:
        return False
    words = _name_words(name)
    own = set().union(*(_name_words(source_name) for source_name in context.source_names))
    return bool(words) and words <= own


def _name_words(name: str) -> set[str]:
    return {w for w in _NAME_WORD.findall(name.casefold()) if w not in _NAME_NOISE}


def _same_words(one: str, other: str) -> bool:
    """The same text apart from case, spacing and punctuation ("1717 Arts Plaza #2303")."""
    return _NAME_WORD.findall(one.casefold()) == _NAME_WORD.findall(other.casefold())
